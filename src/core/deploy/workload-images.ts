// The images a rendered overlay runs: parses the multi-document YAML that `kustomize build` (or `kubectl
// kustomize`) prints and lists every container image of every pod template. Kinds whose pod template we know are
// read at that place only; any other kind (a CRD: Knative Service, Argo Workflow, Argo Rollouts Experiment…) is
// searched for every string under a key named `image`, so a workload we do not model is never invisible to parity.
import { parseAllDocuments } from 'yaml';

export interface WorkloadImage {
  kind: string;
  name: string;
  namespace?: string;
  /** The container's name for a known pod template; for any other kind, where the `image` key was found. */
  container: string;
  image: string;
}

type Obj = Record<string, unknown>;

interface PodSpecKind {
  /** API groups the kind is served from ('' is the core group, apiVersion "v1"). */
  groups: readonly string[];
  /** Where the PodSpec is inside the object. */
  path: readonly string[];
}

const TEMPLATE = ['spec', 'template', 'spec'] as const;
// Shapes from k8s.io/api apps/v1, batch/v1 and core/v1 types.go (extensions/v1beta1 and batch/v1beta1 had the same
// fields), and argo-rollouts pkg/apis/rollouts/v1alpha1/types.go (RolloutSpec.Template is a PodTemplateSpec).
const POD_SPEC_KINDS: Readonly<Record<string, PodSpecKind>> = {
  Deployment: { groups: ['apps', 'extensions'], path: TEMPLATE },
  StatefulSet: { groups: ['apps'], path: TEMPLATE },
  DaemonSet: { groups: ['apps', 'extensions'], path: TEMPLATE },
  ReplicaSet: { groups: ['apps', 'extensions'], path: TEMPLATE },
  Job: { groups: ['batch'], path: TEMPLATE },
  CronJob: { groups: ['batch'], path: ['spec', 'jobTemplate', 'spec', 'template', 'spec'] },
  Pod: { groups: [''], path: ['spec'] },
  PodTemplate: { groups: [''], path: ['template', 'spec'] },
  Rollout: { groups: ['argoproj.io'], path: TEMPLATE },
};

const CONTAINER_LISTS = ['containers', 'initContainers', 'ephemeralContainers'] as const;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every container image in `manifests`, in document order. Throws an Error when the text is not manifests. */
export function workloadImages(manifests: string): WorkloadImage[] {
  const out: WorkloadImage[] = [];
  // An empty text gives an EmptyStream, which is an empty array.
  parseAllDocuments(manifests, { prettyErrors: true }).forEach((doc, i) => {
    const err = doc.errors[0];
    if (err) {
      const line = err.linePos?.[0].line;
      const what = err.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'parse error';
      throw new Error(`renderer output is not valid YAML (document ${i + 1}${line ? `, line ${line}` : ''}): ${what}`);
    }
    const value: unknown = doc.toJS();
    if (value === null || value === undefined) return; // an empty document between two `---`
    if (!isObj(value)) throw new Error(`renderer output document ${i + 1} is not a mapping (a Kubernetes object)`);
    collectObject(value, `document ${i + 1}`, out);
  });
  return out;
}

/** Sorted, without repeats: the set of images to compare between two renders. */
export function imageSet(list: readonly WorkloadImage[]): string[] {
  return [...new Set(list.map((w) => w.image))].sort();
}

function collectObject(obj: Obj, where: string, out: WorkloadImage[]): void {
  const kind = obj.kind;
  if (typeof kind !== 'string' || kind === '') throw new Error(`renderer output ${where} has no kind`);
  // kustomize flattens v1 List objects, but a *List kind can still come through a CRD's output: look inside.
  if (kind.endsWith('List') && Array.isArray(obj.items)) {
    obj.items.forEach((item, j) => {
      if (!isObj(item)) throw new Error(`renderer output ${where} (${kind}) item ${j + 1} is not a mapping`);
      collectObject(item, `${where} item ${j + 1}`, out);
    });
    return;
  }
  const meta = isObj(obj.metadata) ? obj.metadata : {};
  const name = typeof meta.name === 'string' ? meta.name : '';
  const base = { kind, name, ...(typeof meta.namespace === 'string' ? { namespace: meta.namespace } : {}) };
  const known = POD_SPEC_KINDS[kind];
  const apiVersion = typeof obj.apiVersion === 'string' ? obj.apiVersion : '';
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  // A Secret's values are credentials, never shown in a report; they are base64 and not workloads anyway.
  if (kind === 'Secret' && group === '') return;
  if (known && known.groups.includes(group)) {
    collectPodSpec(obj, known.path, `${where} (${kind} ${name})`, (container, image) =>
      out.push({ ...base, container, image }));
    return;
  }
  // metadata (labels, annotations) and status never define what runs: a key `image` there is not a workload.
  for (const [key, value] of Object.entries(obj)) {
    if (key === 'metadata' || key === 'status') continue;
    collectAnyImage(value, key, (container, image) => out.push({ ...base, container, image }));
  }
}

function collectPodSpec(obj: Obj, path: readonly string[], where: string, add: (c: string, i: string) => void): void {
  let node: unknown = obj;
  for (const key of path) {
    if (node === undefined || node === null) return; // no pod template (e.g. a Rollout with workloadRef)
    if (!isObj(node)) throw new Error(`renderer output ${where}: ${path.join('.')} is not a mapping`);
    node = node[key];
  }
  if (node === undefined || node === null) return;
  if (!isObj(node)) throw new Error(`renderer output ${where}: ${path.join('.')} is not a mapping`);
  for (const list of CONTAINER_LISTS) {
    const containers = node[list];
    if (containers === undefined || containers === null) continue;
    if (!Array.isArray(containers)) throw new Error(`renderer output ${where}: ${list} is not a list`);
    containers.forEach((c: unknown, j) => {
      if (!isObj(c)) throw new Error(`renderer output ${where}: ${list}[${j}] is not a mapping`);
      const label = typeof c.name === 'string' && c.name !== '' ? c.name : `${list}[${j}]`;
      if (c.image === undefined || c.image === null) return;
      if (typeof c.image !== 'string') {
        throw new Error(`renderer output ${where}: the image of ${label} is not a string`);
      }
      add(label, c.image);
    });
  }
}

/** Every string under a key named exactly `image`, at any depth; `at` is the JSON-path-ish location so far. */
function collectAnyImage(value: unknown, at: string, add: (where: string, image: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((v, j) => collectAnyImage(v, `${at}[${j}]`, add));
    return;
  }
  if (!isObj(value)) return;
  for (const [key, v] of Object.entries(value)) {
    const here = /^[A-Za-z_$][\w$-]*$/.test(key) ? `${at}.${key}` : `${at}[${JSON.stringify(key)}]`;
    if (key === 'image' && typeof v === 'string') add(here, v);
    else collectAnyImage(v, here, add);
  }
}
