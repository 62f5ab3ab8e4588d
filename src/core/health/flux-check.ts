// The flux check, read the way kustomize-controller writes its status (internal/controller/
// kustomization_controller.go, api/v1/kustomization_types.go of fluxcd/kustomize-controller; conditions and history
// from fluxcd/pkg apis/meta and runtime/conditions):
// - lastAppliedRevision is set only after a successful apply and health check; for an OCIRepository source it is
//   the artifact digest (latest@sha256:…) and the git commit is in lastAppliedOriginRevision;
// - status.observedGeneration moves only when Ready=True, while every condition records the generation it was
//   written at (condition.observedGeneration): that is how a failure of the current spec shows;
// - Ready=False HealthCheckCanceled means a newer revision arrived and the controller started over: not a failure;
//   DependencyNotReady and ArtifactFailed are retried by the controller;
// - status.history (newest first) records each attempt's revision and originRevision.
import { carries, type Relate } from './lineage.js';
import { condition, conditionText, type KubeObject } from './kube-object.js';
import { short, type Observation } from './observation.js';
import type { FluxTarget } from './spec.js';

interface FluxStatus {
  observedGeneration?: number;
  lastAppliedRevision?: string;
  lastAppliedOriginRevision?: string;
  lastAttemptedRevision?: string;
  history?: { metadata?: { revision?: string; originRevision?: string } }[];
}

/** Reasons of Ready=False that the controller retries by itself, or that mean it started over on a newer revision. */
const NOT_A_FAILURE = new Set(['HealthCheckCanceled', 'DependencyNotReady', 'ArtifactFailed', 'Progressing']);

const statusOf = (o: KubeObject): FluxStatus => (o.status ?? {}) as FluxStatus;

/** The origin revision of the last attempt, when the newest history entry is that attempt. */
function attemptedOrigin(st: FluxStatus): string | undefined {
  const h = st.history?.[0]?.metadata;
  return h && h.revision === st.lastAttemptedRevision ? h.originRevision : undefined;
}

/** Every revision of a Flux status that may name the commit, for resolving against history. */
export function fluxRevisions(obj: unknown): string[] {
  const st = statusOf((obj ?? {}) as KubeObject);
  return [st.lastAppliedOriginRevision, st.lastAppliedRevision, st.lastAttemptedRevision, attemptedOrigin(st)].filter((r): r is string => !!r);
}

export function evaluateFlux(t: FluxTarget, obj: unknown, relate: Relate): Observation {
  const o = (obj ?? {}) as KubeObject;
  return t.kind === 'Kustomization' ? evaluateKustomization(t, o, relate) : evaluateHelmRelease(o);
}

function evaluateKustomization(t: FluxTarget, o: KubeObject, relate: Relate): Observation {
  const st = statusOf(o);
  const gen = o.metadata?.generation;
  const ready = condition(o, 'Ready');
  const stalled = condition(o, 'Stalled');
  const readyGen = ready?.observedGeneration ?? st.observedGeneration;
  const current = gen === undefined || (readyGen !== undefined && readyGen >= gen);
  const applied = st.lastAppliedOriginRevision || st.lastAppliedRevision || '';
  const attempted = attemptedOrigin(st) || st.lastAttemptedRevision || '';
  const hasApplied = !t.commit || [st.lastAppliedOriginRevision, st.lastAppliedRevision].some((r) => carries(relate(r)));
  const hasAttempted = !t.commit || [attemptedOrigin(st), st.lastAttemptedRevision].some((r) => carries(relate(r)));
  if (ready?.status === 'True' && current && hasApplied) return { verdict: 'pass', detail: `Ready, applied ${applied || 'no revision'}` };
  if (ready?.status === 'False' && ready.reason === 'HealthCheckCanceled') {
    return { verdict: 'pending', detail: `${conditionText(ready)} (a newer revision arrived)`, waiting: 'to finish reconciling the newer revision' };
  }
  const failed = stalled?.status === 'True' || (ready?.status === 'False' && current && !NOT_A_FAILURE.has(ready.reason ?? ''));
  if (hasAttempted && failed) {
    return { verdict: 'fail', detail: `${conditionText(stalled?.status === 'True' ? stalled : ready)} (attempted ${attempted || 'no revision'})` };
  }
  if (!hasApplied) {
    const note = applied && relate(applied) === 'unknown' ? '; the config repository cannot tell whether it carries the commit' : '';
    return { verdict: 'pending', detail: `applied ${applied || 'no revision'}, ${conditionText(ready)}${note}`, waiting: `to apply ${short(t.commit as string)} (now ${applied || 'no revision'})` };
  }
  const now = ready ? `${ready.status}${ready.reason ? ` ${ready.reason}` : ''}` : 'no Ready condition';
  return { verdict: 'pending', detail: conditionText(ready), waiting: current ? `to be Ready (now ${now})` : `to reconcile generation ${gen} (now ${readyGen ?? 'none'})` };
}

// HelmRelease: the release is made by helm-controller from the spec a commit changed; that the new spec was acted
// on shows as observedGeneration catching up with metadata.generation (the commit itself is not recorded).
function evaluateHelmRelease(o: KubeObject): Observation {
  const gen = o.metadata?.generation;
  const st = o.status ?? {};
  const observed = st.observedGeneration as number | undefined;
  const ready = condition(o, 'Ready');
  const stalled = condition(o, 'Stalled');
  const current = gen === undefined || (observed !== undefined && observed >= gen);
  const chart = st.lastAttemptedRevision ? `, chart ${String(st.lastAttemptedRevision)}` : '';
  if (ready?.status === 'True' && current) return { verdict: 'pass', detail: `Ready at generation ${gen ?? '?'}${chart}` };
  if (current && (stalled?.status === 'True' || ready?.status === 'False')) return { verdict: 'fail', detail: `${conditionText(stalled?.status === 'True' ? stalled : ready)}${chart}` };
  if (!current) return { verdict: 'pending', detail: `observed generation ${observed ?? 'none'} of ${gen}`, waiting: `to reconcile generation ${gen} (now ${observed ?? 'none'})` };
  return { verdict: 'pending', detail: conditionText(ready), waiting: `to be Ready (now ${ready?.status ?? 'no Ready condition'})` };
}
