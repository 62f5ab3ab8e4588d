// The rollout check: an Argo Rollouts Rollout (argoproj.io/v1alpha1) at the promoted image, fully promoted. Read
// as argoproj/argo-rollouts defines and reads it: pkg/apis/rollouts/v1alpha1/types.go (RolloutStatus: phase,
// message, abort, pauseConditions, controllerPause, stableRS, currentPodHash, observedGeneration as a string,
// canary/blueGreen AnalysisRun statuses) and utils/rollout/rolloututil.go (GetRolloutPhase: the generation must be
// observed first, an unpausing rollout is Progressing; CalculateRolloutPhase for controllers before v1.0, which
// left status.phase empty; IsFullyPromoted: stableRS == currentPodHash).
import { condition, oneLineOf, templateTags, type KubeObject } from './kube-object.js';
import { sameVersion, type Observation } from './observation.js';
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
interface MetricResult { name?: string; phase?: string; message?: string; measurements?: { value?: string; phase?: string }[] }

const statusOf = (o: KubeObject): RolloutStatus => (o.status ?? {}) as RolloutStatus;

/** isGenerationObserved: a numeric observedGeneration must reach metadata.generation (anything else counts as observed). */
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
    if (c.reason === 'RolloutAborted' || c.reason === 'ProgressDeadlineExceeded') return { phase: 'Degraded', message: `${c.reason}: ${c.message ?? ''}` };
  }
  if (o.spec?.paused === true) return { phase: 'Paused', message: 'manually paused' };
  const pause = st.pauseConditions?.[0];
  if (pause) return { phase: 'Paused', message: pause.reason ?? '' };
  if (!st.stableRS || st.stableRS !== st.currentPodHash) return { phase: 'Progressing', message: 'waiting for all steps to complete' };
  return { phase: 'Healthy', message: '' };
}

/** The AnalysisRun that ended badly (Failed, Error, Inconclusive), from whichever step or stage ran it. */
export function failedAnalysisRun(obj: unknown): AnalysisRunStatus | undefined {
  const st = statusOf((obj ?? {}) as KubeObject);
  const runs = [st.canary?.currentStepAnalysisRunStatus, st.canary?.currentBackgroundAnalysisRunStatus, st.blueGreen?.prePromotionAnalysisRunStatus, st.blueGreen?.postPromotionAnalysisRunStatus];
  return runs.find((r) => r?.name && ['Failed', 'Error', 'Inconclusive'].includes(r.status ?? ''));
}

/** "AnalysisRun web-7d4-2 Failed: metric "success-rate" Failed, last value 0.81 (…message)". */
function analysisText(run: AnalysisRunStatus | undefined, analysis: unknown): string {
  if (!run) return '';
  const results = ((analysis as { status?: { metricResults?: MetricResult[] } } | undefined)?.status?.metricResults ?? []);
  const bad = results.find((m) => ['Failed', 'Error', 'Inconclusive'].includes(m.phase ?? ''));
  const last = bad?.measurements?.[bad.measurements.length - 1]?.value;
  const metric = bad ? `metric "${bad.name}" ${bad.phase}${last !== undefined ? `, last value ${oneLineOf(last, 60)}` : ''}` : '';
  const message = oneLineOf(run.message ?? bad?.message, 200);
  return `; AnalysisRun ${run.name} ${run.status}: ${[metric, message].filter(Boolean).join(': ')}`;
}

/**
 * Healthy when the pod template runs the promoted version, the spec is observed, the rollout is not paused, phase
 * Healthy and fully promoted. Aborted or Degraded: unhealthy at once, with the AnalysisRun that failed (`analysis`
 * is that AnalysisRun object when it could be read). Paused: pending, marked so that a timeout says a person
 * must decide (unknown), not that the version is bad.
 */
export function evaluateRollout(t: RolloutTarget, obj: unknown, analysis?: unknown): Observation {
  const o = (obj ?? {}) as KubeObject;
  const st = statusOf(o);
  const tags = templateTags(o, t.container);
  if (!tags) return { verdict: 'error', detail: `the Rollout has no container ${t.container}; expected the container to check`, fatal: true };
  const version = tags.find((v) => t.expectVersion !== undefined && sameVersion(v, t.expectVersion)) ?? tags[0];
  if (t.expectVersion !== undefined && !tags.some((v) => sameVersion(v, t.expectVersion as string))) {
    const now = tags.join(', ') || 'no tag';
    return { verdict: 'pending', detail: `image tag ${now}, expected ${t.expectVersion}`, waiting: `to run ${t.expectVersion} (now ${now})`, version };
  }
  if (!generationObserved(o)) return { verdict: 'pending', detail: 'spec update not observed yet', waiting: 'to observe its spec update', version };
  const { phase, message } = phaseOf(o);
  const why = analysisText(failedAnalysisRun(o), analysis);
  if (st.abort) return { verdict: 'fail', detail: `aborted: ${oneLineOf(message || condition(o, 'Progressing')?.message)}${why}`, fatal: true, version };
  if (phase === 'Degraded') return { verdict: 'fail', detail: `Degraded: ${oneLineOf(message)}${why}`, fatal: true, version };
  if (st.controllerPause && !st.pauseConditions?.length) return { verdict: 'pending', detail: 'unpausing', waiting: 'to unpause', version };
  if (phase === 'Paused' || st.pauseConditions?.length || o.spec?.paused === true) {
    const reason = st.pauseConditions?.map((p) => p.reason).join(', ') || oneLineOf(message) || 'paused';
    return { verdict: 'pending', paused: true, detail: `Paused (${reason}): waiting for a promotion`, waiting: `to be promoted (paused: ${reason}; it resumes after its pause duration or \`kubectl argo rollouts promote\`)`, version };
  }
  if (phase === 'Healthy' && st.stableRS && st.stableRS === st.currentPodHash) {
    return { verdict: 'pass', detail: `Healthy, fully promoted (stable ${st.stableRS})${version ? `, image tag ${version}` : ''}`, version };
  }
  return { verdict: 'pending', detail: `${phase}${message ? `: ${oneLineOf(message)}` : ''}`, waiting: `to be fully promoted (now ${phase}${message ? `: ${oneLineOf(message, 80)}` : ''})`, version };
}
