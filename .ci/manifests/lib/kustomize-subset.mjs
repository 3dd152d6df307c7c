// A small, offline implementation of the part of kustomize that k8s/ uses. It exists so that CI can render
// the kustomizations on a machine without kustomize or kubectl; where `kubectl kustomize` is available the
// validator renders with it too and fails if the two disagree, which keeps this subset honest.
//
// Supported kustomization fields (anything else is an error, never silently ignored):
//   apiVersion, kind, resources (files and directories with a kustomization.yaml), namespace,
//   labels (pairs, includeSelectors, includeTemplates), commonLabels, images (name, newName, newTag, digest),
//   patches (path or inline patch; strategic merge only, target resolved from the patch's own kind/name;
//   `$patch: delete` removes the resource).
// Strategic merge: maps merge recursively (null deletes a key), lists of containers/env/volumes/ports/
// volumeMounts/topologySpreadConstraints/imagePullSecrets merge by their Kubernetes merge keys with kyaml's
// ordering (patch elements first, then the remaining original elements); every other list is replaced.
import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";

const SUPPORTED_FIELDS = new Set(["apiVersion", "kind", "resources", "namespace", "labels", "commonLabels", "images", "patches"]);
const CLUSTER_SCOPED = new Set([
  "Namespace", "ClusterRole", "ClusterRoleBinding", "CustomResourceDefinition", "PersistentVolume", "StorageClass",
  "PriorityClass", "IngressClass", "RuntimeClass", "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration",
  "APIService", "Node", "CSIDriver", "VolumeAttachment",
]);
const WORKLOADS_WITH_TEMPLATE = new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "ReplicationController"]);
const MERGE_KEYS = {
  containers: ["name"], initContainers: ["name"], ephemeralContainers: ["name"], env: ["name"], volumes: ["name"],
  imagePullSecrets: ["name"], volumeMounts: ["mountPath"], topologySpreadConstraints: ["topologyKey", "whenUnsatisfiable"],
};

export class KustomizeError extends Error {}

/** Parses a YAML stream into plain objects; throws KustomizeError naming the file on any YAML error. */
export function parseYamlStream(text, file, { compose = false } = {}) {
  // Kubernetes manifests: no aliases (kustomize output never has them). Compose files: anchors and '<<' merges.
  const docs = YAML.parseAllDocuments(text, { uniqueKeys: true, prettyErrors: true, merge: compose });
  const out = [];
  for (const doc of docs) {
    if (doc.errors.length) throw new KustomizeError(`${file}: ${doc.errors.map((e) => e.message).join("; ")}`);
    const value = doc.toJS({ maxAliasCount: compose ? 100 : 0 });
    if (value !== null && value !== undefined) out.push(value);
  }
  return out;
}

/** Renders the kustomization in `dir` to a list of resource objects. */
export function build(dir) {
  const kfile = ["kustomization.yaml", "kustomization.yml", "Kustomization"].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
  if (!kfile) throw new KustomizeError(`${dir}: no kustomization.yaml`);
  const [k] = parseYamlStream(fs.readFileSync(kfile, "utf8"), kfile);
  for (const field of Object.keys(k ?? {})) {
    if (!SUPPORTED_FIELDS.has(field)) throw new KustomizeError(`${kfile}: '${field}' is not implemented by the kustomize subset (.ci/manifests/lib/kustomize-subset.mjs)`);
  }
  let resources = [];
  for (const entry of k.resources ?? []) {
    const target = path.resolve(dir, entry);
    if (!fs.existsSync(target)) throw new KustomizeError(`${kfile}: resource '${entry}' does not exist`);
    if (fs.statSync(target).isDirectory()) resources.push(...build(target));
    else resources.push(...parseYamlStream(fs.readFileSync(target, "utf8"), target));
  }
  for (const r of resources) {
    if (!r || typeof r !== "object" || !r.kind || !r.apiVersion || !r.metadata?.name) {
      throw new KustomizeError(`${dir}: a resource lacks apiVersion, kind or metadata.name: ${JSON.stringify(r).slice(0, 200)}`);
    }
  }
  const seen = new Set();
  for (const r of resources) {
    const id = resourceId(r);
    if (seen.has(id)) throw new KustomizeError(`${dir}: resource ${id} is defined twice`);
    seen.add(id);
  }

  for (const p of k.patches ?? []) resources = applyPatchEntry(resources, p, dir, kfile);
  if (k.namespace) resources.forEach((r) => setNamespace(r, k.namespace));
  if (k.commonLabels) resources.forEach((r) => addLabels(r, k.commonLabels, { selectors: true, templates: true }));
  for (const l of k.labels ?? []) {
    resources.forEach((r) => addLabels(r, l.pairs ?? {}, { selectors: !!l.includeSelectors, templates: !!l.includeSelectors || !!l.includeTemplates }));
  }
  for (const image of k.images ?? []) resources.forEach((r) => setImage(r, image));
  return resources;
}

export function resourceId(r) {
  const ns = CLUSTER_SCOPED.has(r.kind) ? "" : (r.metadata?.namespace ?? "");
  return `${r.apiVersion}/${r.kind}/${ns ? ns + "/" : ""}${r.metadata?.name}`;
}

function group(apiVersion) {
  return apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
}

function applyPatchEntry(resources, entry, dir, kfile) {
  if (entry.target) throw new KustomizeError(`${kfile}: patches[].target is not implemented by the kustomize subset; name the target inside the patch`);
  let docs;
  if (entry.path) {
    const file = path.resolve(dir, entry.path);
    if (!fs.existsSync(file)) throw new KustomizeError(`${kfile}: patch '${entry.path}' does not exist`);
    docs = parseYamlStream(fs.readFileSync(file, "utf8"), file);
  } else if (entry.patch) {
    docs = parseYamlStream(entry.patch, `${kfile} (inline patch)`);
  } else {
    throw new KustomizeError(`${kfile}: a patch needs 'path' or 'patch'`);
  }
  for (const patch of docs) {
    if (Array.isArray(patch)) throw new KustomizeError(`${kfile}: JSON 6902 patches are not implemented by the kustomize subset`);
    const matches = resources.filter((r) =>
      r.kind === patch.kind && group(r.apiVersion) === group(patch.apiVersion ?? "") && r.metadata.name === patch.metadata?.name &&
      (!patch.metadata?.namespace || r.metadata.namespace === patch.metadata.namespace));
    if (matches.length !== 1) {
      throw new KustomizeError(`${kfile}: patch for ${patch.kind} '${patch.metadata?.name}' matches ${matches.length} resources (expected 1)`);
    }
    if (patch.$patch === "delete") {
      resources = resources.filter((r) => r !== matches[0]);
      continue;
    }
    const { $patch, ...body } = patch;
    if ($patch && $patch !== "merge") throw new KustomizeError(`${kfile}: '$patch: ${$patch}' is not implemented by the kustomize subset`);
    const merged = mergeMap(matches[0], body, []);
    resources = resources.map((r) => (r === matches[0] ? merged : r));
  }
  return resources;
}

function isMap(v) {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

function mergeMap(dest, patch, trail) {
  if (patch.$patch === "replace") {
    const { $patch, ...rest } = patch;
    return structuredClone(rest);
  }
  const out = structuredClone(dest ?? {});
  for (const [key, value] of Object.entries(patch)) {
    if (key.startsWith("$")) throw new KustomizeError(`strategic-merge directive '${key}' at ${[...trail, key].join(".")} is not implemented by the kustomize subset`);
    if (value === null) delete out[key];
    else if (isMap(value) && isMap(out[key])) out[key] = mergeMap(out[key], value, [...trail, key]);
    else if (Array.isArray(value) && Array.isArray(out[key])) out[key] = mergeList(key, out[key], value, [...trail, key]);
    else out[key] = structuredClone(value);
  }
  return out;
}

function mergeList(field, dest, patch, trail) {
  let keys = MERGE_KEYS[field];
  if (field === "ports") keys = dest.concat(patch).every((p) => isMap(p) && "containerPort" in p) ? ["containerPort"] : ["port"];
  if (!keys || !dest.concat(patch).every(isMap)) return structuredClone(patch);
  const same = (a, b) => keys.every((k) => a[k] === b[k]);
  const used = new Set();
  const out = patch.map((item) => {
    const index = dest.findIndex((d, i) => !used.has(i) && same(d, item));
    if (index < 0) return structuredClone(item);
    used.add(index);
    return mergeMap(dest[index], item, [...trail, String(index)]);
  });
  dest.forEach((d, i) => { if (!used.has(i)) out.push(structuredClone(d)); });
  return out;
}

function setNamespace(r, namespace) {
  if (!CLUSTER_SCOPED.has(r.kind)) r.metadata.namespace = namespace;
  if (r.kind === "RoleBinding" || r.kind === "ClusterRoleBinding") {
    for (const s of r.subjects ?? []) {
      if (s.kind === "ServiceAccount" && (!s.namespace || s.namespace === "default")) s.namespace = namespace;
    }
  }
}

function addLabels(r, pairs, { selectors, templates }) {
  if (!Object.keys(pairs).length) return;
  r.metadata.labels = { ...(r.metadata.labels ?? {}), ...pairs };
  if (templates && WORKLOADS_WITH_TEMPLATE.has(r.kind) && r.spec?.template) {
    r.spec.template.metadata ??= {};
    r.spec.template.metadata.labels = { ...(r.spec.template.metadata.labels ?? {}), ...pairs };
  }
  if (selectors) {
    if (WORKLOADS_WITH_TEMPLATE.has(r.kind) && r.spec) {
      r.spec.selector ??= {};
      r.spec.selector.matchLabels = { ...(r.spec.selector.matchLabels ?? {}), ...pairs };
    }
    if (r.kind === "Service" && r.spec) r.spec.selector = { ...(r.spec.selector ?? {}), ...pairs };
    if (r.kind === "PodDisruptionBudget" && r.spec) {
      r.spec.selector ??= {};
      r.spec.selector.matchLabels = { ...(r.spec.selector.matchLabels ?? {}), ...pairs };
    }
  }
}

function splitImage(image) {
  let rest = image, digest = "", tag = "";
  const at = rest.indexOf("@");
  if (at >= 0) { digest = rest.slice(at + 1); rest = rest.slice(0, at); }
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) { tag = rest.slice(colon + 1); rest = rest.slice(0, colon); }
  return { name: rest, tag, digest };
}

function setImage(r, rule) {
  const visit = (containers) => {
    for (const c of containers ?? []) {
      if (typeof c.image !== "string") continue;
      const current = splitImage(c.image);
      if (current.name !== rule.name) continue;
      const name = rule.newName ?? current.name;
      if (rule.digest) c.image = `${name}@${rule.digest}`;
      else if (rule.newTag) c.image = `${name}:${rule.newTag}`;
      else c.image = name + (current.tag ? `:${current.tag}` : "") + (current.digest ? `@${current.digest}` : "");
    }
  };
  const pod = r.spec?.template?.spec ?? r.spec?.jobTemplate?.spec?.template?.spec ?? (r.kind === "Pod" ? r.spec : undefined);
  if (pod) { visit(pod.containers); visit(pod.initContainers); }
}
