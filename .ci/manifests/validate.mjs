// Offline validation of LeadPlatform's deployment files (run by .ci/validate-manifests; no network, no cluster):
//   k8s/      every kustomization rendered (kubectl kustomize when present, and always the built-in subset,
//             which must agree with it), well-formed YAML, the expected kinds, every object against the
//             Kubernetes schemas plus a strict unknown-field check, and LeadPlatform's own rules (Orleans
//             Kubernetes hosting labels/env/RBAC, probes, security context, references between objects,
//             setting names and values);
//   deploy/   docker-compose.yml, prometheus.yml, otel-collector.yaml, Grafana provisioning and dashboard
//             (JSON, PromQL syntax, metric names derived from the instruments), Dockerfile essentials;
//   docs/     TELEMETRY.md names every instrument.
// A self-test then breaks rendered manifests in memory in several ways and requires each break to be caught.
// Options: --subset-only (render with the built-in kustomize subset alone), --no-self-test.
// Exit code: 0 when everything holds, 1 otherwise.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import YAML from "yaml";
import { parser as promqlParser } from "@prometheus-io/lezer-promql";
import { build, parseYamlStream, resourceId, KustomizeError } from "./lib/kustomize-subset.mjs";
import { validateResource } from "./lib/k8s-schema.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const rel = (p) => path.relative(root, p) || ".";
const started = Date.now();

// ---- what the repository promises -------------------------------------------------------------------------
const NAMESPACE = "leadplatform";
/** Kinds (and counts) each kustomization must render. */
const EXPECTED_KINDS = {
  "k8s/base": { Namespace: 1, ServiceAccount: 2, Role: 1, RoleBinding: 1, ConfigMap: 1, Secret: 1, Service: 2, Deployment: 2, HorizontalPodAutoscaler: 2, PodDisruptionBudget: 2 },
  "k8s/overlays/production": { Namespace: 1, ServiceAccount: 2, Role: 1, RoleBinding: 1, ConfigMap: 1, Service: 2, Deployment: 2, HorizontalPodAutoscaler: 2, PodDisruptionBudget: 2 },
};
/** Objects an overlay deliberately leaves to be created out of band. */
const EXTERNAL_OBJECTS = { "k8s/overlays/production": ["Secret/leadplatform-secrets"] };
/** The host's settings (environment names) and their allowed values; null = free text. */
const SETTINGS = {
  LeadPlatform__Role: ["All", "Silo", "Gateway"],
  LeadPlatform__Storage__Provider: ["Sqlite", "AzureTable", "AzureBlob"],
  LeadPlatform__Storage__ConnectionString: null,
  LeadPlatform__Clustering__Provider: ["Localhost", "AzureTable", "Kubernetes"],
  LeadPlatform__Clustering__ConnectionString: null,
  LeadPlatform__Orleans__SiloPort: "port",
  LeadPlatform__Orleans__GatewayPort: "port",
  LeadPlatform__Orleans__ClusterId: null,
  LeadPlatform__Orleans__ServiceId: null,
  LeadPlatform__AdminApiKey: null,
  LeadPlatform__Telemetry__IncludeTenant: "bool",
  LeadPlatform__YoungGenerationWatch__Enabled: "bool",
  LeadPlatform__DataDirectory: null,
  LeadPlatform__Demo: "bool",
  LeadPlatform__Gateway__MaxDepth: "int",
  LeadPlatform__Gateway__MaxComplexity: "int",
  LeadPlatform__Gateway__ListImpactMultiplier: "int",
  LeadPlatform__Gateway__MaxRequestBytes: "int",
  LeadPlatform__Gateway__RequestTimeout: "timespan",
  LeadPlatform__Gateway__Introspection: "bool",
  LeadPlatform__Gateway__MaxMutationFields: "int",
  LeadPlatform__Gateway__MaxDocumentLineLength: "int",
  LeadPlatform__Gateway__DocumentCacheSize: "int",
  LeadPlatform__Telemetry__TraceSampleRatio: "ratio",
  LeadPlatform__ApiKeyCache__Enabled: "bool",
  LeadPlatform__ApiKeyCache__LeaseDuration: "timespan",
  LeadPlatform__ApiKeyCache__RenewInterval: "timespan",
  LeadPlatform__ApiKeyCache__MaxEntries: "int",
  LeadPlatform__ApiKeyCache__MaxEntryAge: "timespan",
  LeadPlatform__Adoption__ForwardInterval: "timespan",
  LeadPlatform__Adoption__ForwardBurst: "int",
};
/** Settings groups passed through to Orleans options (any property name). */
const SETTING_PREFIXES = ["LeadPlatform__Orleans__Membership__", "LeadPlatform__Orleans__GrainCollection__"];
const isKnownSetting = (key) => key in SETTINGS || SETTING_PREFIXES.some((p) => key.startsWith(p) && key.length > p.length);
function settingValueProblem(key, value) {
  const rule = SETTINGS[key];
  if (value === undefined || value === null || rule === null || rule === undefined) return null;
  const v = String(value);
  if (Array.isArray(rule) && !rule.includes(v)) return `${key}='${v}' is not one of ${rule.join("|")}`;
  if (rule === "bool" && !/^(true|false)$/i.test(v)) return `${key}='${v}' is not true|false`;
  if (rule === "int" && !/^\d+$/.test(v)) return `${key}='${v}' is not a whole number`;
  if (rule === "ratio" && !(/^\d+(\.\d+)?$/.test(v) && +v <= 1)) return `${key}='${v}' is not a ratio from 0 to 1`;
  if (rule === "port" && !(/^\d+$/.test(v) && +v > 0 && +v < 65536)) return `${key}='${v}' is not a port`;
  if (rule === "timespan" && !/^(\d+\.)?\d{1,2}:\d{2}:\d{2}(\.\d+)?$/.test(v)) return `${key}='${v}' is not a TimeSpan (hh:mm:ss)`;
  return null;
}
const ORLEANS_POD_VERBS = ["get", "list", "watch", "patch", "delete"];

// ---- reporting ---------------------------------------------------------------------------------------------
let checks = 0;
const failures = [];
function check(ok, what, detail = "") {
  checks++;
  if (!ok) failures.push(detail ? `${what}: ${detail}` : what);
  return ok;
}
const section = (title) => console.log(`\n== ${title}`);
const info = (line) => console.log(`   ${line}`);

// ---- k8s ---------------------------------------------------------------------------------------------------
function findKustomizations(dir) {
  const out = [];
  const walk = (d) => {
    if (fs.existsSync(path.join(d, "kustomization.yaml"))) out.push(d);
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) if (entry.isDirectory()) walk(path.join(d, entry.name));
  };
  walk(dir);
  return out.sort();
}

function kubectlKustomize(dir) {
  try {
    execFileSync("kubectl", ["version", "--client"], { stdio: "ignore", timeout: 20000 });
  } catch {
    return { available: false };
  }
  try {
    const text = execFileSync("kubectl", ["kustomize", dir], { encoding: "utf8", timeout: 30000, stdio: ["ignore", "pipe", "pipe"] });
    return { available: true, text };
  } catch (error) {
    return { available: true, error: String(error.stderr || error.message).trim() };
  }
}

function kubectlVersion() {
  try {
    const v = JSON.parse(execFileSync("kubectl", ["version", "--client", "-o", "json"], { encoding: "utf8", timeout: 20000 }));
    return `kubectl ${v.clientVersion?.gitVersion ?? "?"}, kustomize ${v.kustomizeVersion ?? "?"}`;
  } catch {
    return null;
  }
}

function diffResources(a, b) {
  const byId = (list) => new Map(list.map((r) => [resourceId(r), r]));
  const ma = byId(a), mb = byId(b);
  const diffs = [];
  for (const id of new Set([...ma.keys(), ...mb.keys()])) {
    if (!ma.has(id)) diffs.push(`${id} only in the subset's output`);
    else if (!mb.has(id)) diffs.push(`${id} only in kubectl kustomize's output`);
    else if (!isDeepStrictEqual(ma.get(id), mb.get(id))) diffs.push(`${id} differs: ${firstDifference(ma.get(id), mb.get(id))}`);
  }
  return diffs;
}

function firstDifference(a, b, where = "") {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || a === null || b === null || typeof a !== "object") {
    return `${where || "/"}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  }
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (!isDeepStrictEqual(a[k], b[k])) return firstDifference(a[k], b[k], `${where}/${k}`);
  }
  return where;
}

const selects = (selector, labels) => !!selector && Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => labels?.[k] === v);
const podSpecs = (resources) => resources.filter((r) => r.kind === "Deployment").map((d) => ({ d, pod: d.spec?.template?.spec ?? {}, labels: d.spec?.template?.metadata?.labels ?? {} }));
const envOf = (container) => new Map((container.env ?? []).map((e) => [e.name, e]));

/** LeadPlatform's own rules on a rendered kustomization. Returns problems as strings. */
function leadPlatformRules(resources, name) {
  const problems = [];
  const fail = (msg) => problems.push(msg);
  const find = (kind, n) => resources.find((r) => r.kind === kind && r.metadata.name === n);
  const external = new Set(EXTERNAL_OBJECTS[name] ?? []);
  const exists = (kind, n) => !!find(kind, n) || external.has(`${kind}/${n}`);

  // Counts of kinds.
  const expected = EXPECTED_KINDS[name];
  if (expected) {
    const counts = {};
    resources.forEach((r) => { counts[r.kind] = (counts[r.kind] ?? 0) + 1; });
    for (const kind of new Set([...Object.keys(expected), ...Object.keys(counts)])) {
      if ((counts[kind] ?? 0) !== (expected[kind] ?? 0)) fail(`expected ${expected[kind] ?? 0} ${kind}, rendered ${counts[kind] ?? 0}`);
    }
  } else {
    fail(`no expected kinds listed for ${name} in .ci/manifests/validate.mjs (EXPECTED_KINDS)`);
  }

  for (const r of resources) {
    const id = `${r.kind}/${r.metadata.name}`;
    if (r.kind !== "Namespace" && r.metadata.namespace !== NAMESPACE) fail(`${id}: namespace '${r.metadata.namespace}', expected '${NAMESPACE}'`);
    if (!r.metadata.labels?.["app.kubernetes.io/part-of"]) fail(`${id}: missing label app.kubernetes.io/part-of`);
  }

  const config = find("ConfigMap", "leadplatform-config");
  const configData = config?.data ?? {};
  const settingProblems = (source, key, value) => {
    if (!key.startsWith("LeadPlatform__")) return;
    if (!isKnownSetting(key)) { fail(`${source}: unknown setting '${key}' (known: ${Object.keys(SETTINGS).join(", ")}, ${SETTING_PREFIXES.map((p) => p + "*").join(", ")})`); return; }
    const problem = settingValueProblem(key, value);
    if (problem) fail(`${source}: ${problem}`);
  };
  for (const [k, v] of Object.entries(configData)) settingProblems(`ConfigMap/leadplatform-config`, k, v);
  for (const secret of resources.filter((r) => r.kind === "Secret")) {
    for (const k of Object.keys({ ...(secret.stringData ?? {}), ...(secret.data ?? {}) })) settingProblems(`Secret/${secret.metadata.name}`, k, undefined);
  }

  const roles = new Map();
  for (const { d, pod, labels } of podSpecs(resources)) {
    const id = `Deployment/${d.metadata.name}`;
    if (!selects(d.spec?.selector?.matchLabels, labels)) fail(`${id}: spec.selector does not match the pod template labels`);
    if (!pod.serviceAccountName || !exists("ServiceAccount", pod.serviceAccountName)) fail(`${id}: serviceAccountName '${pod.serviceAccountName}' is not defined`);
    const psc = pod.securityContext ?? {};
    if (psc.seccompProfile?.type !== "RuntimeDefault") fail(`${id}: pod securityContext.seccompProfile.type must be RuntimeDefault`);
    for (const c of pod.containers ?? []) {
      const cid = `${id} container ${c.name}`;
      const sc = c.securityContext ?? {};
      if (!(sc.runAsNonRoot ?? psc.runAsNonRoot)) fail(`${cid}: runAsNonRoot is not set`);
      if ((sc.runAsUser ?? psc.runAsUser) === 0) fail(`${cid}: runs as root (runAsUser 0)`);
      if (sc.allowPrivilegeEscalation !== false) fail(`${cid}: allowPrivilegeEscalation must be false`);
      if (sc.readOnlyRootFilesystem !== true) fail(`${cid}: readOnlyRootFilesystem must be true`);
      if (!(sc.capabilities?.drop ?? []).includes("ALL")) fail(`${cid}: capabilities must drop ALL`);
      for (const kind of ["requests", "limits"]) {
        for (const res of ["cpu", "memory"]) if (!c.resources?.[kind]?.[res]) fail(`${cid}: resources.${kind}.${res} is not set`);
      }
      if (!c.image || !/^[a-z0-9./_:@-]+$/.test(c.image)) fail(`${cid}: image '${c.image}' is not a valid reference`);
      if (name.includes("overlays/production") && (!/[:@]/.test(c.image.split("/").pop()) || /:latest$/.test(c.image))) fail(`${cid}: production image '${c.image}' needs a pinned tag or digest`);
      const portNames = new Set((c.ports ?? []).map((p) => p.name));
      const probe = (probeName, wanted) => {
        const p = c[probeName];
        if (!p?.httpGet) { fail(`${cid}: ${probeName} missing (GET ${wanted})`); return; }
        if (p.httpGet.path !== wanted) fail(`${cid}: ${probeName} path '${p.httpGet.path}', expected '${wanted}'`);
        if (typeof p.httpGet.port === "string" ? !portNames.has(p.httpGet.port) : p.httpGet.port !== 8080) fail(`${cid}: ${probeName} port '${p.httpGet.port}' is not the container's http port`);
      };
      probe("livenessProbe", "/health/live");
      probe("readinessProbe", "/health/ready");
      const httpPort = (c.ports ?? []).find((p) => p.name === "http");
      if (httpPort?.containerPort !== 8080) fail(`${cid}: needs a port named 'http' on 8080 (ASPNETCORE_URLS http://+:8080)`);
      if (configData.ASPNETCORE_URLS && configData.ASPNETCORE_URLS !== "http://+:8080") fail(`ConfigMap: ASPNETCORE_URLS should be http://+:8080 in containers`);
      for (const from of c.envFrom ?? []) {
        if (from.configMapRef && !exists("ConfigMap", from.configMapRef.name)) fail(`${cid}: envFrom ConfigMap '${from.configMapRef.name}' is not defined`);
        if (from.secretRef && !exists("Secret", from.secretRef.name)) fail(`${cid}: envFrom Secret '${from.secretRef.name}' is not defined`);
      }
      for (const e of c.env ?? []) {
        settingProblems(cid, e.name, e.value);
        const cmk = e.valueFrom?.configMapKeyRef;
        if (cmk && !(find("ConfigMap", cmk.name)?.data ?? {})[cmk.key]) fail(`${cid}: env ${e.name} refers to missing ConfigMap key ${cmk.name}/${cmk.key}`);
        const sk = e.valueFrom?.secretKeyRef;
        if (sk && !exists("Secret", sk.name)) fail(`${cid}: env ${e.name} refers to missing Secret ${sk.name}`);
      }
      const mounts = new Set((pod.volumes ?? []).map((v) => v.name));
      for (const m of c.volumeMounts ?? []) if (!mounts.has(m.name)) fail(`${cid}: volumeMount '${m.name}' has no volume`);
      if (!(c.volumeMounts ?? []).some((m) => m.mountPath === "/tmp")) fail(`${cid}: read-only root filesystem needs a writable /tmp mount`);

      const env = envOf(c);
      const role = env.get("LeadPlatform__Role")?.value;
      if (!role) { fail(`${cid}: LeadPlatform__Role is not set`); continue; }
      roles.set(role, (roles.get(role) ?? []).concat(d));
      if (role === "Silo" || role === "All") {
        const clustering = env.get("LeadPlatform__Clustering__Provider")?.value ?? configData.LeadPlatform__Clustering__Provider;
        if (clustering !== "Kubernetes") fail(`${cid}: silos in Kubernetes use LeadPlatform__Clustering__Provider=Kubernetes (got '${clustering}')`);
        const field = (n, fieldPath) => {
          if (env.get(n)?.valueFrom?.fieldRef?.fieldPath !== fieldPath) fail(`${cid}: env ${n} must come from the downward API field ${fieldPath}`);
        };
        field("POD_NAME", "metadata.name");
        field("POD_NAMESPACE", "metadata.namespace");
        field("POD_IP", "status.podIP");
        const resolve = (n) => {
          const e = env.get(n);
          if (!e) return undefined;
          if (e.value !== undefined) return e.value;
          const ref = e.valueFrom?.configMapKeyRef;
          return ref ? find("ConfigMap", ref.name)?.data?.[ref.key] : undefined;
        };
        const serviceId = resolve("ORLEANS_SERVICE_ID"), clusterId = resolve("ORLEANS_CLUSTER_ID");
        if (!serviceId) fail(`${cid}: ORLEANS_SERVICE_ID is not set`);
        if (!clusterId) fail(`${cid}: ORLEANS_CLUSTER_ID is not set`);
        if (labels["orleans/serviceId"] !== serviceId) fail(`${id}: pod label orleans/serviceId '${labels["orleans/serviceId"]}' must equal ORLEANS_SERVICE_ID '${serviceId}'`);
        if (labels["orleans/clusterId"] !== clusterId) fail(`${id}: pod label orleans/clusterId '${labels["orleans/clusterId"]}' must equal ORLEANS_CLUSTER_ID '${clusterId}'`);
        if (configData.LeadPlatform__Orleans__ServiceId && serviceId !== configData.LeadPlatform__Orleans__ServiceId) fail(`${cid}: ORLEANS_SERVICE_ID differs from LeadPlatform__Orleans__ServiceId`);
        if (configData.LeadPlatform__Orleans__ClusterId && clusterId !== configData.LeadPlatform__Orleans__ClusterId) fail(`${cid}: ORLEANS_CLUSTER_ID differs from LeadPlatform__Orleans__ClusterId`);
        const ports = new Map((c.ports ?? []).map((p) => [p.containerPort, p]));
        for (const [setting, fallback] of [["LeadPlatform__Orleans__SiloPort", 11111], ["LeadPlatform__Orleans__GatewayPort", 30000]]) {
          const port = +(configData[setting] ?? fallback);
          if (!ports.has(port)) fail(`${cid}: container port ${port} (${setting}) is not declared`);
        }
        if (pod.automountServiceAccountToken === false) fail(`${id}: silos need the service account token (Kubernetes API access)`);
        const granted = new Set();
        for (const rb of resources.filter((r) => r.kind === "RoleBinding")) {
          if (!(rb.subjects ?? []).some((s) => s.kind === "ServiceAccount" && s.name === pod.serviceAccountName && (s.namespace ?? NAMESPACE) === d.metadata.namespace)) continue;
          const role = find(rb.roleRef?.kind, rb.roleRef?.name);
          for (const rule of role?.rules ?? []) {
            if ((rule.apiGroups ?? []).includes("") && (rule.resources ?? []).includes("pods")) rule.verbs.forEach((v) => granted.add(v));
          }
        }
        const missing = ORLEANS_POD_VERBS.filter((v) => !granted.has(v) && !granted.has("*"));
        if (missing.length) fail(`${id}: service account '${pod.serviceAccountName}' lacks pods verbs ${missing.join(", ")} (Orleans Kubernetes hosting)`);
      }
      if (role === "Gateway") {
        const clustering = env.get("LeadPlatform__Clustering__Provider")?.value ?? configData.LeadPlatform__Clustering__Provider;
        if (clustering === "Localhost") fail(`${cid}: a gateway (Orleans client) in Kubernetes needs the membership table (AzureTable or Kubernetes), not 'Localhost'`);
      }
    }
  }
  if (!roles.has("Silo")) fail(`no Deployment runs LeadPlatform__Role=Silo`);
  if (!roles.has("Gateway")) fail(`no Deployment runs LeadPlatform__Role=Gateway`);

  for (const svc of resources.filter((r) => r.kind === "Service")) {
    const id = `Service/${svc.metadata.name}`;
    const targets = podSpecs(resources).filter(({ labels }) => selects(svc.spec?.selector, labels));
    if (!targets.length) { fail(`${id}: selector selects no Deployment's pods`); continue; }
    for (const p of svc.spec?.ports ?? []) {
      if (typeof p.targetPort === "string" && !targets.every(({ pod }) => (pod.containers ?? []).some((c) => (c.ports ?? []).some((cp) => cp.name === p.targetPort)))) {
        fail(`${id}: targetPort '${p.targetPort}' is not a named port of the selected pods`);
      }
    }
  }
  for (const hpa of resources.filter((r) => r.kind === "HorizontalPodAutoscaler")) {
    const id = `HorizontalPodAutoscaler/${hpa.metadata.name}`;
    const ref = hpa.spec?.scaleTargetRef ?? {};
    const target = find(ref.kind, ref.name);
    if (!target) { fail(`${id}: scaleTargetRef ${ref.kind}/${ref.name} is not defined`); continue; }
    const min = hpa.spec.minReplicas ?? 1, max = hpa.spec.maxReplicas;
    if (!(min <= max)) fail(`${id}: minReplicas ${min} > maxReplicas ${max}`);
    const replicas = target.spec?.replicas ?? 1;
    if (replicas < min || replicas > max) fail(`${id}: ${ref.name} replicas ${replicas} outside [${min}, ${max}]`);
    const usesCpu = (hpa.spec.metrics ?? []).some((m) => m.resource?.name === "cpu");
    if (usesCpu && !(target.spec?.template?.spec?.containers ?? []).every((c) => c.resources?.requests?.cpu)) fail(`${id}: CPU utilisation needs cpu requests on ${ref.name}`);
  }
  for (const pdb of resources.filter((r) => r.kind === "PodDisruptionBudget")) {
    const matched = podSpecs(resources).filter(({ labels }) => selects(pdb.spec?.selector?.matchLabels, labels));
    if (!matched.length) fail(`PodDisruptionBudget/${pdb.metadata.name}: selector selects no Deployment's pods`);
    for (const { d } of matched) {
      const minHpa = resources.find((h) => h.kind === "HorizontalPodAutoscaler" && h.spec?.scaleTargetRef?.name === d.metadata.name)?.spec?.minReplicas ?? d.spec?.replicas ?? 1;
      if (pdb.spec.minAvailable !== undefined && +pdb.spec.minAvailable >= minHpa) fail(`PodDisruptionBudget/${pdb.metadata.name}: minAvailable ${pdb.spec.minAvailable} blocks every eviction at ${minHpa} replicas`);
    }
  }
  if (!podSpecs(resources).some(({ d }) => resources.some((p) => p.kind === "PodDisruptionBudget" && selects(p.spec?.selector?.matchLabels, d.spec?.template?.metadata?.labels) && envOf(d.spec.template.spec.containers[0]).get("LeadPlatform__Role")?.value === "Silo"))) {
    fail(`no PodDisruptionBudget covers the silos`);
  }
  for (const rb of resources.filter((r) => r.kind === "RoleBinding")) {
    if (!find(rb.roleRef?.kind, rb.roleRef?.name)) fail(`RoleBinding/${rb.metadata.name}: roleRef ${rb.roleRef?.kind}/${rb.roleRef?.name} is not defined`);
    for (const s of rb.subjects ?? []) if (s.kind === "ServiceAccount" && !find("ServiceAccount", s.name)) fail(`RoleBinding/${rb.metadata.name}: subject ServiceAccount '${s.name}' is not defined`);
  }
  return problems;
}

async function schemaProblems(resources) {
  const problems = [];
  for (const r of resources) {
    for (const p of await validateResource(r)) problems.push(`${r.kind}/${r.metadata?.name}: ${p}`);
  }
  return problems;
}

async function validateK8s() {
  section("k8s/ (kustomize)");
  // --subset-only: ignore kubectl even when installed (shows what CI does on a machine without it).
  const kustomizeInfo = process.argv.includes("--subset-only") ? null : kubectlVersion();
  info(kustomizeInfo ? `renderers: ${kustomizeInfo} and the built-in subset (must agree)` : "renderers: the built-in subset only (kubectl not found or --subset-only)");
  // Every YAML file on its own: well-formed, no duplicate keys.
  const yamlFiles = [];
  const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).forEach((e) => {
    const p = path.join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.ya?ml$/.test(e.name)) yamlFiles.push(p);
  });
  walk(path.join(root, "k8s"));
  for (const f of yamlFiles) {
    try { parseYamlStream(fs.readFileSync(f, "utf8"), rel(f)); check(true, rel(f)); } catch (e) { check(false, rel(f), e.message); }
  }
  info(`${yamlFiles.length} YAML files parse (no duplicate keys)`);

  const rendered = {};
  for (const dir of findKustomizations(path.join(root, "k8s"))) {
    const name = rel(dir);
    let subset;
    try {
      subset = build(dir);
      check(true, `${name}: subset render`);
    } catch (e) {
      check(false, `${name}: kustomize subset`, e instanceof KustomizeError ? e.message : e.stack);
      continue;
    }
    let resources = subset;
    const real = kustomizeInfo ? kubectlKustomize(dir) : { available: false };
    if (real.available) {
      if (real.error) { check(false, `${name}: kubectl kustomize`, real.error); continue; }
      let fromKubectl;
      try { fromKubectl = parseYamlStream(real.text, `${name} (kubectl kustomize output)`); } catch (e) { check(false, `${name}: kubectl kustomize output is not well-formed YAML`, e.message); continue; }
      const diffs = diffResources(subset, fromKubectl);
      check(diffs.length === 0, `${name}: the kustomize subset and kubectl kustomize disagree (if the manifests are valid, fix .ci/manifests/lib/kustomize-subset.mjs)`, diffs.join("; "));
      resources = fromKubectl;
    }
    // The rendered stream must itself round-trip as well-formed YAML.
    const text = resources.map((r) => YAML.stringify(r)).join("---\n");
    try { parseYamlStream(text, `${name} (rendered)`); check(true, `${name}: rendered YAML`); } catch (e) { check(false, `${name}: rendered YAML is not well-formed`, e.message); }
    rendered[name] = resources;
    const kinds = {};
    resources.forEach((r) => { kinds[r.kind] = (kinds[r.kind] ?? 0) + 1; });

    const schema = await schemaProblems(resources);
    schema.forEach((p) => check(false, `${name}: schema`, p));
    check(true, `${name}: schema`);
    const rules = leadPlatformRules(resources, name);
    rules.forEach((p) => check(false, `${name}: rule`, p));
    check(true, `${name}: rules`);
    info(`${name}: ${resources.length} objects (${Object.entries(kinds).map(([k, n]) => `${k}×${n}`).join(", ")}); ` +
      `schema ${schema.length ? `${schema.length} problem(s)` : "valid"}; LeadPlatform rules ${rules.length ? `${rules.length} problem(s)` : "hold"}`);
  }
  return rendered;
}

// ---- deploy/ -----------------------------------------------------------------------------------------------
function readYaml(file, options) {
  const [doc] = parseYamlStream(fs.readFileSync(path.join(root, file), "utf8"), file, options);
  return doc;
}

/** Prometheus names of the LeadPlatform instruments, derived from the C# instrument definitions. */
function leadPlatformInstruments() {
  const file = "src/LeadPlatform.Abstractions/Telemetry/LeadPlatformTelemetry.cs";
  const source = fs.readFileSync(path.join(root, file), "utf8");
  const instruments = [];
  const re = /Create(Counter|Histogram|UpDownCounter|Gauge|ObservableGauge|ObservableCounter|ObservableUpDownCounter)<\w+>\(\s*"([^"]+)"\s*,\s*"([^"]*)"/g;
  for (const m of source.matchAll(re)) {
    const [, type, name, unit] = m;
    const units = { s: "seconds", ms: "milliseconds", By: "bytes", "1": "ratio", min: "minutes", h: "hours", d: "days" };
    let base = name.replace(/[^a-zA-Z0-9_]/g, "_");
    const u = unit.replace(/\{[^}]*\}/g, "");
    const suffix = units[u] ?? u.replace(/[^a-zA-Z0-9_]/g, "_");
    if (suffix && !base.endsWith(`_${suffix}`)) base += `_${suffix}`;
    const series = type.includes("Counter") && !type.includes("UpDown") ? [`${base}_total`]
      : type === "Histogram" ? [`${base}_bucket`, `${base}_sum`, `${base}_count`] : [base];
    instruments.push({ name, unit, type, prometheus: series[0].replace(/_bucket$/, ""), series });
  }
  check(instruments.length > 0, `${file}: no instruments found (the validator's pattern no longer matches)`);
  return { file, instruments };
}

function validatePromQl(expr) {
  const substituted = expr.replace(/\$__(rate_interval|interval|range)\b/g, "5m").replace(/\$\{?\w+\}?/g, (v) => v);
  const tree = promqlParser.parse(substituted);
  const errors = [];
  tree.iterate({ enter: (n) => { if (n.type.isError) errors.push(n.from); } });
  return errors.length ? `syntax error near "${substituted.slice(Math.max(0, errors[0] - 15), errors[0] + 15)}"` : null;
}

function globMatch(pattern, name) {
  const re = new RegExp("^" + pattern.replace(/[.+^${}()|\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]") + "$");
  return re.test(name);
}

function validateDeploy() {
  section("deploy/ (compose, Prometheus, OpenTelemetry collector, Grafana, Dockerfile)");
  const { file: instrumentFile, instruments } = leadPlatformInstruments();
  const knownSeries = new Set(instruments.flatMap((i) => i.series));

  // docker-compose.yml
  let compose;
  try { compose = readYaml("deploy/docker-compose.yml", { compose: true }); check(true, "compose parses"); } catch (e) { check(false, "deploy/docker-compose.yml", e.message); }
  if (compose) {
    const services = compose.services ?? {};
    for (const s of ["azurite", "silo1", "silo2", "gateway", "otel-collector", "prometheus", "grafana"]) check(s in services, `deploy/docker-compose.yml: service '${s}' is missing`);
    const roles = {};
    for (const [name, svc] of Object.entries(services)) {
      for (const v of svc.volumes ?? []) {
        const source = typeof v === "string" ? v.split(":")[0] : v.source;
        if (source?.startsWith(".")) check(fs.existsSync(path.join(root, "deploy", source)), `deploy/docker-compose.yml: ${name} mounts '${source}', which does not exist`);
      }
      if (svc.build) {
        check(fs.existsSync(path.join(root, "deploy", svc.build.context ?? ".", svc.build.dockerfile ?? "Dockerfile")), `deploy/docker-compose.yml: ${name} builds from a Dockerfile that does not exist`);
      }
      const env = svc.environment ?? {};
      if (Array.isArray(env)) { check(false, `deploy/docker-compose.yml: ${name}: use a map for environment`); continue; }
      for (const [k, v] of Object.entries(env)) {
        if (!k.startsWith("LeadPlatform__")) continue;
        check(isKnownSetting(k), `deploy/docker-compose.yml: ${name}: unknown setting '${k}'`);
        const problem = settingValueProblem(k, /^\$\{/.test(String(v)) ? undefined : v);
        check(!problem, `deploy/docker-compose.yml: ${name}: ${problem}`);
      }
      if (env.LeadPlatform__Role) roles[name] = env.LeadPlatform__Role;
      if (env.LeadPlatform__Role) {
        check(env.LeadPlatform__Clustering__Provider === "AzureTable", `deploy/docker-compose.yml: ${name}: clustering must be AzureTable (Azurite)`);
        const conn = env.LeadPlatform__Storage__ConnectionString ?? "";
        check(/TableEndpoint=http:\/\/azurite:10002\//.test(conn), `deploy/docker-compose.yml: ${name}: the storage connection string must point at Azurite's table endpoint`);
        const key = /AccountKey=([^;]*)/.exec(conn)?.[1];
        check(!key || (key.length % 4 === 0 && Buffer.from(key, "base64").toString("base64") === key), `deploy/docker-compose.yml: ${name}: AccountKey is not valid base64 (the Azure SDK refuses it)`);
        check(env.ASPNETCORE_URLS === "http://+:8080", `deploy/docker-compose.yml: ${name}: ASPNETCORE_URLS must be http://+:8080`);
        check(/otel-collector:4317/.test(env.OTEL_EXPORTER_OTLP_ENDPOINT ?? ""), `deploy/docker-compose.yml: ${name}: OTEL_EXPORTER_OTLP_ENDPOINT must point at the collector`);
      }
    }
    check(roles.silo1 === "Silo" && roles.silo2 === "Silo", "deploy/docker-compose.yml: silo1 and silo2 must run LeadPlatform__Role=Silo");
    check(roles.gateway === "Gateway", "deploy/docker-compose.yml: gateway must run LeadPlatform__Role=Gateway");
    info(`docker-compose.yml: ${Object.keys(services).length} services (${Object.keys(services).join(", ")})`);
  }

  // prometheus.yml
  try {
    const prom = readYaml("deploy/prometheus.yml");
    const targets = (prom.scrape_configs ?? []).flatMap((j) => (j.static_configs ?? []).flatMap((s) => s.targets ?? []));
    for (const t of ["silo1:8080", "silo2:8080", "gateway:8080", "otel-collector:8888", "otel-collector:8889"]) check(targets.includes(t), `deploy/prometheus.yml: no scrape target ${t}`);
    const jobs = (prom.scrape_configs ?? []).map((j) => j.job_name);
    check(new Set(jobs).size === jobs.length, "deploy/prometheus.yml: duplicate job_name");
    check(jobs.includes("leadplatform"), "deploy/prometheus.yml: the dashboard's default job 'leadplatform' is not scraped");
    info(`prometheus.yml: jobs ${jobs.join(", ")}`);
  } catch (e) { check(false, "deploy/prometheus.yml", e.message); }

  // otel-collector.yaml
  try {
    const otel = readYaml("deploy/otel-collector.yaml");
    const pipelines = otel.service?.pipelines ?? {};
    check(Object.keys(pipelines).length > 0, "deploy/otel-collector.yaml: no pipelines");
    for (const [name, p] of Object.entries(pipelines)) {
      for (const part of ["receivers", "processors", "exporters"]) {
        for (const component of p[part] ?? []) check(component in (otel[part] ?? {}), `deploy/otel-collector.yaml: pipeline ${name} uses undefined ${part.slice(0, -1)} '${component}'`);
      }
    }
    for (const ext of otel.service?.extensions ?? []) check(ext in (otel.extensions ?? {}), `deploy/otel-collector.yaml: undefined extension '${ext}'`);
    check(/4317/.test(otel.receivers?.otlp?.protocols?.grpc?.endpoint ?? ""), "deploy/otel-collector.yaml: OTLP gRPC receiver must listen on 4317");
    info(`otel-collector.yaml: pipelines ${Object.keys(pipelines).join(", ")}`);
  } catch (e) { check(false, "deploy/otel-collector.yaml", e.message); }

  // Grafana provisioning + dashboard
  let datasourceUid;
  try {
    const ds = readYaml("deploy/grafana/provisioning/datasources/prometheus.yml");
    datasourceUid = ds.datasources?.find((d) => d.type === "prometheus")?.uid;
    check(!!datasourceUid, "deploy/grafana/provisioning/datasources/prometheus.yml: no Prometheus datasource with a uid");
    const dash = readYaml("deploy/grafana/provisioning/dashboards/leadplatform.yml");
    const dir = dash.providers?.[0]?.options?.path;
    const mount = Object.values(compose?.services?.grafana?.volumes ?? []).map(String).find((v) => v.includes("coaching-adoption.json"));
    check(!!dir && !!mount && mount.split(":")[1].startsWith(dir + "/"), "deploy/grafana: the dashboard provider path and the compose mount of coaching-adoption.json disagree");
  } catch (e) { check(false, "deploy/grafana/provisioning", e.message); }

  const dashboardFile = "deploy/grafana/coaching-adoption.json";
  let dashboard;
  try { dashboard = JSON.parse(fs.readFileSync(path.join(root, dashboardFile), "utf8")); check(true, "dashboard parses"); } catch (e) { check(false, `${dashboardFile}: not valid JSON`, e.message); }
  if (dashboard) {
    check(!!dashboard.uid && !!dashboard.title, `${dashboardFile}: uid and title are required`);
    const panels = (dashboard.panels ?? []).flatMap((p) => [p, ...(p.panels ?? [])]);
    const ids = panels.map((p) => p.id);
    check(new Set(ids).size === ids.length && ids.every((i) => Number.isInteger(i)), `${dashboardFile}: panel ids must be unique integers`);
    const dsVar = dashboard.templating?.list?.find((v) => v.type === "datasource");
    check(!datasourceUid || dsVar?.current?.value === datasourceUid, `${dashboardFile}: the datasource variable's default '${dsVar?.current?.value}' is not the provisioned uid '${datasourceUid}'`);
    let exprCount = 0;
    const used = new Set();
    for (const p of panels) {
      const g = p.gridPos ?? {};
      check(g.w > 0 && g.x >= 0 && g.x + g.w <= 24 && g.h > 0, `${dashboardFile}: panel '${p.title}' has an invalid gridPos`);
      if (p.type === "row" || p.type === "text") continue;
      check((p.targets ?? []).length > 0, `${dashboardFile}: panel '${p.title}' has no query`);
      for (const t of p.targets ?? []) {
        exprCount++;
        const error = validatePromQl(t.expr ?? "");
        check(!error, `${dashboardFile}: panel '${p.title}' query ${t.refId}`, error ?? "");
        for (const m of (t.expr ?? "").matchAll(/\bleadplatform_[a-z0-9_]+/g)) {
          used.add(m[0]);
          check(knownSeries.has(m[0]), `${dashboardFile}: panel '${p.title}' uses '${m[0]}', which no instrument in ${instrumentFile} produces`, `known: ${[...knownSeries].join(", ")}`);
        }
      }
    }
    for (const v of dashboard.templating?.list ?? []) {
      if (v.type === "query") check(!validatePromQl((v.definition ?? "").replace(/^label_values\((.*),\s*\w+\)$/, "$1").replace(/^label_values\((\w+)\)$/, "$1")), `${dashboardFile}: variable '${v.name}' query does not parse`);
    }
    const unused = instruments.filter((i) => !i.series.some((s) => used.has(s)));
    info(`coaching-adoption.json: ${panels.length} panels, ${exprCount} PromQL queries parse, ${used.size} LeadPlatform series all produced by the instruments` +
      (unused.length ? ` (not charted: ${unused.map((i) => i.name).join(", ")})` : ""));
  }

  // Dockerfile essentials (the image itself cannot be built here).
  try {
    const dockerfile = fs.readFileSync(path.join(root, "deploy/Dockerfile"), "utf8");
    check(/mcr\.microsoft\.com\/dotnet\/sdk:10\.0/.test(dockerfile), "deploy/Dockerfile: the build stage must use mcr.microsoft.com/dotnet/sdk:10.0");
    check(/mcr\.microsoft\.com\/dotnet\/aspnet:10\.0/.test(dockerfile), "deploy/Dockerfile: the runtime stage must use mcr.microsoft.com/dotnet/aspnet:10.0*");
    check(/dotnet publish src\/LeadPlatform\.Host\S*\s[^\n]*-c Release -o \/app/.test(dockerfile), "deploy/Dockerfile: must 'dotnet publish src/LeadPlatform.Host -c Release -o /app'");
    check(/\bnpm\b/.test(dockerfile), "deploy/Dockerfile: the SDK stage needs npm for the GraphQL IDE assets");
    check(/^EXPOSE\s+8080\s+11111\s+30000\s*$/m.test(dockerfile), "deploy/Dockerfile: EXPOSE 8080 11111 30000");
    const users = [...dockerfile.matchAll(/^USER\s+(\S+)/gm)].map((m) => m[1]);
    check(users.length > 0 && !["root", "0"].includes(users.at(-1)), "deploy/Dockerfile: the final stage must run as a non-root USER");
    for (const copy of dockerfile.matchAll(/^COPY\s+(?!--from)(?:--\S+\s+)*(.+)$/gm)) {
      const parts = copy[1].trim().split(/\s+/).slice(0, -1);
      for (const src of parts.filter((p) => !/[*?[]/.test(p))) check(fs.existsSync(path.join(root, src)), `deploy/Dockerfile: COPY source '${src}' does not exist in the repository`);
      check(parts.some((p) => !/[*?[]/.test(p) || fs.readdirSync(root).some((f) => globMatch(p, f))), `deploy/Dockerfile: COPY ${copy[1].trim()} matches nothing`);
    }
    const ignore = fs.readFileSync(path.join(root, "deploy/Dockerfile.dockerignore"), "utf8");
    for (const p of ["**/bin/", "**/obj/", "**/node_modules/"]) check(ignore.split("\n").includes(p), `deploy/Dockerfile.dockerignore must exclude ${p}`);
    info("Dockerfile: stages, publish command, ports, non-root user and COPY sources check out");
  } catch (e) { check(false, "deploy/Dockerfile", e.message); }

  // docs/TELEMETRY.md lists every instrument.
  try {
    const doc = fs.readFileSync(path.join(root, "docs/TELEMETRY.md"), "utf8");
    for (const i of instruments) {
      check(doc.includes(`\`${i.name}\``), `docs/TELEMETRY.md does not document instrument ${i.name}`);
      check(doc.includes(i.prometheus), `docs/TELEMETRY.md does not give the Prometheus name ${i.prometheus}`);
    }
    info(`TELEMETRY.md documents all ${instruments.length} instruments of ${instrumentFile}`);
  } catch (e) { check(false, "docs/TELEMETRY.md", e.message); }
}

// ---- self-test: every kind of break must be caught ----------------------------------------------------------
async function selfTest(rendered) {
  section("self-test (each deliberate break must be reported)");
  const base = rendered["k8s/base"];
  if (!base) { check(false, "self-test: k8s/base did not render"); return; }
  const silo = (rs) => rs.find((r) => r.kind === "Deployment" && r.metadata.name === "leadplatform-silo");
  const breaks = {
    "replicas as a string (schema type)": (rs) => { silo(rs).spec.replicas = "two"; },
    "containerPort as a string (schema type)": (rs) => { silo(rs).spec.template.spec.containers[0].ports[0].containerPort = "8080"; },
    "container without a name (schema required)": (rs) => { delete silo(rs).spec.template.spec.containers[0].name; },
    "misspelt field readinesProbe (strict fields)": (rs) => { const c = silo(rs).spec.template.spec.containers[0]; c.readinesProbe = c.readinessProbe; delete c.readinessProbe; },
    "unknown top-level spec field (strict fields)": (rs) => { silo(rs).spec.replica = 3; },
    "missing orleans/clusterId pod label (rule)": (rs) => { delete silo(rs).spec.template.metadata.labels["orleans/clusterId"]; },
    "POD_IP not from the downward API (rule)": (rs) => { const env = silo(rs).spec.template.spec.containers[0].env; env.splice(env.findIndex((e) => e.name === "POD_IP"), 1); },
    "Role without the delete verb (rule)": (rs) => { rs.find((r) => r.kind === "Role").rules[0].verbs = ["get", "list", "watch", "patch"]; },
    "unknown LeadPlatform__Role value (rule)": (rs) => { silo(rs).spec.template.spec.containers[0].env.find((e) => e.name === "LeadPlatform__Role").value = "Silos"; },
    "misspelt setting name in the ConfigMap (rule)": (rs) => { const cm = rs.find((r) => r.kind === "ConfigMap"); cm.data.LeadPlatform__Storage__Providr = "AzureTable"; },
    "Service selecting nothing (rule)": (rs) => { rs.find((r) => r.kind === "Service").spec.selector["app.kubernetes.io/component"] = "nothing"; },
    "HPA aiming at a missing Deployment (rule)": (rs) => { rs.find((r) => r.kind === "HorizontalPodAutoscaler").spec.scaleTargetRef.name = "missing"; },
    "liveness probe on the wrong path (rule)": (rs) => { silo(rs).spec.template.spec.containers[0].livenessProbe.httpGet.path = "/healthz"; },
    "container allowed to escalate privileges (rule)": (rs) => { silo(rs).spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation = true; },
  };
  let caught = 0;
  for (const [what, mutate] of Object.entries(breaks)) {
    const copy = structuredClone(base);
    mutate(copy);
    const problems = [...await schemaProblems(copy), ...leadPlatformRules(copy, "k8s/base")];
    if (check(problems.length > 0, `self-test: '${what}' was NOT detected`)) caught++;
  }
  info(`${caught}/${Object.keys(breaks).length} deliberate breaks detected`);
}

// ---- main ---------------------------------------------------------------------------------------------------
try {
  const rendered = await validateK8s();
  validateDeploy();
  if (!process.argv.includes("--no-self-test")) await selfTest(rendered);
} catch (error) {
  check(false, "validator crashed", error.stack);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log("");
if (failures.length) {
  console.log(`validate-manifests: FAILED - ${failures.length} problem(s) in ${checks} checks (${seconds} s):`);
  for (const f of failures) console.log(`  - ${f}`);
  process.exit(1);
}
console.log(`validate-manifests: OK - ${checks} checks passed (${seconds} s)`);
