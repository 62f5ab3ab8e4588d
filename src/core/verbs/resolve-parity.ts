// parity and drift, read the same way by the action and the CLI. The action's source carries the event
// (pull_request, merge_group); the CLI's carries what it reads when --base / --head are not given.
import type { PromoteConfig, RenderChoice } from '../config/config.js';
import { policyDuration } from '../durations.js';
import { UserError, quote } from '../errors.js';
import { parseShard, type Shard } from '../scale/shard.js';
import { optionOf } from './definition.js';
import { readBool, readChoice, readText, type OptionSource } from './option-source.js';
import { MERGE_REPORTS } from './merge-reports.js';
import { DRIFT, PARITY } from './parity.js';

/** The parts of a pull_request or merge_group payload the check uses. */
export interface ParityEvent {
  name: string;
  pull_request?: { base?: { sha?: string }; head?: { sha?: string } };
  merge_group?: { base_sha?: string; head_sha?: string; base_ref?: string };
}

export interface ParitySource extends OptionSource {
  /** The event the action runs on; the CLI has none. */
  event?: ParityEvent;
  /** What the CLI compares when --base or --head is not given (origin/BRANCH after a fetch, and HEAD). */
  defaults?: () => Promise<{ base: string; head: string }>;
}

export interface ParityRequest {
  base: string;
  head: string;
  render?: RenderChoice;
  /** Where "ran" is read: the merge queue's target branch (to fetch), or a ref the CLI names. */
  history?: { branch: string } | { ref: string };
  configPath?: string;
}

const CHECK_EVENTS = ['pull_request', 'merge_group'];
const opt = (name: string) => optionOf(PARITY, name);

export type ParityMode = 'pull-request' | 'drift' | 'merge-reports';

/** auto: pull_request and merge_group check the change, every other event reports drift. */
export function parityMode(src: ParitySource): ParityMode {
  const name = src.event?.name ?? '';
  if (name === 'pull_request_target') {
    throw new UserError('verify-staging-parity must not run on pull_request_target (it would run with write access on '
      + 'code from forks); expected on: pull_request and merge_group');
  }
  const asked = readChoice<'auto' | ParityMode>(src, opt('mode')) ?? 'auto';
  const mode = asked !== 'auto' ? asked : CHECK_EVENTS.includes(name) ? 'pull-request' : 'drift';
  refuseOtherModes(src, mode);
  return mode;
}

/** An input of another mode would be ignored: say so instead (a merge step that forgot mode would report drift). */
function refuseOtherModes(src: OptionSource, mode: ParityMode): void {
  const reports = optionOf(MERGE_REPORTS, 'reports');
  const shard = optionOf(DRIFT, 'shard');
  const given = mode === 'merge-reports' ? shard : reports;
  if (readText(src, given) === undefined) return;
  const needs = given === reports ? 'merge-reports' : 'drift';
  throw new UserError(`${src.label(given)} applies to mode ${needs}, not ${mode}; expected mode: ${needs}`);
}

export async function resolveParityRequest(src: ParitySource): Promise<ParityRequest> {
  const e = src.event;
  let base = readText(src, opt('base')) ?? e?.merge_group?.base_sha ?? e?.pull_request?.base?.sha;
  let head = readText(src, opt('head')) ?? e?.merge_group?.head_sha ?? e?.pull_request?.head?.sha;
  if ((!base || !head) && src.defaults) {
    const d = await src.defaults();
    base ??= d.base;
    head ??= d.head;
  }
  if (!base || !head) {
    throw new UserError(`no base and head to compare: event ${quote(e?.name ?? '')} carries none; expected on: `
      + 'pull_request or merge_group, or inputs base and head');
  }
  const render = readChoice<RenderChoice>(src, opt('render'));
  const historyRef = readText(src, opt('history-ref'));
  // In the merge queue, base_sha may hold PRs queued ahead: "ran" means on the target branch itself.
  const queue = e?.merge_group?.base_ref?.replace(/^refs\/heads\//, '');
  const history = historyRef !== undefined ? { ref: historyRef } : queue ? { branch: queue } : undefined;
  return { base, head, render, history, configPath: readText(src, opt('config')) };
}

export interface DriftRequest {
  behindAfterMs?: number;
  live: boolean;
  failOnDrift: boolean;
  trackingIssue: boolean;
}

/** The drift options once the config of the commit being reported on is known: options > config. */
export function resolveDriftRequest(src: OptionSource, config: PromoteConfig): DriftRequest {
  const o = (name: string) => optionOf(DRIFT, name);
  const behind = readText(src, o('behind-after')) ?? config.drift.behindAfter;
  let behindAfterMs: number | undefined;
  try {
    behindAfterMs = behind ? policyDuration(behind) : undefined;
  } catch (e) {
    throw new UserError(`${src.label(o('behind-after'))}: ${(e as Error).message}`);
  }
  const live = readBool(src, o('live'));
  if (live && !config.drift.live) {
    const file = config.file ?? 'gitops-promote.yaml';
    throw new UserError(`${src.label(o('live'))} needs drift.live endpoints in ${file}; `
      + 'expected drift: {live: {prod: {url: ...}}}');
  }
  const failOnDrift = readBool(src, o('fail-on-drift'));
  return { behindAfterMs, live, failOnDrift, trackingIssue: readBool(src, o('tracking-issue')) };
}

/**
 * drift's shard, before anything is read. A shard sees some apps only: failing on drift and the tracking issue
 * are the merge-reports step's, decided on all of them (and one issue written by N jobs would flap).
 */
export function resolveDriftShard(src: OptionSource): Shard | undefined {
  const o = (name: string) => optionOf(DRIFT, name);
  const text = readText(src, o('shard'));
  const shard = text === undefined ? undefined : parseShard(text, src.label(o('shard')));
  if (!shard) {
    if (readText(src, o('report-file')) !== undefined) {
      throw new UserError(`${src.label(o('report-file'))} needs ${src.label(o('shard'))}; expected shard: I/N`);
    }
    return undefined;
  }
  for (const name of ['fail-on-drift', 'tracking-issue']) {
    if (readBool(src, o(name))) {
      throw new UserError(`${src.label(o(name))} does not apply to one shard; expected it on merge-reports`);
    }
  }
  return shard;
}
