// The checks that read Kubernetes objects (flux, kubernetes, rollout) through the KubePort: the object as the API
// server returns it (what `kubectl get -o json` prints), judged by flux-check, workload-check and rollout-check.
import type { KubePort } from '../ports.js';
import { evaluateFlux, fluxRevisions } from './flux-check.js';
import { kubeFailure } from './control-plane.js';
import { relations, type LineagePort, type Relate } from './lineage.js';
import type { Observation } from './observation.js';
import { evaluateRollout, failedAnalysisRun, workloadRef } from './rollout-check.js';
import type { FluxTarget, KubeTarget, RolloutTarget } from './spec.js';
import { evaluateWorkload } from './workload-check.js';

const enc = encodeURIComponent;

export function fluxPath(t: Pick<FluxTarget, 'kind' | 'name' | 'namespace'>): string {
  return t.kind === 'HelmRelease'
    ? `/apis/helm.toolkit.fluxcd.io/v2/namespaces/${enc(t.namespace)}/helmreleases/${enc(t.name)}`
    : `/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/${enc(t.namespace)}/kustomizations/${enc(t.name)}`;
}

const PLURAL = { Deployment: 'deployments', StatefulSet: 'statefulsets', DaemonSet: 'daemonsets' } as const;

export function workloadPath(t: Pick<KubeTarget, 'kind' | 'name' | 'namespace'>): string {
  return `/apis/apps/v1/namespaces/${enc(t.namespace)}/${PLURAL[t.kind]}/${enc(t.name)}`;
}

const ROLLOUTS_API = '/apis/argoproj.io/v1alpha1/namespaces';
export const rolloutPath = (t: Pick<RolloutTarget, 'name' | 'namespace'>): string =>
  `${ROLLOUTS_API}/${enc(t.namespace)}/rollouts/${enc(t.name)}`;
const analysisRunPath = (ns: string, name: string): string => `${ROLLOUTS_API}/${enc(ns)}/analysisruns/${enc(name)}`;

type KubeLike = FluxTarget | KubeTarget | RolloutTarget;

const pathOf = (t: KubeLike): string =>
  (t.type === 'flux' ? fluxPath(t) : t.type === 'rollout' ? rolloutPath(t) : workloadPath(t));
const whatOf = (t: KubeLike): string => `${t.type === 'rollout' ? 'Rollout' : t.kind} ${t.namespace}/${t.name}`;

type GetOpts = { kubeconfig?: string; context?: string; timeoutMs: number };

/** The objects a Rollout's verdict may need besides itself: its failed AnalysisRun, the workload of a workloadRef. */
async function probeRolloutParts(t: RolloutTarget, o: unknown, kube: KubePort, opts: GetOpts): Promise<Observation> {
  const run = failedAnalysisRun(o);
  // The failed metric and its last value are in the AnalysisRun; without it the Rollout's message still says why.
  const analysis = run?.name
    ? await kube.get(analysisRunPath(t.namespace, run.name), opts).catch(() => undefined)
    : undefined;
  const ref = workloadRef(o);
  let workload: unknown;
  if (ref) {
    try {
      workload = await kube.get(workloadPath({ kind: 'Deployment', name: ref, namespace: t.namespace }), opts);
    } catch (e) {
      return kubeFailure((e as Error).message, `Deployment ${t.namespace}/${ref} (the Rollout's workloadRef)`);
    }
  }
  return evaluateRollout(t, o, { analysis, workload });
}

export interface KubeProbePorts { kube: KubePort; lineage?: LineagePort }

export async function probeKube(t: KubeLike, ports: KubeProbePorts, timeoutMs: number): Promise<Observation> {
  const opts = { kubeconfig: t.kubeconfig, context: t.context, timeoutMs };
  let o: unknown;
  try {
    o = await ports.kube.get(pathOf(t), opts);
  } catch (e) {
    return kubeFailure((e as Error).message, whatOf(t));
  }
  if (t.type === 'kubernetes') return evaluateWorkload(t, o);
  if (t.type === 'rollout') return probeRolloutParts(t, o, ports.kube, opts);
  const relate: Relate = t.commit ? await relations(fluxRevisions(o), t.commit, ports.lineage) : () => 'unknown';
  return evaluateFlux(t, o, relate);
}
