// The staging-parity check (checkParity) on in-memory repositories: every rule, with histories written as the
// promote and rollback commands write them (the real message formatters), and a fixed `now` for soak.
import { describe, expect, it } from '@jest/globals';
import { formatDuration, policyDuration } from '../../src/core/durations.js';
import { checkParity, type ParityReport, type ParityRow } from '../../src/core/parity/check-parity.js';
import { paritySummary } from '../../src/core/parity/report.js';
import type { CommitInfo } from '../../src/core/ports.js';
import { promotionMessage } from '../../src/core/promote/commit-message.js';
import { rollbackMessage } from '../../src/core/rollback/plan-rollback.js';
import { MemoryGit, kustomization, overlay, type FileMap } from '../support/memory-repo.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const hoursBefore = (h: number): string => new Date(NOW.getTime() - h * 3_600_000).toISOString();
/** The line of newTag in kustomization(): what annotations must point at. */
const TAG_LINE = 7;

/** MemoryGit with a record of log() calls (history is read only when a version moves) and dated commits. */
class HistoryGit extends MemoryGit {
  logCalls: string[] = [];

  override async log(ref: string, opts: { grep?: string; paths?: string[]; max?: number } = {}): Promise<CommitInfo[]> {
    this.logCalls.push(ref);
    return super.log(ref, opts);
  }

  /** Commits `changes` on main (like a merged change) with `message`, optionally dated. */
  land(changes: FileMap, message: string, date?: string): string {
    const sha = this.advanceRemote(changes, message);
    if (date) this.date(sha, date);
    return sha;
  }

  /** A commit on top of `parent` that is not on main (a pull request's branch). */
  async branch(parent: string, changes: FileMap, message = 'edit overlays'): Promise<string> {
    return this.commit(parent, new Map(Object.entries(changes)), message);
  }

  date(sha: string, iso: string): void {
    const c = this.commits.get(sha);
    if (!c) throw new Error(`no commit ${sha}`);
    c.date = iso;
  }
}

const promo = (app: string, env: string, version: string, previous: string[], from?: string, extra: { gateSkipped?: string } = {}): string =>
  promotionMessage({ app, env, version, previous, from, by: 'ci', targets: [], ...extra });

const rollback = (app: string, env: string, bad: string, good: string, rollbackOf: string): string =>
  rollbackMessage({ app, env, bad, good, rollbackOf, by: 'oncall', reason: 'errors up', targets: [] });

/** web and api in dev, staging and prod (regions eu and us); everything at `v`, then `over` applied. */
function files(over: Record<string, string | undefined> = {}, v = 'v1.0.0'): Record<string, string> {
  const out: Record<string, string> = { 'README.md': '# config\n' };
  for (const app of ['web', 'api']) for (const dir of ['dev', 'staging', 'prod-eu', 'prod-us']) out[overlay(app, dir)] = kustomization(app, v);
  for (const [key, version] of Object.entries(over)) {
    const [app, dir] = key.split(':') as [string, string];
    out[overlay(app, dir)] = kustomization(app, version);
  }
  return out;
}

/** `app:dir` → version, as overlay file contents. */
const set = (over: Record<string, string | undefined>): Record<string, string> =>
  Object.fromEntries(Object.entries(over).map(([key, version]) => {
    const [app, dir] = key.split(':') as [string, string];
    return [overlay(app, dir), kustomization(app, version)];
  }));

const check = (git: MemoryGit, base: string, head: string, now = NOW): Promise<ParityReport> => checkParity(git, base, head, { now, singleAppName: 'config' });

/** The fields a reader of the summary cares about, one row per moved target. */
const brief = (r: ParityReport): Pick<ParityRow, 'app' | 'env' | 'region' | 'verdict' | 'rule'>[] =>
  r.rows.map((x) => ({ app: x.app, env: x.env, region: x.region, verdict: x.verdict, rule: x.rule }));

describe('checkParity, policy current (the default)', () => {
  it('passes a prod change to the version staging runs, with the row the summary shows', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.1.0', 'web:staging': 'v1.1.0' }));
    const base = git.tip();
    const head = await git.branch(base, set({ 'web:prod-eu': 'v1.1.0', 'web:prod-us': 'v1.1.0' }));
    const r = await check(git, base, head);
    expect(r.ok).toBe(true);
    expect(r.violations).toEqual([]);
    expect(r.rows).toEqual(['eu', 'us'].map((region) => ({
      app: 'web', env: 'prod', region, file: overlay('web', `prod-${region}`), line: TAG_LINE,
      old: 'v1.0.0', new: 'v1.1.0', previousEnv: 'staging', previousVersion: 'v1.1.0', verdict: 'ok', reason: 'staging runs v1.1.0',
    })));
    expect({ base: r.base, head: r.head }).toEqual({ base, head });
  });

  it('fails a prod change to a version staging does not run, on the exact file and line of each value', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.2.0', 'web:staging': 'v1.1.0' }));
    const base = git.tip();
    const head = await git.branch(base, set({ 'web:prod-eu': 'v1.2.0', 'web:prod-us': 'v1.2.0' }));
    const r = await check(git, base, head);
    expect(r.ok).toBe(false);
    expect(r.violations).toHaveLength(2);
    expect(r.violations.map((v) => [v.file, v.line, v.rule, v.verdict])).toEqual([
      [overlay('web', 'prod-eu'), TAG_LINE, 'parity', 'violation'],
      [overlay('web', 'prod-us'), TAG_LINE, 'parity', 'violation'],
    ]);
    expect(r.violations[0]?.reason).toBe('v1.2.0 is not running in staging (it runs v1.1.0); expected staging to run it first');
    expect(r.violations[0]?.previousVersion).toBe('v1.1.0');
  });

  it('fails under current a version staging ran before but does not run now', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.2.0', 'web:staging': 'v1.1.0' }));
    git.land(set({ 'web:staging': 'v1.2.0' }), promo('web', 'staging', 'v1.2.0', ['v1.1.0'], 'dev'));
    git.land(set({ 'web:staging': 'v1.3.0', 'web:dev': 'v1.3.0' }), promo('web', 'staging', 'v1.3.0', ['v1.2.0'], 'dev'));
    const base = git.tip();
    const head = await git.branch(base, set({ 'web:prod-eu': 'v1.2.0', 'web:prod-us': 'v1.2.0' }));
    const r = await check(git, base, head);
    expect(brief(r)).toEqual([
      { app: 'web', env: 'prod', region: 'eu', verdict: 'violation', rule: 'parity' },
      { app: 'web', env: 'prod', region: 'us', verdict: 'violation', rule: 'parity' },
    ]);
  });

  it('compares tags when only one side pins a digest', async () => {
    const dig = `sha256:${'b'.repeat(64)}`;
    const git = new HistoryGit(files({ 'web:staging': `v1.1.0@${dig}` }));
    const base = git.tip();
    const head = await git.branch(base, set({ 'web:prod-eu': 'v1.1.0', 'web:prod-us': 'v1.1.0' }));
    const r = await check(git, base, head);
    expect(r.ok).toBe(true);
    expect(r.rows.map((x) => x.reason)).toEqual([`staging runs v1.1.0`, 'staging runs v1.1.0']);
  });

  it('requires every target of a regional previous env to run the version', async () => {
    // api has regional staging overlays instead of one staging overlay.
    const regional = files();
    delete regional[overlay('api', 'staging')];
    const g2 = new HistoryGit({ ...regional, ...set({ 'api:staging-eu': 'v2.0.0', 'api:staging-us': 'v1.9.0' }) });
    const base = g2.tip();
    const head = await g2.branch(base, set({ 'api:prod-eu': 'v2.0.0', 'api:prod-us': 'v2.0.0' }));
    const r = await check(g2, base, head);
    expect(r.violations.map((v) => v.rule)).toEqual(['parity', 'parity']);
    expect(r.violations[0]?.previousVersion).toBe('v2.0.0, v1.9.0');
    expect(r.violations[0]?.reason).toBe('v2.0.0 is not running in staging (it runs v2.0.0, v1.9.0); expected staging to run it first');
  });
});

describe('checkParity, policy ever', () => {
  const config = 'policy:\n  parity: ever\n';

  it('passes a version the previous env ran at some point in history, and says so', async () => {
    const git = new HistoryGit({ ...files({ 'web:dev': 'v1.3.0', 'web:staging': 'v1.1.0' }), 'gitops-promote.yaml': config });
    git.land(set({ 'web:staging': 'v1.2.0' }), promo('web', 'staging', 'v1.2.0', ['v1.1.0'], 'dev'));
    git.land(set({ 'web:staging': 'v1.3.0' }), promo('web', 'staging', 'v1.3.0', ['v1.2.0'], 'dev'));
    const base = git.tip();
    const head = await git.branch(base, set({ 'web:prod-eu': 'v1.2.0', 'web:prod-us': 'v1.2.0' }));
    const r = await check(git, base, head);
    expect(r.ok).toBe(true);
    expect(r.rows.map((x) => [x.verdict, x.reason])).toEqual([['ok', 'staging ran v1.2.0'], ['ok', 'staging ran v1.2.0']]);
  });

  it('counts a Previous-Version trailer as having run there', async () => {
    const git = new HistoryGit({ ...files({ 'web:staging': 'v1.0.5' }), 'gitops-promote.yaml': config });
    git.land(set({ 'web:staging': 'v1.1.0', 'web:dev': 'v1.1.0' }), promo('web', 'staging', 'v1.1.0', ['v1.0.5'], 'dev'));
    const base = git.tip();
    const head = await git.branch(base, set({ 'web:prod-eu': 'v1.0.5', 'web:prod-us': 'v1.0.5' }));
    expect((await check(git, base, head)).ok).toBe(true);
  });

  it('fails a version the previous env never ran', async () => {
    const git = new HistoryGit({ ...files({ 'web:dev': 'v1.4.0', 'web:staging': 'v1.3.0' }), 'gitops-promote.yaml': config });
    git.land(set({ 'web:staging': 'v1.3.0' }), promo('web', 'staging', 'v1.3.0', ['v1.2.0'], 'dev'));
    const base = git.tip();
    const head = await git.branch(base, set({ 'web:prod-eu': 'v1.4.0', 'web:prod-us': 'v1.4.0' }));
    const r = await check(git, base, head);
    expect(r.violations.map((v) => [v.rule, v.reason])).toEqual([
      ['parity', 'v1.4.0 never ran in staging; expected it there first'],
      ['parity', 'v1.4.0 never ran in staging; expected it there first'],
    ]);
  });
});

describe('checkParity, policy soak:<duration> (fixed now)', () => {
  const soakRepo = (promotedHoursAgo: number): { git: HistoryGit; base: string } => {
    const git = new HistoryGit({ ...files({ 'web:dev': 'v1.1.0' }), 'gitops-promote.yaml': 'policy:\n  parity: soak:24h\n' });
    git.land(set({ 'web:staging': 'v1.1.0' }), promo('web', 'staging', 'v1.1.0', ['v1.0.0'], 'dev'), hoursBefore(promotedHoursAgo));
    git.land({ 'README.md': '# config, later\n' }, 'docs', hoursBefore(1));
    return { git, base: git.tip() };
  };

  it('passes once the version has run in the previous env for the duration', async () => {
    const { git, base } = soakRepo(25);
    const head = await git.branch(base, set({ 'web:prod-eu': 'v1.1.0', 'web:prod-us': 'v1.1.0' }));
    const r = await check(git, base, head);
    expect(r.ok).toBe(true);
    expect(r.rows[0]?.reason).toBe('v1.1.0 has run in staging for 25h');
  });

  it('fails while it has not soaked long enough, saying since when and how long is needed', async () => {
    const { git, base } = soakRepo(23);
    const head = await git.branch(base, set({ 'web:prod-eu': 'v1.1.0', 'web:prod-us': 'v1.1.0' }));
    const r = await check(git, base, head);
    expect(r.violations.map((v) => v.rule)).toEqual(['soak', 'soak']);
    expect(r.violations[0]?.reason).toBe(`v1.1.0 has run in staging for 23h (since ${hoursBefore(23)}); policy needs 24h`);
    // The same repository a little later passes: only `now` decides.
    expect((await check(git, base, head, new Date(NOW.getTime() + 2 * 3_600_000))).ok).toBe(true);
  });

  it('counts from the start of the latest stretch: a version re-promoted after another one starts over', async () => {
    const git = new HistoryGit({ ...files({ 'web:dev': 'v1.2.0' }), 'gitops-promote.yaml': 'policy:\n  parity: soak:2d\n' });
    git.land(set({ 'web:staging': 'v1.1.0' }), promo('web', 'staging', 'v1.1.0', ['v1.0.0'], 'dev'), hoursBefore(24 * 10));
    const bad = git.land(set({ 'web:staging': 'v1.2.0' }), promo('web', 'staging', 'v1.2.0', ['v1.1.0'], 'dev'), hoursBefore(24 * 5));
    git.land(set({ 'web:staging': 'v1.1.0' }), rollback('web', 'staging', 'v1.2.0', 'v1.1.0', bad), hoursBefore(24));
    const base = git.tip();
    const head = await git.branch(base, set({ 'web:prod-eu': 'v1.1.0', 'web:prod-us': 'v1.1.0' }));
    const r = await check(git, base, head);
    expect(r.violations[0]?.reason).toBe(`v1.1.0 has run in staging for 24h (since ${hoursBefore(24)}); policy needs 2d`);
  });

  it('fails when the previous env runs the version but no promotion commit says since when', async () => {
    const git = new HistoryGit({ ...files({ 'web:dev': 'v1.1.0', 'web:staging': 'v1.1.0' }), 'gitops-promote.yaml': 'policy:\n  parity: soak:24h\n' });
    const base = git.tip();
    const head = await git.branch(base, set({ 'web:prod-eu': 'v1.1.0', 'web:prod-us': 'v1.1.0' }));
    const r = await check(git, base, head);
    expect(r.violations[0]?.rule).toBe('soak');
    expect(r.violations[0]?.reason).toBe('staging runs v1.1.0, but no promotion commit says since when; expected it promoted there by gitops-promote, 24h ago at least');
  });

  it('fails when the previous env does not run the version at all', async () => {
    const { git, base } = soakRepo(100);
    const head = await git.branch(base, set({ 'web:prod-eu': 'v9.0.0', 'web:prod-us': 'v9.0.0' }));
    const r = await check(git, base, head);
    expect(r.violations[0]?.reason).toBe('v9.0.0 is not running in staging (it runs v1.1.0); expected it to soak there for 24h first');
  });
});

describe('checkParity, rollbacks pass', () => {
  it('passes a version this env ran before, from its history (verdict rollback)', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.1.0', 'web:staging': 'v1.1.0' }));
    git.land(set({ 'web:prod-eu': 'v1.1.0', 'web:prod-us': 'v1.1.0' }), promo('web', 'prod', 'v1.1.0', ['v1.0.0'], 'staging'));
    const base = git.tip();
    // Back to v1.0.0, which staging no longer runs: only history makes this legal.
    const head = await git.branch(base, set({ 'web:prod-eu': 'v1.0.0', 'web:prod-us': 'v1.0.0' }));
    const r = await check(git, base, head);
    expect(r.ok).toBe(true);
    expect(r.rows.map((x) => [x.verdict, x.reason, x.old, x.new])).toEqual([
      ['rollback', 'prod ran v1.0.0 before', 'v1.1.0', 'v1.0.0'],
      ['rollback', 'prod ran v1.0.0 before', 'v1.1.0', 'v1.0.0'],
    ]);
  });

  it('passes a version restored by a commit in the change that carries Rollback-Of, naming both commits', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.2.0', 'web:staging': 'v1.2.0', 'web:prod-eu': 'v1.2.0', 'web:prod-us': 'v1.2.0' }));
    const bad = git.land({ 'README.md': 'promoted before the tool kept trailers\n' }, 'chore: notes');
    const base = git.tip();
    // v0.9.0 is in no trailer of the history: the rollback commit itself is what makes the change legal.
    const head = await git.branch(base, set({ 'web:prod-eu': 'v0.9.0', 'web:prod-us': 'v0.9.0' }), rollback('web', 'prod', 'v1.2.0', 'v0.9.0', bad));
    const r = await check(git, base, head);
    expect(r.ok).toBe(true);
    expect(r.rows.map((x) => x.verdict)).toEqual(['rollback', 'rollback']);
    expect(r.rows[0]?.reason).toBe(`rollback commit ${head.slice(0, 12)} (Rollback-Of ${bad.slice(0, 12)})`);
  });

  it('does not let a rollback commit of another app or env excuse this change', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.2.0', 'web:staging': 'v1.2.0' }));
    const base = git.tip();
    const head = await git.branch(base, set({ 'web:prod-eu': 'v0.9.0', 'web:prod-us': 'v0.9.0' }), rollback('web', 'staging', 'v1.2.0', 'v0.9.0', base));
    const r = await check(git, base, head);
    expect(r.violations.map((v) => v.rule)).toEqual(['parity', 'parity']);
  });

  it('does not count promotion trailers written inside the change itself as history', async () => {
    // Expected: "ran before" means before the change. A pull request whose own commit carries Promoted-* trailers
    // for prod must still have the version in staging first.
    const git = new HistoryGit(files({ 'web:dev': 'v1.0.0', 'web:staging': 'v1.0.0' }));
    const base = git.tip();
    const head = await git.branch(base, set({ 'web:prod-eu': 'v7.0.0', 'web:prod-us': 'v7.0.0' }), promo('web', 'prod', 'v7.0.0', ['v1.0.0'], 'staging'));
    const r = await check(git, base, head);
    expect(brief(r)).toEqual([
      { app: 'web', env: 'prod', region: 'eu', verdict: 'violation', rule: 'parity' },
      { app: 'web', env: 'prod', region: 'us', verdict: 'violation', rule: 'parity' },
    ]);
  });

  it('gives a promotion pull request made by the tool the verdict ok (staging runs it), not rollback', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.1.0', 'web:staging': 'v1.1.0' }));
    const base = git.tip();
    const head = await git.branch(base, set({ 'web:prod-eu': 'v1.1.0', 'web:prod-us': 'v1.1.0' }), promo('web', 'prod', 'v1.1.0', ['v1.0.0'], 'staging'));
    const r = await check(git, base, head);
    expect(r.rows.map((x) => [x.verdict, x.reason])).toEqual([['ok', 'staging runs v1.1.0'], ['ok', 'staging runs v1.1.0']]);
  });
});

describe('checkParity, same change', () => {
  const both = { 'web:staging': 'v1.2.0', 'web:prod-eu': 'v1.2.0', 'web:prod-us': 'v1.2.0' };

  it('fails prod when the same change moves staging to the same new version (a skip in disguise)', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.2.0', 'web:staging': 'v1.1.0' }));
    const base = git.tip();
    const head = await git.branch(base, set(both));
    const r = await check(git, base, head);
    expect(brief(r)).toEqual([
      { app: 'web', env: 'prod', region: 'eu', verdict: 'violation', rule: 'same-change' },
      { app: 'web', env: 'prod', region: 'us', verdict: 'violation', rule: 'same-change' },
      { app: 'web', env: 'staging', region: undefined, verdict: 'ok', rule: undefined },
    ]);
    expect(r.violations[0]?.reason).toMatch(/^this change moves staging to v1\.2\.0 too: .*expected staging first, in its own change \(or policy\.allowSameChange\)$/);
  });

  it('passes both when policy.allowSameChange is true', async () => {
    const git = new HistoryGit({ ...files({ 'web:dev': 'v1.2.0', 'web:staging': 'v1.1.0' }), 'gitops-promote.yaml': 'policy:\n  allowSameChange: true\n' });
    const base = git.tip();
    const head = await git.branch(base, set(both));
    const r = await check(git, base, head);
    expect(r.ok).toBe(true);
    expect(r.rows.map((x) => [x.env, x.verdict, x.reason])).toEqual([
      ['prod', 'ok', 'staging runs v1.2.0'], ['prod', 'ok', 'staging runs v1.2.0'], ['staging', 'ok', 'dev runs v1.2.0'],
    ]);
  });

  it('still fails staging itself when dev does not run the version, even with allowSameChange', async () => {
    const git = new HistoryGit({ ...files({ 'web:dev': 'v1.1.0' }), 'gitops-promote.yaml': 'policy:\n  allowSameChange: true\n' });
    const base = git.tip();
    const head = await git.branch(base, set(both));
    const r = await check(git, base, head);
    expect(r.violations.map((v) => [v.env, v.rule])).toEqual([['staging', 'parity']]);
  });
});

describe('checkParity, regions', () => {
  it('fails a change that leaves the regions of a non-staggered env on different versions', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.1.0', 'web:staging': 'v1.1.0' }));
    const base = git.tip();
    const head = await git.branch(base, set({ 'web:prod-eu': 'v1.1.0' }));
    const r = await check(git, base, head);
    expect(r.violations.map((v) => [v.file, v.line, v.rule])).toEqual([[overlay('web', 'prod-eu'), TAG_LINE, 'regions-disagree']]);
    expect(r.violations[0]?.reason).toBe('the regions of prod would run different versions (eu: v1.1.0, us: v1.0.0); expected them to agree (or environments: staggered: true)');
  });

  it('passes a change that brings disagreeing regions back together', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.1.0', 'web:staging': 'v1.1.0', 'web:prod-eu': 'v1.1.0' }));
    const base = git.tip();
    const head = await git.branch(base, set({ 'web:prod-us': 'v1.1.0' }));
    expect((await check(git, base, head)).ok).toBe(true);
  });

  it('lets the regions of a staggered env differ', async () => {
    const config = [
      'environments:',
      '  - dev',
      '  - staging',
      '  - name: prod',
      '    regions: [eu, us]',
      '    staggered: true',
      '',
    ].join('\n');
    const git = new HistoryGit({ ...files({ 'web:dev': 'v1.1.0', 'web:staging': 'v1.1.0' }), 'gitops-promote.yaml': config });
    const base = git.tip();
    const head = await git.branch(base, set({ 'web:prod-eu': 'v1.1.0' }));
    const r = await check(git, base, head);
    expect(r.ok).toBe(true);
    expect(brief(r)).toEqual([{ app: 'web', env: 'prod', region: 'eu', verdict: 'ok', rule: undefined }]);
    // The parity rule still applies region by region.
    const bad = await git.branch(base, set({ 'web:prod-us': 'v1.5.0' }));
    expect((await check(git, base, bad)).violations.map((v) => [v.region, v.rule])).toEqual([['us', 'parity']]);
  });
});

describe('checkParity, the first env and the tag policy', () => {
  it('passes any tagged version in the first environment', async () => {
    const git = new HistoryGit(files());
    const base = git.tip();
    const head = await git.branch(base, set({ 'web:dev': 'v2.0.0' }));
    const r = await check(git, base, head);
    expect(r.rows).toEqual([{ app: 'web', env: 'dev', region: undefined, file: overlay('web', 'dev'), line: TAG_LINE, old: 'v1.0.0', new: 'v2.0.0', verdict: 'ok', reason: 'dev is the first environment' }]);
  });

  it('refuses latest, a digest alone and a non-semver tag, even in the first env', async () => {
    const git = new HistoryGit(files());
    const base = git.tip();
    const head = await git.branch(base, set({ 'web:dev': 'latest', 'api:dev': 'nightly' }));
    const r = await check(git, base, head);
    expect(r.violations.map((v) => [v.app, v.rule, v.line])).toEqual([['api', 'tag-pattern', TAG_LINE], ['web', 'no-latest', TAG_LINE]]);
    expect(r.violations[0]?.reason).toBe('tag "nightly" is not semver; expected v?MAJOR.MINOR.PATCH[-pre] such as v1.2.3 or 1.4.0-rc.1 (policy.tagPattern)');
    const digestOnly = await git.branch(base, set({ 'web:dev': `@sha256:${'c'.repeat(64)}` }));
    expect((await check(git, base, digestOnly)).violations.map((v) => v.rule)).toEqual(['no-latest']);
  });

  it('refuses latest in prod before anything else, even when staging runs latest too', async () => {
    const git = new HistoryGit(files({ 'web:staging': 'latest' }));
    const base = git.tip();
    const head = await git.branch(base, set({ 'web:prod-eu': 'latest', 'web:prod-us': 'latest' }));
    expect((await check(git, base, head)).violations.map((v) => v.rule)).toEqual(['no-latest', 'no-latest']);
  });

  it('uses policy.tagPattern when it is a regular expression', async () => {
    const git = new HistoryGit({ ...files(), 'gitops-promote.yaml': "policy:\n  tagPattern: '^build-[0-9]+$'\n" });
    const base = git.tip();
    const ok = await git.branch(base, set({ 'web:dev': 'build-42' }));
    expect((await check(git, base, ok)).ok).toBe(true);
    const bad = await git.branch(base, set({ 'web:dev': 'v2.0.0' }));
    expect((await check(git, base, bad)).violations.map((v) => [v.rule, v.reason])).toEqual([['tag-pattern', 'tag "v2.0.0" does not match policy.tagPattern ^build-[0-9]+$']]);
  });
});

describe('checkParity, what is not a version change', () => {
  it('has no row when a file changes but its version does not, and reads no history', async () => {
    const git = new HistoryGit(files());
    const base = git.tip();
    const text = kustomization('web', 'v1.0.0').replace('resources:\n', '# a comment\nresources:\n');
    const head = await git.branch(base, { [overlay('web', 'prod-eu')]: text, 'README.md': 'changed\n' });
    git.logCalls = [];
    const r = await check(git, base, head);
    expect(r).toEqual({ base, head, rows: [], violations: [], ok: true });
    expect(git.logCalls).toEqual([]);
  });

  it('passes a removed version (no newTag any more) with reason "version removed"', async () => {
    const git = new HistoryGit(files());
    const base = git.tip();
    const head = await git.branch(base, set({ 'web:prod-eu': undefined, 'web:prod-us': undefined }));
    const r = await check(git, base, head);
    expect(r.ok).toBe(true);
    expect(r.rows.map((x) => [x.file, x.line, x.old, x.new, x.verdict, x.reason])).toEqual([
      [overlay('web', 'prod-eu'), TAG_LINE - 1, 'v1.0.0', undefined, 'ok', 'version removed'],
      [overlay('web', 'prod-us'), TAG_LINE - 1, 'v1.0.0', undefined, 'ok', 'version removed'],
    ]);
    // Removed in one region only, the regions disagree.
    const one = await git.branch(base, set({ 'web:prod-eu': undefined }));
    expect((await check(git, base, one)).violations.map((v) => [v.region, v.rule])).toEqual([['eu', 'regions-disagree']]);
  });

  it('reports nothing when base and head are the same commit', async () => {
    const git = new HistoryGit(files());
    expect((await check(git, git.tip(), git.tip())).rows).toEqual([]);
  });

  it('reports only the changes of the pull request when its base branch moved on meanwhile', async () => {
    // A stale branch: made when prod ran v0.9.0 (staging v1.0.0); main has since moved web prod to v1.0.0 in a
    // merged change. The pull request only bumps api in dev. Expected: one row (api dev), nothing about web.
    const git = new HistoryGit(files({ 'web:prod-eu': 'v0.9.0', 'web:prod-us': 'v0.9.0' }));
    const forkPoint = git.tip();
    git.land(set({ 'web:prod-eu': 'v1.0.0', 'web:prod-us': 'v1.0.0' }), 'Merge pull request #7: web to prod');
    const base = git.tip();
    const head = await git.branch(forkPoint, set({ 'api:dev': 'v1.0.1' }));
    const r = await check(git, base, head);
    expect(brief(r)).toEqual([{ app: 'api', env: 'dev', region: undefined, verdict: 'ok', rule: undefined }]);
    expect(r.ok).toBe(true);
  });
});

describe('checkParity, files it cannot read', () => {
  it('reports malformed YAML in a changed overlay on its file and line, without failing the whole check', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.1.0', 'web:staging': 'v1.1.0' }));
    const base = git.tip();
    const broken = kustomization('api', 'v1.0.0').replace('    newTag: v1.0.0\n', '    newTag: [v1.0.1\n');
    const head = await git.branch(base, { ...set({ 'web:prod-eu': 'v1.1.0', 'web:prod-us': 'v1.1.0' }), [overlay('api', 'prod-eu')]: broken });
    const r = await check(git, base, head);
    expect(r.violations.map((v) => [v.file, v.line, v.rule])).toEqual([[overlay('api', 'prod-eu'), TAG_LINE, 'invalid-file']]);
    expect(r.violations[0]?.reason).toMatch(/^not valid YAML: .+; expected a YAML file$/);
    expect(r.rows.filter((x) => x.verdict === 'ok').map((x) => x.file)).toEqual([overlay('web', 'prod-eu'), overlay('web', 'prod-us')]);
  });

  it('reports a broken gitops-promote.yaml as one violation on the config file and line', async () => {
    const git = new HistoryGit({ ...files(), 'gitops-promote.yaml': 'policy:\n  parity: current\n' });
    const base = git.tip();
    const head = await git.branch(base, { 'gitops-promote.yaml': 'policy:\n  parity: sometimes\n', ...set({ 'web:prod-eu': 'v5.0.0' }) });
    const r = await check(git, base, head);
    expect(r.ok).toBe(false);
    expect(r.violations).toEqual([expect.objectContaining({ app: '(config)', env: '-', file: 'gitops-promote.yaml', line: 2, rule: 'invalid-file', verdict: 'violation' })]);
    expect(r.violations[0]?.reason).toMatch(/^policy\.parity: /);
  });

  it('reports gitops-promote.yaml that is not YAML at all on the line of the problem', async () => {
    const git = new HistoryGit({ ...files(), 'gitops-promote.yaml': 'policy:\n  parity: current\n' });
    const base = git.tip();
    const head = await git.branch(base, { 'gitops-promote.yaml': 'policy:\n  parity: current\n  allowSameChange: [true\n' });
    const r = await check(git, base, head);
    expect(r.violations.map((v) => [v.file, v.line, v.rule])).toEqual([['gitops-promote.yaml', 3, 'invalid-file']]);
    expect(r.violations[0]?.reason).toMatch(/^not valid YAML: /);
  });
});

describe('paritySummary', () => {
  it('renders one table row per moved target: app, env, old → new, previous env, verdict, reason', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.2.0', 'web:staging': 'v1.1.0' }));
    const base = git.tip();
    const head = await git.branch(base, set({ 'web:prod-eu': 'v1.2.0', 'web:prod-us': 'v1.2.0', 'api:dev': 'v3.0.0' }));
    const text = paritySummary(await check(git, base, head));
    const lines = text.split('\n');
    expect(lines[0]).toBe('### ⛔ Staging parity: 2 changes skipped the previous environment');
    expect(lines).toContain(`Compared ${base.slice(0, 12)}..${head.slice(0, 12)}.`);
    expect(lines).toContain('| app | env | change | previous env runs | verdict | reason |');
    expect(lines).toContain('| api | dev | `v1.0.0` → `v3.0.0` | — | ✅ ok | dev is the first environment |');
    expect(lines).toContain('| web | prod (eu) | `v1.0.0` → `v1.2.0` | staging: `v1.1.0` | ⛔ violation | v1.2.0 is not running in staging (it runs v1.1.0); expected staging to run it first |');
  });

  it('says so when the change moves no version', async () => {
    const git = new HistoryGit(files());
    expect(paritySummary(await check(git, git.tip(), git.tip()))).toBe('### ✅ Staging parity: every version change has run in the previous environment\n\nThis change moves no version.\n');
  });
});

describe('policy durations (soak times, behind-after)', () => {
  it('reads the units people write, alone and combined, with no upper cap', () => {
    expect(policyDuration('90s')).toBe(90_000);
    expect(policyDuration('30m')).toBe(1_800_000);
    expect(policyDuration('1h30m')).toBe(5_400_000);
    expect(policyDuration('7d')).toBe(604_800_000);
    expect(policyDuration('2w')).toBe(1_209_600_000);
    expect(policyDuration('8w')).toBe(4_838_400_000);
    expect(policyDuration('500ms')).toBe(500);
  });

  it('refuses anything else with what it expected', () => {
    expect(() => policyDuration('')).toThrow('duration is empty; expected a duration such as 500ms, 5s, 10m, 1h30m or 7d');
    for (const bad of ['7', 'd', '1y', '1h 30m', '-1h', '1h30']) expect(() => policyDuration(bad)).toThrow(/is not a duration \(at .*\); expected a duration such as 500ms/);
  });

  it('formats soak times for people, in days from two days up', () => {
    expect(formatDuration(45 * 60_000)).toBe('45m');
    expect(formatDuration(90 * 60_000)).toBe('1h30m');
    expect(formatDuration(47 * 3_600_000)).toBe('47h');
    expect(formatDuration(49 * 3_600_000)).toBe('2d1h');
    expect(formatDuration(72 * 3_600_000)).toBe('3d');
  });
});
