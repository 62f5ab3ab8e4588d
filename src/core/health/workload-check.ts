// The kubernetes check: a Deployment, StatefulSet or DaemonSet (apps/v1) whose pod template runs the promoted
// version and whose rollout is complete as `kubectl rollout status` decides it: the rules of kubernetes/kubectl
// pkg/polymorphichelpers/rollout_status.go, each kind in its order. In particular a Deployment's
// ProgressDeadlineExceeded counts only once the current generation is observed: before that it is left from an
// earlier rollout.
import { condition, oneLineOf, templateVersion, type KubeObject } from './kube-object.js';
import type { Observation } from './observation.js';
import type { KubeTarget, WorkloadKind } from './spec.js';

/** done: rolled out. waiting: not yet. failed: will not complete. unsupported: kubectl cannot follow it. */
type RolloutState = { state: 'done' | 'waiting' | 'failed' | 'unsupported'; message: string; waiting?: string };

const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
const waiting = (message: string, what = message): RolloutState => ({ state: 'waiting', message, waiting: what });
const NOT_OBSERVED = (gen: number, observed: number): RolloutState =>
  waiting(`observed generation ${observed} of ${gen}`, `to observe generation ${gen}`);
/** apps/v1 defaults updateStrategy.type to RollingUpdate; kubectl follows nothing else. */
const rollingUpdate = (o: KubeObject): boolean =>
  ((o.spec?.updateStrategy as { type?: string } | undefined)?.type ?? 'RollingUpdate') === 'RollingUpdate';
const UNSUPPORTED: RolloutState = {
  state: 'unsupported',
  message: 'rollout status is only available for the RollingUpdate strategy type (kubectl rollout status)',
};

function deploymentStatus(o: KubeObject): RolloutState {
  const gen = num(o.metadata?.generation);
  const st = o.status ?? {};
  const observed = num(st.observedGeneration);
  if (gen > observed) return NOT_OBSERVED(gen, observed);
  const progressing = condition(o, 'Progressing');
  if (progressing?.reason === 'ProgressDeadlineExceeded') {
    return { state: 'failed', message: `rollout exceeded its progress deadline: ${oneLineOf(progressing.message)}` };
  }
  const want = o.spec?.replicas as number | undefined;
  const [updated, total, available] = [num(st.updatedReplicas), num(st.replicas), num(st.availableReplicas)];
  if (want !== undefined && updated < want) {
    return waiting(`${updated} of ${want} replicas updated`, `to roll out (${updated} of ${want} updated)`);
  }
  const old = total - updated;
  if (old > 0) return waiting(`${old} old replica(s) pending termination`, `to roll out (${old} old replicas terminating)`);
  if (available < updated) {
    return waiting(`${available} of ${updated} updated replicas available`, `to roll out (${available} of ${updated} available)`);
  }
  return { state: 'done', message: `rolled out: ${available}/${want ?? available} available` };
}

function statefulSetStatus(o: KubeObject): RolloutState {
  if (!rollingUpdate(o)) return UNSUPPORTED;
  const gen = num(o.metadata?.generation);
  const st = o.status ?? {};
  const observed = num(st.observedGeneration);
  if (observed === 0 || gen > observed) return NOT_OBSERVED(gen, observed);
  const want = o.spec?.replicas as number | undefined;
  const [ready, updated] = [num(st.readyReplicas), num(st.updatedReplicas)];
  if (want !== undefined && ready < want) {
    return waiting(`${ready} of ${want} pods ready`, `to roll out (${want - ready} pods not ready)`);
  }
  const rolling = (o.spec?.updateStrategy as { rollingUpdate?: { partition?: number } } | undefined)?.rollingUpdate;
  if (rolling) {
    const partition = rolling.partition;
    if (want !== undefined && partition !== undefined && updated < want - partition) {
      const of = want - partition;
      const detail = `${updated} of ${of} new pods updated (partition ${partition})`;
      return waiting(detail, `to roll out (${updated} of ${of} updated)`);
    }
    return { state: 'done', message: `partitioned roll out complete: ${updated} new pods updated` };
  }
  if (st.updateRevision !== st.currentRevision) {
    const rev = String(st.updateRevision);
    return waiting(`${updated} pods at revision ${rev}`, `to roll out (${updated} pods at ${rev})`);
  }
  const message = `rolling update complete: ${num(st.currentReplicas)} pods at revision ${String(st.currentRevision)}`;
  return { state: 'done', message };
}

function daemonSetStatus(o: KubeObject): RolloutState {
  if (!rollingUpdate(o)) return UNSUPPORTED;
  const gen = num(o.metadata?.generation);
  const st = o.status ?? {};
  const observed = num(st.observedGeneration);
  if (gen > observed) return NOT_OBSERVED(gen, observed);
  const desired = num(st.desiredNumberScheduled);
  const [updated, available] = [num(st.updatedNumberScheduled), num(st.numberAvailable)];
  if (updated < desired) {
    return waiting(`${updated} of ${desired} new pods updated`, `to roll out (${updated} of ${desired} updated)`);
  }
  if (available < desired) {
    return waiting(`${available} of ${desired} updated pods available`, `to roll out (${available} of ${desired} available)`);
  }
  return { state: 'done', message: `rolled out: ${available}/${desired} pods available` };
}

const RULES: Record<WorkloadKind, (o: KubeObject) => RolloutState> = {
  Deployment: deploymentStatus, StatefulSet: statefulSetStatus, DaemonSet: daemonSetStatus,
};

/** The rollout as kubectl decides it, once the pod template runs the promoted version. */
export function evaluateWorkload(t: KubeTarget, obj: unknown): Observation {
  const o = (obj ?? {}) as KubeObject;
  const { version, wait, missing } = templateVersion(o, t.kind, t.container, t.expectVersion);
  if (missing) return missing;
  if (wait) return wait;
  const r = RULES[t.kind](o);
  switch (r.state) {
    case 'failed': return { verdict: 'fail', detail: r.message, fatal: true, version };
    case 'unsupported': return { verdict: 'error', detail: `${t.kind}: ${r.message}`, fatal: true, version };
    case 'waiting': return { verdict: 'pending', detail: r.message, waiting: r.waiting, version };
    case 'done': return { verdict: 'pass', detail: `${r.message}${version ? `, image tag ${version}` : ''}`, version };
  }
}
