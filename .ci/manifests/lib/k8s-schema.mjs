// Kubernetes schema checks, offline:
//  - kubernetes-models: the JSON schemas of the Kubernetes OpenAPI spec compiled to validators (types,
//    required fields, formats such as int32 and int-or-string);
//  - @kubernetes/client-node: the attribute map of every API type (Kubernetes 1.36 OpenAPI), used to reject
//    fields the API does not know (a typo such as 'readinesProbe' is valid JSON schema but silently ignored
//    by kubectl without --validate=strict).
const modelModules = new Map();
const typeMaps = new Map();

async function modelClass(apiVersion, kind) {
  if (!modelModules.has(apiVersion)) {
    let mod = null;
    try { mod = await import(`kubernetes-models/${apiVersion}`); } catch { mod = null; }
    modelModules.set(apiVersion, mod);
  }
  return modelModules.get(apiVersion)?.[kind] ?? null;
}

async function attributeMap(typeName) {
  if (!typeMaps.has(typeName)) {
    let map = null;
    if (/^[A-Z][A-Za-z0-9]+$/.test(typeName)) {
      try {
        const mod = await import(`@kubernetes/client-node/dist/gen/models/${typeName}.js`);
        map = mod[typeName]?.attributeTypeMap ?? null;
      } catch { map = null; }
    }
    typeMaps.set(typeName, map);
  }
  return typeMaps.get(typeName);
}

function rootTypeName(apiVersion, kind) {
  const version = apiVersion.split("/").pop();
  return version.charAt(0).toUpperCase() + version.slice(1) + kind;
}

/** Returns a list of problems ("path: message") for one resource object; empty when valid. */
export async function validateResource(resource) {
  const problems = [];
  const Model = await modelClass(resource.apiVersion, resource.kind);
  if (!Model) {
    problems.push(`no Kubernetes schema for ${resource.apiVersion} ${resource.kind}`);
    return problems;
  }
  try {
    new Model(resource).validate();
  } catch (error) {
    const details = error.errors ?? error.details;
    if (Array.isArray(details) && details.length) {
      for (const e of details) problems.push(`${e.instancePath || "/"}: ${e.message}${e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ""}`);
    } else {
      problems.push(String(error.message ?? error));
    }
  }
  const rootType = rootTypeName(resource.apiVersion, resource.kind);
  if (await attributeMap(rootType)) await unknownFields(resource, rootType, "", problems);
  else problems.push(`no field list for ${rootType} (strict field check impossible)`);
  return problems;
}

async function unknownFields(value, type, where, problems) {
  if (value === null || value === undefined) return;
  const array = /^Array<(.+)>$/.exec(type);
  if (array) {
    if (Array.isArray(value)) for (let i = 0; i < value.length; i++) await unknownFields(value[i], array[1], `${where}/${i}`, problems);
    return;
  }
  const dict = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (dict) {
    if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) await unknownFields(v, dict[1], `${where}/${k}`, problems);
    return;
  }
  const map = await attributeMap(type);
  if (!map || typeof value !== "object" || Array.isArray(value)) return; // primitives, IntOrString, Date, any
  const known = new Map(map.map((a) => [a.baseName, a.type]));
  for (const [key, child] of Object.entries(value)) {
    if (!known.has(key)) {
      problems.push(`${where || "/"}: unknown field '${key}' (not in ${type})`);
      continue;
    }
    await unknownFields(child, known.get(key), `${where}/${key}`, problems);
  }
}
