// The required check on config-repo PRs: every target whose version a change moves must have that version in
// the previous environment first (policy parity: current | ever | soak:<duration>), unless it is a rollback.
// Only files the change touches are read, so a 5,000-app repository is checked in the time of a few files.
import { sameEnv, type Environment } from '../config/environments.js';
import { UserError } from '../errors.js';
import { promotionRecords, PROMOTION_GREP, type PromotionRecord } from '../history/promotions.js';
import { VersionHistory } from '../history/version-history.js';
import { discoverLayout, previousEnv, targetsOf, type Layout, type Target } from '../layout.js';
import { checkTag } from '../policy/tag-policy.js';
import { sameVersion } from '../policy/versions.js';
import type { GitPort } from '../ports.js';
import { configAt } from '../promote/config-at.js';
import type { RepoSnapshot } from '../repo-snapshot.js';
import { readTargetVersion } from '../target-version.js';
import { formatDuration, policyDuration as parseDuration } from '../durations.js';

export type Verdict = 'ok' | 'rollback' | 'violation';

export interface ParityRow {
  app: string;
  env: string;
  region?: string;
  file: string;
  line: number;
  old?: string;
  new?: string;
  previousEnv?: string;
  /** What the previous environment runs at head (", "-joined when its targets disagree). */
  previousVersion?: string;
  verdict: Verdict;
  rule?: 'parity' | 'same-change' | 'tag-pattern' | 'no-latest' | 'regions-disagree' | 'invalid-file' | 'soak';
  reason: string;
}

export interface ParityReport { base: string; head: string; rows: ParityRow[]; violations: ParityRow[]; ok: boolean }

interface Read { version?: string; line: number; error?: UserError }

class Reader {
  private cache = new Map<string, Promise<Read>>();
  constructor(private readonly snap: RepoSnapshot) {}
  read(t: Target): Promise<Read> {
    const key = `${t.file}\0${t.image ?? ''}\0${t.path ?? ''}\0${t.document ?? ''}\0${t.app}`;
    let r = this.cache.get(key);
    if (!r) {
      r = (async (): Promise<Read> => {
        if (!this.snap.files.includes(t.file)) return { line: 1 };
        try {
          return readTargetVersion(await this.snap.read(t.file), t);
        } catch (e) {
          if (e instanceof UserError) return { line: e.line ?? 1, error: e };
          throw e;
        }
      })();
      this.cache.set(key, r);
    }
    return r;
  }
}

const versionsText = (vs: (string | undefined)[]): string => [...new Set(vs.map((v) => v ?? 'none'))].join(', ');

export interface ParityOptions { now: Date; configPath?: string; singleAppName: string }

export async function checkParity(git: GitPort, base: string, head: string, opts: ParityOptions): Promise<ParityReport> {
  // A PR may be behind its base branch: its own change is fork-point..head, and after merging, the files it
  // touches come from head and every other file from base. (For merge_group, head contains base: fork = base.)
  const fork = (await git.mergeBase(base, head)) ?? base;
  const [baseSnap, headSnap, forkSnap, changed] = await Promise.all([git.snapshot(base), git.snapshot(head), git.snapshot(fork), git.changedFiles(fork, head)]);
  const touched = new Set(changed);
  const rows: ParityRow[] = [];
  const configFile = opts.configPath ?? 'gitops-promote.yaml';
  const configProblem = (e: unknown): ParityReport => {
    if (!(e instanceof UserError)) throw e;
    const row: ParityRow = { app: '(config)', env: '-', file: e.file ?? configFile, line: e.line ?? 1, verdict: 'violation', rule: 'invalid-file', reason: e.message };
    return { base, head, rows: [row], violations: [row], ok: false };
  };
  // A config the change breaks is a violation of its own...
  if (touched.has(configFile) && headSnap.files.includes(configFile)) {
    try {
      await configAt(headSnap, opts.configPath);
    } catch (e) {
      return configProblem(e);
    }
  }
  // ...but the rules come from the base branch: a change cannot loosen the check that judges it.
  let config;
  try {
    config = await configAt(baseSnap.files.includes(configFile) ? baseSnap : headSnap, opts.configPath);
  } catch (e) {
    return configProblem(e);
  }
  // Targets as the merge would leave the repository: base's files plus the change's.
  const mergedFiles = [...new Set([...baseSnap.files.filter((f) => !touched.has(f) || headSnap.files.includes(f)), ...headSnap.files.filter((f) => touched.has(f))])];
  const layout: Layout = discoverLayout(config, mergedFiles, opts.singleAppName);
  const candidates = layout.targets.filter((t) => touched.has(t.file));
  const atHead = new Reader(headSnap);
  const atBase = new Reader(baseSnap);
  const atFork = new Reader(forkSnap);
  const merged = { read: (t: Target): Promise<Read> => (touched.has(t.file) ? atHead : atBase).read(t) };

  // History only when something changed: what ran before is read from the base branch, never from the change
  // (a commit in the change could claim anything); only rollback commits in the change count from it.
  let history: VersionHistory | undefined;
  let inChange: PromotionRecord[] = [];
  const loadHistory = async (): Promise<VersionHistory> => {
    if (!history) {
      history = new VersionHistory(promotionRecords(await git.log(base, { grep: PROMOTION_GREP })));
      inChange = promotionRecords(await git.log(`${fork}..${head}`, { grep: PROMOTION_GREP })).filter((r) => r.kind === 'rollback');
    }
    return history;
  };

  const moved: { t: Target; env: Environment; now: Read; before: Read }[] = [];
  for (const t of candidates) {
    // "old" is the value where the change branched off: what the PR's diff shows.
    const [now, before] = await Promise.all([atHead.read(t), atFork.read(t)]);
    if (now.error) {
      rows.push({ app: t.app, env: t.env, region: t.region, file: t.file, line: now.line, old: before.version, verdict: 'violation', rule: 'invalid-file', reason: now.error.message });
      continue;
    }
    if (now.version === before.version) continue; // the file changed, its version did not
    moved.push({ t, env: layout.envs.find((e) => e.name === t.env) as Environment, now, before });
  }

  for (const { t, env, now, before } of moved) {
    const v = now.version as string | undefined;
    const row: ParityRow = { app: t.app, env: t.env, region: t.region, file: t.file, line: now.line, old: before.version, new: v, verdict: 'ok', reason: '' };
    rows.push(row);
    const fail = (rule: ParityRow['rule'], reason: string): void => {
      row.verdict = 'violation';
      row.rule = rule;
      row.reason = reason;
    };
    if (v === undefined) {
      row.reason = 'version removed';
      continue;
    }
    const tag = checkTag(v, config.policy.tagPattern);
    if (tag) {
      fail(tag.rule as ParityRow['rule'], tag.message);
      continue;
    }
    const prev = previousEnv(layout, env);
    const h = await loadHistory();
    // Rollbacks pass: a version this env ran before, or a rollback commit in the change.
    const rollbackCommit = inChange.find((r) => r.app === t.app && sameEnv(r.env, t.env) && sameVersion(r.version, v));
    if (rollbackCommit || h.ran(t.app, t.env, v)) {
      row.verdict = 'rollback';
      row.reason = rollbackCommit ? `rollback commit ${rollbackCommit.sha.slice(0, 12)} (Rollback-Of ${rollbackCommit.rollbackOf?.slice(0, 12) ?? '?'})` : `${t.env} ran ${v} before`;
      continue;
    }
    if (!prev) {
      row.reason = `${t.env} is the first environment`;
      continue;
    }
    row.previousEnv = prev.name;
    const prevTargets = targetsOf(layout, t.app, prev.name);
    const prevNow = await Promise.all(prevTargets.map((p) => merged.read(p)));
    const prevBefore = await Promise.all(prevTargets.map((p) => atFork.read(p)));
    row.previousVersion = prevTargets.length ? versionsText(prevNow.map((r) => r.version)) : undefined;
    const runsNow = prevTargets.length > 0 && prevNow.every((r) => sameVersion(r.version, v));
    const movedTogether = prevTargets.some((_, i) => sameVersion(prevNow[i]?.version, v) && !sameVersion(prevBefore[i]?.version, v));
    if (movedTogether && !config.policy.allowSameChange) {
      fail('same-change', `this change moves ${prev.name} to ${v} too: ${t.env} and ${prev.name} changing together is a skip of ${prev.name} in disguise; expected ${prev.name} first, in its own change (or policy.allowSameChange)`);
      continue;
    }
    const parity = config.policy.parity;
    if (parity === 'current') {
      if (!runsNow) fail('parity', `${v} is not running in ${prev.name} (it runs ${row.previousVersion ?? 'nothing'}); expected ${prev.name} to run it first`);
      else row.reason = `${prev.name} runs ${v}`;
    } else if (parity === 'ever') {
      if (!runsNow && !h.ran(t.app, prev.name, v)) fail('parity', `${v} never ran in ${prev.name}; expected it there first`);
      else row.reason = runsNow ? `${prev.name} runs ${v}` : `${prev.name} ran ${v}`;
    } else {
      const need = parseDuration(parity.slice('soak:'.length));
      const since = runsNow ? h.runningSince(t.app, prev.name, v) : undefined;
      if (!runsNow) fail('soak', `${v} is not running in ${prev.name} (it runs ${row.previousVersion ?? 'nothing'}); expected it to soak there for ${parity.slice(5)} first`);
      else if (!since) fail('soak', `${prev.name} runs ${v}, but no promotion commit says since when; expected it promoted there by gitops-promote, ${parity.slice(5)} ago at least`);
      else {
        const soaked = opts.now.getTime() - Date.parse(since);
        if (soaked < need) fail('soak', `${v} has run in ${prev.name} for ${formatDuration(soaked)} (since ${since}); policy needs ${parity.slice(5)}`);
        else row.reason = `${v} has run in ${prev.name} for ${formatDuration(soaked)}`;
      }
    }
  }

  // All regions of an env must agree after the change, unless the env is staggered.
  const envsMoved = new Map<string, Set<string>>();
  for (const m of moved) envsMoved.set(`${m.t.app}\0${m.t.env}`, new Set());
  for (const key of envsMoved.keys()) {
    const [app, envName] = key.split('\0') as [string, string];
    const env = layout.envs.find((e) => e.name === envName);
    if (!env || env.staggered) continue;
    const ts = targetsOf(layout, app, envName);
    const vs = await Promise.all(ts.map((t) => merged.read(t)));
    // An unreadable file is its own violation; it says nothing about whether the regions agree.
    if (vs.some((r) => r.error)) continue;
    if (new Set(vs.map((r) => r.version ?? 'none')).size > 1) {
      for (const row of rows.filter((r) => r.app === app && r.env === envName && r.verdict !== 'violation')) {
        row.verdict = 'violation';
        row.rule = 'regions-disagree';
        row.reason = `the regions of ${envName} would run different versions (${ts.map((t, i) => `${t.region ?? t.file}: ${vs[i]?.version ?? 'none'}`).join(', ')}); expected them to agree (or environments: staggered: true)`;
      }
    }
  }
  const violations = rows.filter((r) => r.verdict === 'violation');
  return { base, head, rows, violations, ok: violations.length === 0 };
}

