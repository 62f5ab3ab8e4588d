// wait-healthy from resolved checks to a verdict: probes every target through the ports, polls, reports.
// The action and the CLI only gather inputs and print what this returns.
import type { HttpPort, KubePort, Logger, Where } from '../ports.js';
import { probeArgo } from './argocd-check.js';
import { probeHttp } from './http-check.js';
import { probeKube } from './kube-check.js';
import type { LineagePort } from './lineage.js';
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
  /** The config repository's history, to recognise a synced revision that descends from the commit. */
  lineage?: LineagePort;
  logger: Logger;
  clock?: Clock;
  /** File and line of a check's key (config checks), for annotations. */
  whereOf?: (key: string) => Where | undefined;
}

/** The project's exit codes: 0 done (healthy), 1 refused or unhealthy, 3 could not decide (2 is bad input). */
export const EXIT_CODES = { healthy: 0, unhealthy: 1, unknown: 3 } as const;

export interface WaitHealthyResult {
  healthy: boolean;
  verdict: PollResult['outcome'];
  /** 0 healthy, 1 unhealthy, 3 unknown. */
  exitCode: 0 | 1 | 3;
  result: PollResult;
  outputs: Record<string, string>;
  summary: string;
}

export interface ProbePorts { http: HttpPort; kube: KubePort; lineage?: LineagePort }

export function probeTarget(t: Target, ports: ProbePorts, timeoutMs: number): Promise<Observation> {
  switch (t.type) {
    case 'http': return probeHttp(t, ports.http, timeoutMs);
    case 'prometheus': return probePrometheus(t, ports.http, timeoutMs);
    case 'argocd': return probeArgo(t, ports, timeoutMs);
    case 'flux':
    case 'kubernetes':
    case 'rollout': return probeKube(t, ports, timeoutMs);
  }
}

/** Do any checks compare a synced revision with the commit (so the config repository's history is needed)? */
export const comparesCommits = (checks: ResolvedChecks): boolean =>
  checks.targets.some((t) => (t.type === 'argocd' || t.type === 'flux') && !!t.commit);

export async function runWaitHealthy(req: WaitHealthyRequest): Promise<WaitHealthyResult> {
  // The commit may have been resolved to its full sha since the checks were planned (history needs it).
  const targets = req.checks.targets.map((t) =>
    ((t.type === 'argocd' || t.type === 'flux') && t.commit && req.commit ? { ...t, commit: req.commit } : t));
  const clock = req.clock ?? systemClock;
  const startedAt = new Date();
  req.logger.info(`wait-healthy: ${req.env}${req.app ? ` ${req.app}` : ''}${req.version ? ` ${req.version}` : ''}` +
    `${req.commit ? ` at ${req.commit.slice(0, 12)}` : ''}: ` +
    `${targets.length} target${targets.length === 1 ? '' : 's'} (${req.checks.labels.join('; ')})`);
  const result = await poll({
    targets, timing: req.timing, clock,
    probe: (t, timeoutMs) => probeTarget(t, req, timeoutMs),
    onSample: (s, st) => req.logger.info(progressLine(targets, s, st, req.timing)),
  });
  const healthy = result.outcome === 'healthy';
  const where = result.evidence ? req.whereOf?.(result.evidence.target.key) : undefined;
  if (!healthy) req.logger.error(result.reason, where);
  const report = {
    env: req.env, app: req.app, version: req.version, commit: req.commit,
    targets, timing: req.timing, result, startedAt,
  };
  const exitCode = EXIT_CODES[result.outcome];
  return { healthy, verdict: result.outcome, exitCode, result, outputs: outputs(report), summary: summary(report) };
}
