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
import { carries, commitOf, untold, type Relate } from './lineage.js';
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
  const all = [st.lastAppliedOriginRevision, st.lastAppliedRevision, st.lastAttemptedRevision, attemptedOrigin(st)];
  return all.filter((r): r is string => !!r);
}

export function evaluateFlux(t: FluxTarget, obj: unknown, relate: Relate): Observation {
  const o = (obj ?? {}) as KubeObject;
  return t.kind === 'Kustomization' ? evaluateKustomization(t, o, relate) : evaluateHelmRelease(o);
}

function evaluateKustomization(t: FluxTarget, o: KubeObject, relate: Relate): Observation {
  const st = statusOf(o);
  const gen = o.metadata?.generation;
  const ready = condition(o, 'Ready');
  const stalled = condition(o, 'Stalled')?.status === 'True' ? condition(o, 'Stalled') : undefined;
  const readyGen = ready?.observedGeneration ?? st.observedGeneration;
  const current = gen === undefined || (readyGen !== undefined && readyGen >= gen);
  const applied = st.lastAppliedOriginRevision || st.lastAppliedRevision || '';
  const attempted = attemptedOrigin(st) || st.lastAttemptedRevision || '';
  const carried = (...revs: (string | undefined)[]): boolean => !t.commit || revs.some((r) => carries(relate(r)));
  const hasApplied = carried(st.lastAppliedOriginRevision, st.lastAppliedRevision);
  if (ready?.status === 'True' && current && hasApplied) {
    return { verdict: 'pass', detail: `Ready, applied ${applied || 'no revision'}` };
  }
  if (ready?.status === 'False' && ready.reason === 'HealthCheckCanceled') {
    return pending(`${conditionText(ready)} (a newer revision arrived)`, 'to finish reconciling the newer revision');
  }
  const readyFailed = ready?.status === 'False' && current && !NOT_A_FAILURE.has(ready.reason ?? '');
  const failed = stalled ?? (readyFailed ? ready : undefined);
  if (failed && carried(attemptedOrigin(st), st.lastAttemptedRevision)) {
    return { verdict: 'fail', detail: `${conditionText(failed)} (attempted ${attempted || 'no revision'})` };
  }
  if (!hasApplied) {
    const now = applied || 'no revision';
    const c = short(t.commit ?? '');
    if (commitOf(applied) && relate(applied) === 'unknown') return untold(`applied ${now}, ${conditionText(ready)}`, c);
    return pending(`applied ${now}, ${conditionText(ready)}`, `to apply ${c} (now ${now})`);
  }
  const now = ready ? `${ready.status}${ready.reason ? ` ${ready.reason}` : ''}` : 'no Ready condition';
  const waiting = current ? `to be Ready (now ${now})` : `to reconcile generation ${gen} (now ${readyGen ?? 'none'})`;
  return pending(conditionText(ready), waiting);
}

const pending = (detail: string, waiting: string): Observation => ({ verdict: 'pending', detail, waiting });

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
  if (ready?.status === 'True' && current) {
    return { verdict: 'pass', detail: `Ready at generation ${gen ?? '?'}${chart}` };
  }
  if (current && (stalled?.status === 'True' || ready?.status === 'False')) {
    return { verdict: 'fail', detail: `${conditionText(stalled?.status === 'True' ? stalled : ready)}${chart}` };
  }
  if (!current) {
    const now = observed ?? 'none';
    return pending(`observed generation ${now} of ${gen}`, `to reconcile generation ${gen} (now ${now})`);
  }
  return pending(conditionText(ready), `to be Ready (now ${ready?.status ?? 'no Ready condition'})`);
}
