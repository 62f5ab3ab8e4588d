// wait-healthy from resolved checks to a verdict: probes every target through the ports, polls, reports.
// The action and the CLI only gather inputs and print what this returns.
import type { HttpPort, KubePort, Logger, Where } from '../ports.js';
import { probeArgo } from './argocd-check.js';
import { probeHttp } from './http-check.js';
import { probeKube } from './kube-check.js';
import type { Observation } from './observation.js';
import { poll, progressLine, systemClock, type Clock, type PollResult } from './poll.js';
import { probePrometheus } from './prometheus-check.js';
import { outputs, summary } from './report.js';
import type { ResolvedChecks, Target, Timing } from './spec.js';

export interface WaitHealthyRequest {
  env: string;
  app?: string;
  version?: string;
  commit?: string;
  checks: ResolvedChecks;
  timing: Timing;
  http: HttpPort;
  kube: KubePort;
  logger: Logger;
  clock?: Clock;
  /** File and line of a check's key (config checks), for annotations. */
  whereOf?: (key: string) => Where | undefined;
}

export interface WaitHealthyResult {
  healthy: boolean;
  /** 0 healthy, 1 unhealthy or timed out. */
  exitCode: 0 | 1;
  result: PollResult;
  outputs: Record<string, string>;
  summary: string;
}

export function probeTarget(t: Target, ports: { http: HttpPort; kube: KubePort }, timeoutMs: number): Promise<Observation> {
  switch (t.type) {
    case 'http': return probeHttp(t, ports.http, timeoutMs);
    case 'prometheus': return probePrometheus(t, ports.http, timeoutMs);
    case 'argocd': return probeArgo(t, ports.http, timeoutMs);
    case 'flux':
    case 'kubernetes': return probeKube(t, ports.kube, timeoutMs);
  }
}

export async function runWaitHealthy(req: WaitHealthyRequest): Promise<WaitHealthyResult> {
  const { targets } = req.checks;
  const clock = req.clock ?? systemClock;
  const startedAt = new Date();
  req.logger.info(`wait-healthy: ${req.env}${req.app ? ` ${req.app}` : ''}${req.version ? ` ${req.version}` : ''}${req.commit ? ` at ${req.commit.slice(0, 12)}` : ''}: ${targets.length} target${targets.length === 1 ? '' : 's'} (${req.checks.labels.join('; ')})`);
  const result = await poll({
    targets, timing: req.timing, clock,
    probe: (t, timeoutMs) => probeTarget(t, req, timeoutMs),
    onSample: (s, st) => req.logger.info(progressLine(targets, s, st, req.timing)),
  });
  const healthy = result.outcome === 'healthy';
  if (!healthy) {
    const e = result.evidence;
    req.logger.error(result.reason, e ? req.whereOf?.(e.target.key) : undefined);
  }
  const report = { env: req.env, app: req.app, version: req.version, commit: req.commit, targets, timing: req.timing, result, startedAt };
  return { healthy, exitCode: healthy ? 0 : 1, result, outputs: outputs(report), summary: summary(report) };
}
