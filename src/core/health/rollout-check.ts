// The rollout check: an Argo Rollouts Rollout (argoproj.io/v1alpha1) at the promoted image, fully promoted. Read
// as argoproj/argo-rollouts defines and reads it: pkg/apis/rollouts/v1alpha1/types.go (RolloutStatus: phase,
// message, abort, pauseConditions, controllerPause, stableRS, currentPodHash, observedGeneration as a string,
// canary/blueGreen AnalysisRun statuses) and utils/rollout/rolloututil.go (GetRolloutPhase: the generation must be
// observed first, an unpausing rollout is Progressing; CalculateRolloutPhase for controllers before v1.0, which
// left status.phase empty; IsFullyPromoted: stableRS == currentPodHash).
import { condition, oneLineOf, templateVersion, type KubeObject } from './kube-object.js';
import type { Observation } from './observation.js';
import type { RolloutTarget } from './spec.js';

interface AnalysisRunStatus { name?: string; status?: string; message?: string }
interface RolloutStatus {
  phase?: string;
  message?: string;
  abort?: boolean;
  controllerPause?: boolean;
  pauseConditions?: { reason?: string }[];
  stableRS?: string;
  currentPodHash?: string;
  observedGeneration?: string;
  canary?: { currentStepAnalysisRunStatus?: AnalysisRunStatus; currentBackgroundAnalysisRunStatus?: AnalysisRunStatus };
  blueGreen?: { prePromotionAnalysisRunStatus?: AnalysisRunStatus; postPromotionAnalysisRunStatus?: AnalysisRunStatus };
}
interface MetricResult {
  name?: string;
  phase?: string;
  message?: string;
  measurements?: { value?: string; phase?: string }[];
}

const statusOf = (o: KubeObject): RolloutStatus => (o.status ?? {}) as RolloutStatus;

/** isGenerationObserved: a numeric observedGeneration must reach metadata.generation (anything else: observed). */
function generationObserved(o: KubeObject): boolean {
  const observed = statusOf(o).observedGeneration;
  if (observed === undefined || !/^\d+$/.test(observed)) return true;
  return Number(observed) >= (o.metadata?.generation ?? 0);
}

/** The phase the controller wrote, else CalculateRolloutPhase's reading of conditions and pauses (pre-v1.0). */
function phaseOf(o: KubeObject): { phase: string; message: string } {
  const st = statusOf(o);
  if (st.phase) return { phase: st.phase, message: st.message ?? '' };
  for (const c of o.status?.conditions ?? []) {
    if (c.type === 'InvalidSpec') return { phase: 'Degraded', message: `InvalidSpec: ${c.message ?? ''}` };
    if (c.reason === 'RolloutAborted' || c.reason === 'ProgressDeadlineExceeded') {
      return { phase: 'Degraded', message: `${c.reason}: ${c.message ?? ''}` };
    }
  }
  if (o.spec?.paused === true) return { phase: 'Paused', message: 'manually paused' };
  const pause = st.pauseConditions?.[0];
  if (pause) return { phase: 'Paused', message: pause.reason ?? '' };
  if (!st.stableRS || st.stableRS !== st.currentPodHash) {
    return { phase: 'Progressing', message: 'waiting for all steps to complete' };
  }
  return { phase: 'Healthy', message: '' };
}

/** spec.workloadRef of a Rollout whose pod template lives in a Deployment (apps/v1). */
export function workloadRef(obj: unknown): string | undefined {
  const o = (obj ?? {}) as KubeObject;
  const ref = o.spec?.workloadRef as { kind?: string; name?: string } | undefined;
  return ref?.kind === 'Deployment' && ref.name && !o.spec?.template ? ref.name : undefined;
}

/** The AnalysisRun that ended badly (Failed, Error, Inconclusive), from whichever step or stage ran it. */
export function failedAnalysisRun(obj: unknown): AnalysisRunStatus | undefined {
  const st = statusOf((obj ?? {}) as KubeObject);
  const runs = [
    st.canary?.currentStepAnalysisRunStatus, st.canary?.currentBackgroundAnalysisRunStatus,
    st.blueGreen?.prePromotionAnalysisRunStatus, st.blueGreen?.postPromotionAnalysisRunStatus,
  ];
  return runs.find((r) => r?.name && BAD_RUN.includes(r.status ?? ''));
}

const BAD_RUN = ['Failed', 'Error', 'Inconclusive'];

/** "; AnalysisRun web-7d4-2 Failed: metric "success-rate" Failed, last value [0.81]: <the run's message>". */
function analysisText(run: AnalysisRunStatus | undefined, analysis: unknown): string {
  if (!run) return '';
  const results = (analysis as { status?: { metricResults?: MetricResult[] } } | undefined)?.status?.metricResults ?? [];
  const bad = results.find((m) => BAD_RUN.includes(m.phase ?? ''));
  const last = bad?.measurements?.[bad.measurements.length - 1]?.value;
  const value = last !== undefined ? `, last value ${oneLineOf(last, 60)}` : '';
  const metric = bad ? `metric "${bad.name}" ${bad.phase}${value}` : '';
  const message = oneLineOf(run.message ?? bad?.message, 200);
  return `; AnalysisRun ${run.name} ${run.status}: ${[metric, message].filter(Boolean).join(': ')}`;
}

const PROMOTE_HINT = 'it resumes after its pause duration or `kubectl argo rollouts promote`';

/** After the version and the spec: aborted, Degraded, unpausing, paused, fully promoted, or still progressing. */
function phaseVerdict(o: KubeObject, analysis: unknown): Observation {
  const st = statusOf(o);
  const { phase, message } = phaseOf(o);
  const why = analysisText(failedAnalysisRun(o), analysis);
  if (st.abort) {
    return { verdict: 'fail', detail: `aborted: ${oneLineOf(message || condition(o, 'Progressing')?.message)}${why}`, fatal: true };
  }
  if (phase === 'Degraded') return { verdict: 'fail', detail: `Degraded: ${oneLineOf(message)}${why}`, fatal: true };
  if (st.controllerPause && !st.pauseConditions?.length) {
    return { verdict: 'pending', detail: 'unpausing', waiting: 'to unpause' };
  }
  if (phase === 'Paused' || st.pauseConditions?.length || o.spec?.paused === true) {
    const reason = st.pauseConditions?.map((p) => p.reason).join(', ') || oneLineOf(message) || 'paused';
    const waiting = `to be promoted (paused: ${reason}; ${PROMOTE_HINT})`;
    return { verdict: 'pending', paused: true, detail: `Paused (${reason}): waiting for a promotion`, waiting };
  }
  if (phase === 'Healthy' && st.stableRS && st.stableRS === st.currentPodHash) {
    return { verdict: 'pass', detail: `Healthy, fully promoted (stable ${st.stableRS})` };
  }
  const now = `${phase}${message ? `: ${oneLineOf(message, 80)}` : ''}`;
  const detail = `${phase}${message ? `: ${oneLineOf(message)}` : ''}`;
  return { verdict: 'pending', detail, waiting: `to be fully promoted (now ${now})` };
}

/**
 * Healthy when the pod template runs the promoted version, the spec is observed, the rollout is not paused, phase
 * Healthy and fully promoted. Aborted or Degraded: unhealthy at once, with the AnalysisRun that failed (`analysis`
 * is that AnalysisRun object when it could be read). Paused: pending, marked so that a timeout says a person
 * must decide (unknown), not that the version is bad. With spec.workloadRef the pod template is the referenced
 * Deployment's (`workload`, read by the probe).
 */
export function evaluateRollout(
  t: RolloutTarget, obj: unknown, read: { analysis?: unknown; workload?: unknown } = {},
): Observation {
  const o = (obj ?? {}) as KubeObject;
  const template = workloadRef(o) && read.workload ? (read.workload as KubeObject) : o;
  const { version, wait, missing } = templateVersion(template, 'Rollout', t.container, t.expectVersion);
  if (missing) return missing;
  if (wait) return wait;
  if (!generationObserved(o)) {
    return { verdict: 'pending', detail: 'spec update not observed yet', waiting: 'to observe its spec update', version };
  }
  const v = phaseVerdict(o, read.analysis);
  const tag = v.verdict === 'pass' && version ? `, image tag ${version}` : '';
  return { ...v, detail: `${v.detail}${tag}`, version };
}
