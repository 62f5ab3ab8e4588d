// The staging-parity check (checkParity, second edition) on in-memory repositories, static model (no renderer):
// every rule, with "ran", "runs" and soak time read from the content of the base branch's first-parent history.
// Commit trailers (written with the real promote and rollback message formatters) label commits for people and
// are never evidence: each test that uses them asserts they change nothing. A fixed `now` decides soak.
import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { formatDuration, policyDuration } from '../../src/core/durations.js';
import { checkParity, type ParityReport, type ParityRow } from '../../src/core/parity/check-parity.js';
import { paritySummary } from '../../src/core/parity/report.js';
import type { HistoryCommit } from '../../src/core/ports.js';
import { promotionMessage } from '../../src/core/promote/commit-message.js';
import { rollbackMessage } from '../../src/core/rollback/plan-rollback.js';
import { MemoryGit, kustomization, overlay } from '../support/memory-repo.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const hoursBefore = (h: number): string => new Date(NOW.getTime() - h * 3_600_000).toISOString();
/** The line of newTag in kustomization(): where rows and annotations point. */
const TAG_LINE = 7;
const img = (app: string, version: string): string => `ghcr.io/acme/${app}:${version}`;
const short = (sha: string): string => sha.slice(0, 12);

type Changes = Record<string, string | null>;

/** MemoryGit with a record of history reads (history is read only when an image is new), dated commits, deletes. */
class HistoryGit extends MemoryGit {
  historyCalls: string[] = [];
  private extra = 0;

  override async firstParentChanges(ref: string, paths?: readonly string[]): Promise<HistoryCommit[]> {
    this.historyCalls.push(ref);
    return super.firstParentChanges(ref, paths);
  }

  /** Commits `changes` on main (like a merged change) with `message`, optionally dated. */
  land(changes: Record<string, string>, message: string, date?: string): string {
    const sha = this.advanceRemote(changes, message);
    if (date) this.date(sha, date);
    return sha;
  }

  /** A commit on top of `parent` that is not on main (a pull request's branch); null deletes a file. */
  branch(parent: string, changes: Changes, message = 'edit overlays'): string {
    const parentCommit = this.commits.get(parent);
    if (!parentCommit) throw new Error(`no commit ${parent}`);
    const files = new Map(parentCommit.files);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) files.delete(k);
      else files.set(k, v);
    }
    const sha = createHash('sha1').update(`${parent}\0${++this.extra}\0${message}`).digest('hex');
    this.commits.set(sha, { sha, parent, files, message, author: 'dev', date: NOW.toISOString() });
    return sha;
  }

  date(sha: string, iso: string): void {
    const c = this.commits.get(sha);
    if (!c) throw new Error(`no commit ${sha}`);
    c.date = iso;
  }
}

const promo = (app: string, env: string, version: string, previous: string[], from?: string): string =>
  promotionMessage({ app, env, version, previous, from, by: 'ci', targets: [] });

const rollback = (app: string, env: string, bad: string, good: string, rollbackOf: string): string =>
  rollbackMessage({ app, env, bad, good, rollbackOf, by: 'oncall', reason: 'errors up', targets: [] });

function deployment(app: string): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${app}`,
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    `        - name: ${app}`,
    `          image: ghcr.io/acme/${app}:v0.0.1`,
    '        - name: envoy',
    '          image: docker.io/envoyproxy/envoy:v1.29.1',
    '',
  ].join('\n');
}

const DEPLOYMENT = (app: string): string => `apps/${app}/base/deployment.yaml`;

/** web and api in dev, staging and prod (regions eu and us), with real bases; everything at `v`, then `over`. */
function files(over: Record<string, string | undefined> = {}, v = 'v1.0.0'): Record<string, string> {
  const out: Record<string, string> = { 'README.md': '# config\n' };
  for (const app of ['web', 'api']) {
    out[`apps/${app}/base/kustomization.yaml`] = 'resources:\n  - deployment.yaml\n';
    out[DEPLOYMENT(app)] = deployment(app);
    for (const dir of ['dev', 'staging', 'prod-eu', 'prod-us']) out[overlay(app, dir)] = kustomization(app, v);
  }
  return { ...out, ...set(over) };
}

/** `app:dir` → version, as overlay file contents. */
const set = (over: Record<string, string | undefined>): Record<string, string> =>
  Object.fromEntries(Object.entries(over).map(([key, version]) => {
    const [app, dir] = key.split(':') as [string, string];
    return [overlay(app, dir), kustomization(app, version)];
  }));

/** Both prod regions of `app` at `version`. */
const prod = (version: string, app = 'web'): Record<string, string> =>
  set({ [`${app}:prod-eu`]: version, [`${app}:prod-us`]: version });

interface CheckOptions { now?: Date; historyRef?: string }
const check = (git: MemoryGit, base: string, head: string, o: CheckOptions = {}): Promise<ParityReport> =>
  checkParity(git, base, head, { now: o.now ?? NOW, singleAppName: 'config', historyRef: o.historyRef });

/** A repository at files(over) with this gitops-promote.yaml. */
const configured = (config: string, over: Record<string, string | undefined> = {}): HistoryGit =>
  new HistoryGit({ ...files(over), 'gitops-promote.yaml': config });

/** Both prod overlays of web with the same text. */
const bothProd = (text: string): Changes => ({ [overlay('web', 'prod-eu')]: text, [overlay('web', 'prod-us')]: text });

const notRunning = (version: string, app = 'web'): string =>
  `${img(app, version)} is not running in staging; expected staging to run it first`;
/** The soak reasons, for web in staging. */
const soaked = (version: string, took: string): string => `${img('web', version)} has run in staging for ${took}`;
const unsoaked = (version: string, took: string, since: string, need: string): string =>
  `${soaked(version, took)} (since ${since}); policy needs ${need}`;

/** The fields a reader of the summary cares about, one row per target whose images move. */
const brief = (r: ParityReport): Pick<ParityRow, 'app' | 'env' | 'region' | 'verdict' | 'rule'>[] =>
  r.rows.map((x) => ({ app: x.app, env: x.env, region: x.region, verdict: x.verdict, rule: x.rule }));

const rules = (r: ParityReport): (string | undefined)[][] => r.violations.map((v) => [v.region, v.rule]);
const bothParity: [string, string][] = [['eu', 'parity'], ['us', 'parity']];

describe('checkParity, policy current (the default)', () => {
  it('passes a prod change to the image staging runs, with the row the summary shows', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.1.0', 'web:staging': 'v1.1.0' }));
    const base = git.tip();
    const head = git.branch(base, prod('v1.1.0'));
    const r = await check(git, base, head);
    expect(r.ok).toBe(true);
    expect(r.mode).toBe('static');
    expect(r.violations).toEqual([]);
    expect(r.rows).toEqual(['eu', 'us'].map((region) => ({
      app: 'web', env: 'prod', region, file: overlay('web', `prod-${region}`), line: TAG_LINE,
      oldImages: [img('web', 'v1.0.0')], newImages: [img('web', 'v1.1.0')],
      previousEnv: 'staging', previousImages: [img('web', 'v1.1.0')],
      verdict: 'ok', reason: `staging runs ${img('web', 'v1.1.0')}`,
    })));
    expect({ base: r.base, head: r.head }).toEqual({ base, head });
  });

  it('fails a prod change to an image staging does not run, on the file and line of each version', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.2.0', 'web:staging': 'v1.1.0' }));
    const base = git.tip();
    const head = git.branch(base, prod('v1.2.0'));
    const r = await check(git, base, head);
    expect(r.ok).toBe(false);
    expect(r.violations.map((v) => [v.file, v.line, v.rule, v.verdict])).toEqual([
      [overlay('web', 'prod-eu'), TAG_LINE, 'parity', 'violation'],
      [overlay('web', 'prod-us'), TAG_LINE, 'parity', 'violation'],
    ]);
    expect(r.violations[0]?.reason).toBe(notRunning('v1.2.0'));
    expect(r.violations[0]?.previousImages).toEqual([img('web', 'v1.1.0')]);
    expect(r.violations[0]?.newImages).toEqual([img('web', 'v1.2.0')]);
  });

  it('fails under current an image staging ran before but does not run now', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.2.0', 'web:staging': 'v1.1.0' }));
    git.land(set({ 'web:staging': 'v1.2.0' }), 'staging to v1.2.0');
    git.land(set({ 'web:staging': 'v1.3.0', 'web:dev': 'v1.3.0' }), 'staging to v1.3.0');
    const base = git.tip();
    const head = git.branch(base, prod('v1.2.0'));
    expect(brief(await check(git, base, head))).toEqual(['eu', 'us'].map((region) => (
      { app: 'web', env: 'prod', region, verdict: 'violation', rule: 'parity' })));
  });

  it('compares whole references: a tag is not the digest-pinned build staging runs, nor the reverse', async () => {
    const dig = `sha256:${'b'.repeat(64)}`;
    const pinned = new HistoryGit(files({ 'web:staging': `v1.1.0@${dig}` }));
    const tagOnly = await check(pinned, pinned.tip(), pinned.branch(pinned.tip(), prod('v1.1.0')));
    expect(rules(tagOnly)).toEqual(bothParity);
    // Staging ran the tag; a digest under the same tag may be any build.
    const tagged = new HistoryGit(files({ 'web:staging': 'v1.1.0' }));
    const r = await check(tagged, tagged.tip(), tagged.branch(tagged.tip(), prod(`v1.1.0@${dig}`)));
    expect(rules(r)).toEqual(bothParity);
    expect(r.violations[0]?.newImages).toEqual([`ghcr.io/acme/web:v1.1.0@${dig}`]);
    // The same pin in both passes.
    const same = new HistoryGit(files({ 'web:staging': `v1.1.0@${dig}` }));
    expect((await check(same, same.tip(), same.branch(same.tip(), prod(`v1.1.0@${dig}`)))).ok).toBe(true);
  });

  it('requires every target of a regional previous env to run the image', async () => {
    // api has regional staging overlays instead of one staging overlay.
    const regional = files();
    delete regional[overlay('api', 'staging')];
    const git = new HistoryGit({ ...regional, ...set({ 'api:staging-eu': 'v2.0.0', 'api:staging-us': 'v1.9.0' }) });
    const base = git.tip();
    const r = await check(git, base, git.branch(base, prod('v2.0.0', 'api')));
    expect(rules(r)).toEqual(bothParity);
    expect(r.violations[0]?.previousImages).toEqual([img('api', 'v1.9.0'), img('api', 'v2.0.0')]);
    expect(r.violations[0]?.reason).toBe(notRunning('v2.0.0', 'api'));
    // Once both regions run it, prod may follow.
    git.land(set({ 'api:staging-us': 'v2.0.0' }), 'staging-us to v2.0.0');
    const later = git.tip();
    expect((await check(git, later, git.branch(later, prod('v2.0.0', 'api')))).ok).toBe(true);
  });
});

describe('checkParity, policy ever', () => {
  const config = 'policy:\n  parity: ever\n';

  it('passes an image the previous env ran at some commit of base, naming the commit that shows it', async () => {
    const git = configured(config, { 'web:dev': 'v1.3.0', 'web:staging': 'v1.1.0' });
    const shown = git.land(set({ 'web:staging': 'v1.2.0' }), 'staging to v1.2.0');
    git.land(set({ 'web:staging': 'v1.3.0' }), 'staging to v1.3.0');
    const base = git.tip();
    const r = await check(git, base, git.branch(base, prod('v1.2.0')));
    expect(r.ok).toBe(true);
    const reason = `staging ran ${img('web', 'v1.2.0')} (${overlay('web', 'staging')} from ${short(shown)})`;
    expect(r.rows.map((x) => [x.verdict, x.reason])).toEqual([['ok', reason], ['ok', reason]]);
  });

  it('counts what the first import held, with no trailer anywhere', async () => {
    const git = configured(config, { 'web:staging': 'v1.0.5' });
    git.land(set({ 'web:staging': 'v1.1.0', 'web:dev': 'v1.1.0' }), 'bump staging');
    const base = git.tip();
    expect((await check(git, base, git.branch(base, prod('v1.0.5')))).ok).toBe(true);
  });

  it('fails an image the previous env never held, even when a Previous-Version trailer claims it did', async () => {
    const git = configured(config, { 'web:dev': 'v1.4.0', 'web:staging': 'v1.3.0' });
    git.land(set({ 'web:staging': 'v1.3.0' }), promo('web', 'staging', 'v1.3.0', ['v1.2.0'], 'dev'));
    const base = git.tip();
    for (const version of ['v1.4.0', 'v1.2.0']) {
      const r = await check(git, base, git.branch(base, prod(version)));
      const why = `${img('web', version)} never ran in staging (by the content of its files on the base branch); `
        + 'expected it there first';
      expect(r.violations.map((v) => [v.rule, v.reason])).toEqual([['parity', why], ['parity', why]]);
    }
  });
});

describe('checkParity, policy soak:<duration> (fixed now, committer time of the content)', () => {
  const SOAK_1D = 'policy:\n  parity: soak:24h\n';

  const soakRepo = (movedHoursAgo: number): { git: HistoryGit; base: string } => {
    const git = configured(SOAK_1D, { 'web:dev': 'v1.1.0' });
    git.land(set({ 'web:staging': 'v1.1.0' }), 'staging to v1.1.0', hoursBefore(movedHoursAgo));
    git.land({ 'README.md': '# config, later\n' }, 'docs', hoursBefore(1));
    return { git, base: git.tip() };
  };

  it('passes once the image has run in the previous env for the duration (a plain commit, no trailer)', async () => {
    const { git, base } = soakRepo(25);
    const r = await check(git, base, git.branch(base, prod('v1.1.0')));
    expect(r.ok).toBe(true);
    expect(r.rows[0]?.reason).toBe(soaked('v1.1.0', '25h'));
  });

  it('fails while it has not soaked long enough, saying since when and how long is needed', async () => {
    const { git, base } = soakRepo(23);
    const head = git.branch(base, prod('v1.1.0'));
    const r = await check(git, base, head);
    expect(r.violations.map((v) => v.rule)).toEqual(['soak', 'soak']);
    expect(r.violations[0]?.reason).toBe(unsoaked('v1.1.0', '23h', hoursBefore(23), '24h'));
    // The same repository a little later passes: only `now` decides.
    expect((await check(git, base, head, { now: new Date(NOW.getTime() + 2 * 3_600_000) })).ok).toBe(true);
  });

  it('counts from the start of the current stretch: an image that comes back starts over', async () => {
    const git = configured('policy:\n  parity: soak:2d\n', { 'web:dev': 'v1.2.0' });
    const first = promo('web', 'staging', 'v1.1.0', ['v1.0.0'], 'dev');
    git.land(set({ 'web:staging': 'v1.1.0' }), first, hoursBefore(24 * 10));
    const bad = git.land(set({ 'web:staging': 'v1.2.0' }), 'staging to v1.2.0', hoursBefore(24 * 5));
    git.land(set({ 'web:staging': 'v1.1.0' }), rollback('web', 'staging', 'v1.2.0', 'v1.1.0', bad), hoursBefore(24));
    const base = git.tip();
    const r = await check(git, base, git.branch(base, prod('v1.1.0')));
    expect(r.violations[0]?.reason).toBe(unsoaked('v1.1.0', '24h', hoursBefore(24), '2d'));
  });

  it('dates an image held since the first import by that commit, with no trailer anywhere', async () => {
    const git = configured(SOAK_1D, { 'web:dev': 'v1.1.0', 'web:staging': 'v1.1.0' });
    const base = git.tip();
    git.date(base, hoursBefore(30));
    const r = await check(git, base, git.branch(base, prod('v1.1.0')));
    expect(r.rows.map((x) => [x.verdict, x.reason])).toEqual([1, 2].map(() => ['ok', soaked('v1.1.0', '30h')]));
    git.date(base, hoursBefore(3));
    const young = await check(git, base, git.branch(base, prod('v1.1.0')));
    expect(young.violations[0]?.reason).toBe(unsoaked('v1.1.0', '3h', hoursBefore(3), '24h'));
  });

  it('does not take its start from trailers: an old commit claiming the promotion dates nothing', async () => {
    const git = configured(SOAK_1D, { 'web:dev': 'v1.1.0' });
    git.land({ 'README.md': 'notes\n' }, promo('web', 'staging', 'v1.1.0', ['v1.0.0'], 'dev'), hoursBefore(100));
    git.land(set({ 'web:staging': 'v1.1.0' }), 'staging to v1.1.0', hoursBefore(2));
    const base = git.tip();
    const r = await check(git, base, git.branch(base, prod('v1.1.0')));
    expect(r.violations.map((v) => v.rule)).toEqual(['soak', 'soak']);
    expect(r.violations[0]?.reason).toBe(unsoaked('v1.1.0', '2h', hoursBefore(2), '24h'));
  });

  it('fails when the previous env does not run the image at all', async () => {
    const { git, base } = soakRepo(100);
    const r = await check(git, base, git.branch(base, prod('v9.0.0')));
    expect(r.violations[0]?.reason).toBe(`${img('web', 'v9.0.0')} is not running in staging; `
      + 'expected it to soak there for 24h first');
  });
});

describe('checkParity, rollbacks pass by content', () => {
  it('passes an image this env ran before, shown by a plain commit history (verdict rollback)', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.1.0', 'web:staging': 'v1.1.0' }));
    const imported = git.tip();
    git.land(prod('v1.1.0'), 'prod to v1.1.0');
    const base = git.tip();
    // Back to v1.0.0, which staging no longer runs and no trailer mentions: only the content history makes it legal.
    const r = await check(git, base, git.branch(base, prod('v1.0.0'), 'back to v1.0.0'));
    expect(r.ok).toBe(true);
    const date = git.history(imported)[0]?.date;
    // Each region's row names its own file's history.
    expect(r.rows.map((x) => [x.verdict, x.reason, x.oldImages, x.newImages])).toEqual(['prod-eu', 'prod-us'].map((dir) => [
      'rollback',
      `prod ran ${img('web', 'v1.0.0')} before (${overlay('web', dir)} from ${short(imported)}, ${date})`,
      [img('web', 'v1.1.0')], [img('web', 'v1.0.0')],
    ]));
  });

  it('passes the real rollback command\'s change for the same reason, its trailer adding nothing', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.1.0', 'web:staging': 'v1.1.0' }));
    const bad = git.land(prod('v1.1.0'), promo('web', 'prod', 'v1.1.0', ['v1.0.0'], 'staging'));
    const base = git.tip();
    const head = git.branch(base, prod('v1.0.0'), rollback('web', 'prod', 'v1.1.0', 'v1.0.0', bad));
    const r = await check(git, base, head);
    expect(r.rows.map((x) => x.verdict)).toEqual(['rollback', 'rollback']);
    expect(r.rows[0]?.reason).toMatch(/^prod ran ghcr\.io\/acme\/web:v1\.0\.0 before \(/);
  });

  it('does not let a Rollback-Of trailer alone excuse an image this env never ran (real or forged)', async () => {
    const git = new HistoryGit(files({}, 'v1.2.0'));
    const real = git.land({ 'README.md': 'promoted before the tool kept trailers\n' }, 'chore: notes');
    const base = git.tip();
    const forged = 'badc0ffee0ddf00dbadc0ffee0ddf00ddeadbeef';
    for (const [env, of] of [['prod', real], ['prod', forged], ['staging', base]] as const) {
      const head = git.branch(base, prod('v0.9.0'), rollback('web', env, 'v1.2.0', 'v0.9.0', of));
      const r = await check(git, base, head);
      expect(rules(r)).toEqual(bothParity);
      expect(r.violations[0]?.reason).toBe(notRunning('v0.9.0'));
    }
  });

  it('does not take Promoted-* trailers on an earlier merged commit as "prod ran it before"', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.0.0', 'web:staging': 'v1.0.0' }));
    git.land({ 'README.md': 'harmless\n' }, promo('web', 'prod', 'v7.0.0', ['v1.0.0'], 'staging'));
    git.land({ 'README.md': 'harmless, too\n' }, promo('web', 'staging', 'v7.0.0', ['v1.0.0'], 'dev'));
    const base = git.tip();
    const r = await check(git, base, git.branch(base, prod('v7.0.0')));
    expect(rules(r)).toEqual(bothParity);
  });

  it('does not count promotion trailers written inside the change itself as history', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.0.0', 'web:staging': 'v1.0.0' }));
    const base = git.tip();
    const head = git.branch(base, prod('v7.0.0'), promo('web', 'prod', 'v7.0.0', ['v1.0.0'], 'staging'));
    expect(rules(await check(git, base, head))).toEqual(bothParity);
  });

  it('gives a promotion pull request made by the tool the verdict ok (staging runs it), not rollback', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.1.0', 'web:staging': 'v1.1.0' }));
    const base = git.tip();
    const head = git.branch(base, prod('v1.1.0'), promo('web', 'prod', 'v1.1.0', ['v1.0.0'], 'staging'));
    const r = await check(git, base, head);
    const why = `staging runs ${img('web', 'v1.1.0')}`;
    expect(r.rows.map((x) => [x.verdict, x.reason])).toEqual([['ok', why], ['ok', why]]);
  });
});

describe('checkParity, same change', () => {
  const both = { 'web:staging': 'v1.2.0', 'web:prod-eu': 'v1.2.0', 'web:prod-us': 'v1.2.0' };

  it('fails prod when the same change moves staging to the same new image (a skip in disguise)', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.2.0', 'web:staging': 'v1.1.0' }));
    const base = git.tip();
    const r = await check(git, base, git.branch(base, set(both)));
    expect(brief(r)).toEqual([
      { app: 'web', env: 'staging', region: undefined, verdict: 'ok', rule: undefined },
      { app: 'web', env: 'prod', region: 'eu', verdict: 'violation', rule: 'same-change' },
      { app: 'web', env: 'prod', region: 'us', verdict: 'violation', rule: 'same-change' },
    ]);
    expect(r.violations[0]?.reason).toMatch(new RegExp('^this change moves staging to ghcr\\.io/acme/web:v1\\.2\\.0 too: '
      + '.*expected staging first, in its own change \\(or policy\\.allowSameChange\\)$'));
  });

  it('passes both when policy.allowSameChange is true', async () => {
    const config = 'policy:\n  allowSameChange: true\n';
    const git = configured(config, { 'web:dev': 'v1.2.0', 'web:staging': 'v1.1.0' });
    const base = git.tip();
    const r = await check(git, base, git.branch(base, set(both)));
    expect(r.ok).toBe(true);
    const moves = `staging moves to ${img('web', 'v1.2.0')} in the same change (policy.allowSameChange)`;
    expect(r.rows.map((x) => [x.env, x.verdict, x.reason])).toEqual([
      ['staging', 'ok', `dev runs ${img('web', 'v1.2.0')}`], ['prod', 'ok', moves], ['prod', 'ok', moves],
    ]);
  });

  it('still fails staging itself when dev does not run the image, even with allowSameChange', async () => {
    const git = configured('policy:\n  allowSameChange: true\n', { 'web:dev': 'v1.1.0' });
    const base = git.tip();
    const r = await check(git, base, git.branch(base, set(both)));
    expect(r.violations.map((v) => [v.env, v.rule])).toEqual([['staging', 'parity']]);
  });
});

describe('checkParity, regions', () => {
  it('fails a change that leaves the regions of a non-staggered env on different versions', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.1.0', 'web:staging': 'v1.1.0' }));
    const base = git.tip();
    const r = await check(git, base, git.branch(base, set({ 'web:prod-eu': 'v1.1.0' })));
    const at = r.violations.map((v) => [v.file, v.line, v.rule]);
    expect(at).toEqual([[overlay('web', 'prod-eu'), TAG_LINE, 'regions-disagree']]);
    expect(r.violations[0]?.reason).toBe('the regions of prod would run different versions (eu: v1.1.0, us: v1.0.0); '
      + 'expected them to agree (or environments: staggered: true)');
  });

  it('passes a change that brings disagreeing regions back together', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.1.0', 'web:staging': 'v1.1.0', 'web:prod-eu': 'v1.1.0' }));
    const base = git.tip();
    expect((await check(git, base, git.branch(base, set({ 'web:prod-us': 'v1.1.0' })))).ok).toBe(true);
  });

  it('lets the regions of a staggered env differ, and still applies parity region by region', async () => {
    const config = 'environments:\n  - dev\n  - staging\n  - name: prod\n    regions: [eu, us]\n    staggered: true\n';
    const git = configured(config, { 'web:dev': 'v1.1.0', 'web:staging': 'v1.1.0' });
    const base = git.tip();
    const r = await check(git, base, git.branch(base, set({ 'web:prod-eu': 'v1.1.0' })));
    expect(r.ok).toBe(true);
    expect(brief(r)).toEqual([{ app: 'web', env: 'prod', region: 'eu', verdict: 'ok', rule: undefined }]);
    const bad = git.branch(base, set({ 'web:prod-us': 'v1.5.0' }));
    expect(rules(await check(git, base, bad))).toEqual([['us', 'parity']]);
  });
});

describe('checkParity, the first env and the tag policy', () => {
  it('passes any tagged image in the first environment', async () => {
    const git = new HistoryGit(files());
    const base = git.tip();
    const r = await check(git, base, git.branch(base, set({ 'web:dev': 'v2.0.0' })));
    expect(r.rows).toEqual([{
      app: 'web', env: 'dev', region: undefined, file: overlay('web', 'dev'), line: TAG_LINE,
      oldImages: [img('web', 'v1.0.0')], newImages: [img('web', 'v2.0.0')],
      verdict: 'ok', reason: 'dev is the first environment',
    }]);
  });

  it('refuses latest, a digest alone and a non-semver tag, even in the first env', async () => {
    const git = new HistoryGit(files());
    const base = git.tip();
    const r = await check(git, base, git.branch(base, set({ 'web:dev': 'latest', 'api:dev': 'nightly' })));
    expect(r.violations.map((v) => [v.app, v.rule, v.line])).toEqual([
      ['api', 'tag-pattern', TAG_LINE], ['web', 'no-latest', TAG_LINE],
    ]);
    expect(r.violations[0]?.reason).toBe('tag "nightly" is not semver; '
      + 'expected v?MAJOR.MINOR.PATCH[-pre] such as v1.2.3 or 1.4.0-rc.1 (policy.tagPattern)');
    const digestOnly = git.branch(base, set({ 'web:dev': `@sha256:${'c'.repeat(64)}` }));
    expect((await check(git, base, digestOnly)).violations.map((v) => v.rule)).toEqual(['no-latest']);
  });

  it('refuses latest in prod before anything else, even when staging runs latest too', async () => {
    const git = new HistoryGit(files({ 'web:staging': 'latest' }));
    const base = git.tip();
    const r = await check(git, base, git.branch(base, prod('latest')));
    expect(r.violations.map((v) => v.rule)).toEqual(['no-latest', 'no-latest']);
  });

  it('uses policy.tagPattern when it is a regular expression', async () => {
    const git = configured("policy:\n  tagPattern: '^build-[0-9]+$'\n");
    const base = git.tip();
    expect((await check(git, base, git.branch(base, set({ 'web:dev': 'build-42' })))).ok).toBe(true);
    const bad = git.branch(base, set({ 'web:dev': 'v2.0.0' }));
    expect((await check(git, base, bad)).violations.map((v) => [v.rule, v.reason])).toEqual([
      ['tag-pattern', 'tag "v2.0.0" does not match policy.tagPattern ^build-[0-9]+$'],
    ]);
  });
});

describe('checkParity, the static model: images: exactly, anything else refused', () => {
  it('has no row when a file changes but what it deploys does not, and reads no history', async () => {
    const git = new HistoryGit(files());
    const base = git.tip();
    const text = kustomization('web', 'v1.0.0').replace('resources:\n', '# a comment\nresources:\n');
    const head = git.branch(base, { [overlay('web', 'prod-eu')]: text, 'README.md': 'changed\n' });
    git.historyCalls = [];
    const r = await check(git, base, head);
    const nothing = { mode: 'static', renderer: undefined, notices: [], rows: [], violations: [], ok: true };
    expect(r).toEqual({ base, head, ...nothing });
    expect(git.historyCalls).toEqual([]);
  });

  it('refuses a prod config-only change it cannot explain (replicas), on that file', async () => {
    const git = new HistoryGit(files());
    const base = git.tip();
    const text = `${kustomization('web', 'v1.0.0')}replicas:\n  - name: web\n    count: 5\n`;
    const r = await check(git, base, git.branch(base, { [overlay('web', 'prod-eu')]: text }));
    expect(r.violations.map((v) => [v.app, v.env, v.region, v.file, v.rule])).toEqual([
      ['web', 'prod', 'eu', overlay('web', 'prod-eu'), 'unverified-change'],
    ]);
    expect(r.violations[0]?.reason).toMatch(/more than its images: entries; without a renderer .*policy\.parityIgnore/);
  });

  it('refuses a change to a file every overlay of the app reads, unless base lists it in parityIgnore', async () => {
    const git = new HistoryGit(files());
    const base = git.tip();
    const edit = { [DEPLOYMENT('web')]: deployment('web').replace('v0.0.1', 'v6.6.6') };
    const r = await check(git, base, git.branch(base, edit));
    expect(r.violations.map((v) => [v.env, v.region, v.file, v.rule])).toEqual(
      [['dev'], ['staging'], ['prod', 'eu'], ['prod', 'us']].map(([e, region]) => [e, region, DEPLOYMENT('web'), 'unverified-change']),
    );
    // The same ignore list added by the change itself is not the base's rule.
    const ignore = "policy:\n  parityIgnore: ['apps/*/base/deployment.yaml']\n";
    const own = await check(git, base, git.branch(base, { ...edit, 'gitops-promote.yaml': ignore }));
    expect(own.violations.map((v) => v.rule)).toEqual(Array(4).fill('unverified-change'));
    git.land({ 'gitops-promote.yaml': ignore }, 'ignore deployments');
    const later = git.tip();
    expect((await check(git, later, git.branch(later, edit))).ok).toBe(true);
  });

  it('reads images: as kustomize does: newName, key spelling and merge keys all change the identity', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.1.0', 'web:staging': 'v1.1.0' }));
    const base = git.tip();
    const shapes: [string[], string][] = [
      [['    newName: ghcr.io/evil/web', '    newTag: v1.1.0'], 'ghcr.io/evil/web:v1.1.0'],
      [['    NewTag: v6.6.6'], img('web', 'v6.6.6')],
      [['    <<: {newTag: v6.6.6}'], img('web', 'v6.6.6')],
    ];
    for (const [lines, want] of shapes) {
      const text = kustomization('web', undefined).replace(/\n$/, `\n${lines.join('\n')}\n`);
      const r = await check(git, base, git.branch(base, bothProd(text)));
      // The shape rides along so a failure names it.
      const got = r.violations.map((v) => [lines, v.rule, v.newImages]);
      expect(got).toEqual([1, 2].map(() => [lines, 'parity', [want]]));
    }
  });

  it('does not let a merge key after a staged newTag pass: kustomize deploys the merged tag', async () => {
    // go-yaml v2 applies a later `<<` over the explicit key: `kubectl kustomize` renders ghcr.io/acme/web:v6.6.6.
    const git = new HistoryGit(files({ 'web:dev': 'v1.1.0', 'web:staging': 'v1.1.0' }));
    const base = git.tip();
    const text = kustomization('web', 'v1.1.0').replace(/\n$/, '\n    <<: {newTag: v6.6.6}\n');
    const r = await check(git, base, git.branch(base, bothProd(text)));
    const want = ['eu', 'us'].map((x) => [x, 'parity', [img('web', 'v6.6.6')]]);
    expect(r.violations.map((v) => [v.region, v.rule, v.newImages])).toEqual(want);
  });

  it('refuses a kustomization with more than one YAML document as invalid-file', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.1.0', 'web:staging': 'v1.1.0' }));
    const base = git.tip();
    const text = `${kustomization('web', 'v1.1.0')}---\nimages:\n  - name: ghcr.io/acme/web\n    NewTag: v6.6.6\n`;
    const head = git.branch(base, { [overlay('web', 'prod-eu')]: text, ...set({ 'web:prod-us': 'v1.1.0' }) });
    const r = await check(git, base, head);
    expect(r.violations.map((v) => [v.file, v.rule])).toEqual([[overlay('web', 'prod-eu'), 'invalid-file']]);
    expect(r.violations[0]?.reason).toMatch(/more than one YAML document/);
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
    git.land(prod('v1.0.0'), 'Merge pull request #7: web to prod');
    const base = git.tip();
    const r = await check(git, base, git.branch(forkPoint, set({ 'api:dev': 'v1.0.1' })));
    expect(brief(r)).toEqual([{ app: 'api', env: 'dev', region: undefined, verdict: 'ok', rule: undefined }]);
    expect(r.ok).toBe(true);
  });
});

describe('checkParity, rules come from the base branch', () => {
  it('judges a change that loosens the policy by the base branch\'s policy, with a notice', async () => {
    const git = configured('policy:\n  parity: current\n', { 'web:staging': 'v1.1.0' });
    git.land(set({ 'web:staging': 'v1.2.0' }), 'staging to v1.2.0');
    const base = git.tip();
    const head = git.branch(base, { ...prod('v1.1.0'), 'gitops-promote.yaml': 'policy:\n  parity: ever\n' });
    const r = await check(git, base, head);
    expect(rules(r)).toEqual(bothParity);
    expect(r.notices).toEqual(['this change edits gitops-promote.yaml: it is judged by the base branch\'s rules; '
      + 'the new ones apply after merging']);
  });

  it('keeps a zero-config repo\'s order when the change adds a config that reorders environments', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v2.0.0' }));
    const base = git.tip();
    const reorder = 'environments:\n  - staging\n  - dev\n  - name: prod\n    regions: [eu, us]\n';
    const r = await check(git, base, git.branch(base, { ...prod('v2.0.0'), 'gitops-promote.yaml': reorder }));
    expect(r.violations.map((v) => [v.region, v.rule, v.previousEnv])).toEqual([
      ['eu', 'parity', 'staging'], ['us', 'parity', 'staging'],
    ]);
  });

  it('fails a change that removes staging and moves prod (env-removed)', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v2.0.0' }));
    const base = git.tip();
    const r = await check(git, base, git.branch(base, { [overlay('web', 'staging')]: null, ...prod('v2.0.0') }));
    const later = r.violations.filter((v) => v.env === 'prod');
    expect(later.map((v) => [v.region, v.rule])).toEqual([['eu', 'env-removed'], ['us', 'env-removed']]);
    expect(later[0]?.reason).toMatch(/^this change removes staging for web and changes what prod deploys: /);
  });

  it('passes a change that only removes an environment, with a notice', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v2.0.0' }));
    const base = git.tip();
    const r = await check(git, base, git.branch(base, { [overlay('web', 'staging')]: null }));
    expect(r.violations.map((v) => [v.env, v.file, v.rule, v.reason])).toEqual([]);
    expect(r.notices).toEqual(['this change removes staging for web; nothing later changes with it']);
  });

  it('in the merge queue, reads "runs" from the target branch, not from a pull request queued ahead', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.1.0' }));
    const main = git.tip();
    const ahead = git.branch(main, set({ 'web:staging': 'v1.1.0' }), 'queued ahead: staging to v1.1.0');
    const group = git.branch(ahead, prod('v1.1.0'), 'prod to v1.1.0');
    expect((await check(git, ahead, group)).ok).toBe(true);
    const r = await check(git, ahead, group, { historyRef: main });
    expect(r.ok).toBe(false);
    expect(r.violations.map((v) => v.region)).toEqual(['eu', 'us']);
  });
});

describe('checkParity, files it cannot read', () => {
  it('reports malformed YAML in a changed overlay on its file and line, without failing the whole check', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.1.0', 'web:staging': 'v1.1.0' }));
    const base = git.tip();
    const broken = kustomization('api', 'v1.0.0').replace('    newTag: v1.0.0\n', '    newTag: [v1.0.1\n');
    const head = git.branch(base, { ...prod('v1.1.0'), [overlay('api', 'prod-eu')]: broken });
    const r = await check(git, base, head);
    expect(r.violations.map((v) => [v.file, v.rule])).toEqual([[overlay('api', 'prod-eu'), 'invalid-file']]);
    expect(r.violations[0]?.line).toBeGreaterThanOrEqual(TAG_LINE + 1);
    expect(r.violations[0]?.reason).toMatch(/not valid YAML: /);
    const ok = r.rows.filter((x) => x.verdict === 'ok').map((x) => x.file);
    expect(ok).toEqual([overlay('web', 'prod-eu'), overlay('web', 'prod-us')]);
  });

  it('reports a broken gitops-promote.yaml in the change as one violation on the config file and line', async () => {
    const git = new HistoryGit({ ...files(), 'gitops-promote.yaml': 'policy:\n  parity: current\n' });
    const base = git.tip();
    const config = { 'gitops-promote.yaml': 'policy:\n  parity: sometimes\n' };
    const head = git.branch(base, { ...config, ...set({ 'web:prod-eu': 'v5.0.0' }) });
    const r = await check(git, base, head);
    expect(r.ok).toBe(false);
    expect(r.violations).toEqual([expect.objectContaining({
      app: '(config)', env: '-', file: 'gitops-promote.yaml', line: 2, rule: 'invalid-file', verdict: 'violation',
    })]);
    expect(r.violations[0]?.reason).toMatch(/^policy\.parity: /);
  });

  it('reports gitops-promote.yaml that is not YAML at all on the line of the problem', async () => {
    const git = new HistoryGit({ ...files(), 'gitops-promote.yaml': 'policy:\n  parity: current\n' });
    const base = git.tip();
    const head = git.branch(base, { 'gitops-promote.yaml': 'policy:\n  parity: current\n  allowSameChange: [true\n' });
    const r = await check(git, base, head);
    expect(r.violations.map((v) => [v.file, v.line, v.rule])).toEqual([['gitops-promote.yaml', 3, 'invalid-file']]);
    expect(r.violations[0]?.reason).toMatch(/^not valid YAML: /);
  });
});

describe('paritySummary', () => {
  it('renders a row per target: app, env, old → new images, previous env\'s images, verdict, reason', async () => {
    const git = new HistoryGit(files({ 'web:dev': 'v1.2.0', 'web:staging': 'v1.1.0' }));
    const base = git.tip();
    const head = git.branch(base, { ...prod('v1.2.0'), ...set({ 'api:dev': 'v3.0.0' }) });
    const lines = paritySummary(await check(git, base, head)).split('\n');
    expect(lines[0]).toBe('### ⛔ Staging parity: 2 violations');
    const how = 'Static model (images: only; no renderer), unexplained changes refused.';
    expect(lines).toContain(`Compared ${short(base)}..${short(head)}. ${how}`);
    expect(lines).toContain('| app | env | images: old → new | previous env runs | verdict | reason |');
    const moved = (app: string, from: string, to: string): string => `\`${img(app, from)}\` → \`${img(app, to)}\``;
    expect(lines).toContain(`| api | dev | ${moved('api', 'v1.0.0', 'v3.0.0')} | — `
      + '| ✅ ok | dev is the first environment |');
    expect(lines).toContain(`| web | prod (eu) | ${moved('web', 'v1.0.0', 'v1.2.0')} `
      + `| staging: \`${img('web', 'v1.1.0')}\` | ⛔ \`parity\` | ${notRunning('v1.2.0')} |`);
  });

  it('says so when the change moves no image', async () => {
    const git = new HistoryGit(files());
    const text = paritySummary(await check(git, git.tip(), git.tip()));
    const title = '### ✅ Staging parity: every image this change deploys has run in the previous environment';
    expect(text.split('\n')[0]).toBe(title);
    expect(text).toContain('\nThis change moves no image.\n');
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
    for (const bad of ['7', 'd', '1y', '1h 30m', '-1h', '1h30']) {
      expect(() => policyDuration(bad)).toThrow(/is not a duration \(at .*\); expected a duration such as 500ms/);
    }
  });

  it('formats soak times for people, in days from two days up', () => {
    expect(formatDuration(45 * 60_000)).toBe('45m');
    expect(formatDuration(90 * 60_000)).toBe('1h30m');
    expect(formatDuration(47 * 3_600_000)).toBe('47h');
    expect(formatDuration(49 * 3_600_000)).toBe('2d1h');
    expect(formatDuration(72 * 3_600_000)).toBe('3d');
  });
});
