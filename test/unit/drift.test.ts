// The scheduled drift report (computeDrift) on in-memory repositories with promotion histories, a fixed `now`
// and a scripted live reader; its summary; and the tracking issue's lifecycle over an in-memory IssuePort.
import { describe, expect, it } from '@jest/globals';
import { computeDrift, type DriftItem, type DriftOptions } from '../../src/core/parity/drift.js';
import { driftSummary, TRACKING_LABEL, TRACKING_TITLE, trackingIssueBody } from '../../src/core/parity/report.js';
import { syncTrackingIssue } from '../../src/core/parity/tracking-issue.js';
import type { HistoryCommit, IssuePort, TrackingIssue } from '../../src/core/ports.js';
import { promotionMessage } from '../../src/core/promote/commit-message.js';
import { rollbackMessage } from '../../src/core/rollback/plan-rollback.js';
import { MemoryGit, kustomization, overlay } from '../support/memory-repo.js';

const NOW = new Date('2026-12-01T12:00:00Z');
const daysBefore = (d: number): string => new Date(NOW.getTime() - d * 86_400_000).toISOString();
const WEEK = 7 * 86_400_000;

class DatedGit extends MemoryGit {
  land(changes: Record<string, string>, message: string, date?: string): string {
    const sha = this.advanceRemote(changes, message);
    const c = this.commits.get(sha);
    if (date && c) c.date = date;
    return sha;
  }
}

const promo = (app: string, env: string, version: string, previous: string[], from?: string, gateSkipped?: string): string =>
  promotionMessage({ app, env, version, previous, from, by: 'ci', targets: [], gateSkipped });

/** `app:dir` → version, as overlay file contents. */
const set = (over: Record<string, string | undefined>): Record<string, string> =>
  Object.fromEntries(Object.entries(over).map(([key, version]) => {
    const [app, dir] = key.split(':') as [string, string];
    return [overlay(app, dir), kustomization(app, version)];
  }));

/** web and api in dev, staging and prod (eu, us), all at v1.0.0 unless `over` says otherwise. */
function files(over: Record<string, string | undefined> = {}): Record<string, string> {
  const all: Record<string, string | undefined> = {};
  for (const app of ['web', 'api']) for (const dir of ['dev', 'staging', 'prod-eu', 'prod-us']) all[`${app}:${dir}`] = 'v1.0.0';
  return { 'README.md': '# config\n', ...set({ ...all, ...over }) };
}

const drift = async (git: MemoryGit, opts: Partial<DriftOptions> = {}): Promise<DriftItem[]> =>
  (await computeDrift(git, git.tip(), { now: NOW, singleAppName: 'config', ...opts })).drift;

const kinds = (items: DriftItem[]): [string, string, string, string | undefined][] => items.map((d) => [d.kind, d.app, d.env, d.region]);

describe('computeDrift: the matrix', () => {
  it('has every app × env with each region and the line of its version', async () => {
    const git = new DatedGit(files({ 'web:dev': 'v1.2.0', 'web:staging': 'v1.1.0' }));
    const { matrix } = await computeDrift(git, git.tip(), { now: NOW, singleAppName: 'config' });
    expect(matrix.envs).toEqual(['dev', 'staging', 'prod']);
    expect(matrix.apps.map((a) => a.app).sort()).toEqual(['api', 'web']);
    const web = matrix.apps.find((a) => a.app === 'web')?.cells;
    expect(web?.staging).toEqual([{ file: overlay('web', 'staging'), region: undefined, version: 'v1.1.0', line: 7 }]);
    expect(web?.prod).toEqual([
      { file: overlay('web', 'prod-eu'), region: 'eu', version: 'v1.0.0', line: 7 },
      { file: overlay('web', 'prod-us'), region: 'us', version: 'v1.0.0', line: 7 },
    ]);
  });
});

describe('computeDrift: prod running a version staging never ran', () => {
  it('reports a hand edit of prod to a version staging never ran, per region, on the file and line', async () => {
    const git = new DatedGit(files());
    git.land(set({ 'web:prod-eu': 'v9.9.9', 'web:prod-us': 'v9.9.9' }), 'edit prod by hand');
    const items = await drift(git);
    expect(items).toEqual(['eu', 'us'].map((region) => ({
      kind: 'never-in-previous', app: 'web', env: 'prod', region, file: overlay('web', `prod-${region}`), line: 7,
      message: 'prod runs ghcr.io/acme/web:v9.9.9, which staging never ran (by the content of its files on this branch; it runs v1.0.0)',
    })));
  });

  it('is quiet when staging ran the version earlier (from trailers) and runs a newer one now', async () => {
    const git = new DatedGit(files());
    git.land(set({ 'web:dev': 'v1.1.0', 'web:staging': 'v1.1.0' }), promo('web', 'staging', 'v1.1.0', ['v1.0.0'], 'dev'));
    git.land(set({ 'web:prod-eu': 'v1.1.0', 'web:prod-us': 'v1.1.0' }), promo('web', 'prod', 'v1.1.0', ['v1.0.0'], 'staging'));
    git.land(set({ 'web:dev': 'v1.2.0', 'web:staging': 'v1.2.0' }), promo('web', 'staging', 'v1.2.0', ['v1.1.0'], 'dev'));
    expect(await drift(git)).toEqual([]);
  });

  it('is quiet after a rollback of prod to a version staging ran', async () => {
    const git = new DatedGit(files({ 'web:dev': 'v1.1.0' }));
    git.land(set({ 'web:staging': 'v1.1.0' }), promo('web', 'staging', 'v1.1.0', ['v1.0.0'], 'dev'));
    const bad = git.land(set({ 'web:prod-eu': 'v1.1.0', 'web:prod-us': 'v1.1.0' }), promo('web', 'prod', 'v1.1.0', ['v1.0.0'], 'staging'));
    git.land(set({ 'web:prod-eu': 'v1.0.0', 'web:prod-us': 'v1.0.0' }), rollbackMessage({ app: 'web', env: 'prod', bad: 'v1.1.0', good: 'v1.0.0', rollbackOf: bad, by: 'oncall', targets: [] }));
    expect(await drift(git)).toEqual([]);
  });

  it('reports a hotfix promoted straight to prod (gate skipped) that staging never ran', async () => {
    // Expected: the hotfix is exactly "prod running a version never in staging", however it got there.
    const git = new DatedGit(files({ 'web:dev': 'v1.1.0', 'web:staging': 'v1.1.0' }));
    git.land(set({ 'web:prod-eu': 'v1.1.0', 'web:prod-us': 'v1.1.0' }), promo('web', 'prod', 'v1.1.0', ['v1.0.0'], 'staging'));
    git.land(set({ 'web:prod-eu': 'v1.1.1', 'web:prod-us': 'v1.1.1' }), promo('web', 'prod', 'v1.1.1', ['v1.1.0'], 'staging', 'hotfix for INC-7'));
    expect(kinds(await drift(git))).toEqual([['never-in-previous', 'web', 'prod', 'eu'], ['never-in-previous', 'web', 'prod', 'us']]);
  });

  it('does not report the first environment, nor an app that has no target in the previous env', async () => {
    const git = new DatedGit({ ...files({ 'web:dev': 'v5.0.0' }), ...set({ 'batch:prod': 'v0.1.0' }) });
    const items = await drift(git);
    expect(items.filter((d) => d.env === 'dev' || d.app === 'batch')).toEqual([]);
    // Without any trailer, staging's v1.0.0 is a version dev never ran as far as the history tells.
    expect(kinds(items)).toEqual([['never-in-previous', 'web', 'staging', undefined]]);
  });

  it('counts a version promoted into this env through the gate as fine even when the previous env moved on', async () => {
    // dev is bumped by CI without trailers; staging got v1.0.0 from dev through gitops-promote.
    const git = new DatedGit(files({ 'web:staging': 'v0.9.0', 'web:prod-eu': 'v0.9.0', 'web:prod-us': 'v0.9.0' }));
    git.land(set({ 'web:staging': 'v1.0.0' }), promo('web', 'staging', 'v1.0.0', ['v0.9.0'], 'dev'));
    git.land(set({ 'web:dev': 'v1.1.0' }), 'ci: bump web in dev');
    git.land(set({ 'web:prod-eu': 'v1.0.0', 'web:prod-us': 'v1.0.0' }), promo('web', 'prod', 'v1.0.0', ['v0.9.0'], 'staging'));
    expect(await drift(git)).toEqual([]);
  });
});

describe('computeDrift: regions', () => {
  it('reports regions of a non-staggered env that disagree, once, at the first region', async () => {
    const git = new DatedGit(files({ 'api:prod-eu': 'v1.1.0', 'api:staging': 'v1.1.0', 'api:dev': 'v1.1.0' }));
    const items = (await drift(git)).filter((d) => d.kind === 'regions-disagree');
    expect(items).toEqual([{
      kind: 'regions-disagree', app: 'api', env: 'prod', file: overlay('api', 'prod-eu'), line: 7,
      message: 'regions run different versions: eu: v1.1.0, us: v1.0.0',
    }]);
  });

  it('lets the regions of a staggered env disagree', async () => {
    const config = 'environments:\n  - dev\n  - staging\n  - name: prod\n    regions: [eu, us]\n    staggered: true\n';
    const git = new DatedGit({ ...files({ 'api:prod-eu': 'v1.1.0', 'api:staging': 'v1.1.0', 'api:dev': 'v1.1.0' }), 'gitops-promote.yaml': config });
    expect((await drift(git)).filter((d) => d.kind === 'regions-disagree')).toEqual([]);
  });
});

describe('computeDrift: an env behind its previous env for too long', () => {
  const behindRepo = (promotedDaysAgo: number): DatedGit => {
    const git = new DatedGit(files({ 'web:dev': 'v1.2.0' }));
    git.land(set({ 'web:staging': 'v1.2.0' }), promo('web', 'staging', 'v1.2.0', ['v1.0.0'], 'dev'), daysBefore(promotedDaysAgo));
    return git;
  };

  it('reports prod behind staging once staging has run the newer version longer than behindAfter', async () => {
    const items = await drift(behindRepo(8), { behindAfterMs: WEEK });
    expect(items).toEqual([{ kind: 'behind', app: 'web', env: 'prod', file: overlay('web', 'prod-eu'), line: 7, message: 'prod runs v1.0.0; staging has run v1.2.0 for 8d' }]);
  });

  it('is quiet before the threshold, and without one', async () => {
    expect(await drift(behindRepo(6), { behindAfterMs: WEEK })).toEqual([]);
    expect(await drift(behindRepo(30))).toEqual([]);
  });

  it('is quiet when prod is level with or ahead of staging', async () => {
    const git = behindRepo(30);
    git.land(set({ 'web:prod-eu': 'v1.2.0', 'web:prod-us': 'v1.2.0' }), promo('web', 'prod', 'v1.2.0', ['v1.0.0'], 'staging'), daysBefore(1));
    expect(await drift(git, { behindAfterMs: WEEK })).toEqual([]);
  });

  it('times the stretch from the commit whose content first held the version, with or without trailers', async () => {
    const git = new DatedGit(files({ 'web:dev': 'v1.2.0' }));
    git.land(set({ 'web:staging': 'v1.2.0' }), 'move staging by hand, no trailers', daysBefore(9));
    git.land({ 'README.md': 'unrelated\n' }, 'docs', daysBefore(2));
    const behind = (await drift(git, { behindAfterMs: WEEK })).filter((d) => d.kind === 'behind');
    expect(behind.map((d) => d.message)).toEqual(['prod runs v1.0.0; staging has run v1.2.0 for 9d']);
    git.land(set({ 'web:staging': 'v1.0.0' }), 'staging back', daysBefore(1));
    git.land(set({ 'web:staging': 'v1.2.0' }), 'staging forward again', daysBefore(0.5));
    expect((await drift(git, { behindAfterMs: WEEK })).filter((d) => d.kind === 'behind')).toEqual([]);
  });
});

describe('computeDrift: live versions', () => {
  it('reads each target of each env and reports a mismatch or an unreadable endpoint on the file and line', async () => {
    const git = new DatedGit(files({ 'web:dev': 'v1.1.0', 'web:staging': 'v1.1.0', 'web:prod-eu': 'v1.1.0', 'web:prod-us': 'v1.1.0' }));
    const asked: string[] = [];
    const live: DriftOptions['live'] = async (app, env, region) => {
      asked.push(`${app}/${env}/${region ?? '-'}`);
      if (env === 'dev') return undefined; // no endpoint for dev
      if (app === 'web' && region === 'us') return { version: 'v1.0.0' };
      if (app === 'api' && env === 'staging') return { error: 'http://x/api/staging answered HTTP 503' };
      return { version: app === 'web' ? 'v1.1.0' : 'v1.0.0' };
    };
    const items = await drift(git, { live });
    expect(asked.sort()).toEqual(['api/dev/-', 'api/prod/eu', 'api/prod/us', 'api/staging/-', 'web/dev/-', 'web/prod/eu', 'web/prod/us', 'web/staging/-']);
    expect(items).toEqual([
      { kind: 'live-mismatch', app: 'api', env: 'staging', region: undefined, file: overlay('api', 'staging'), line: 7, message: 'could not read the live version: http://x/api/staging answered HTTP 503' },
      { kind: 'live-mismatch', app: 'web', env: 'prod', region: 'us', file: overlay('web', 'prod-us'), line: 7, message: 'git says v1.1.0, the live service reports v1.0.0' },
    ]);
  });

  it('treats a live tag equal to the tag of a digest-pinned version as the same version', async () => {
    const git = new DatedGit(files({ 'web:prod-eu': `v1.0.0@sha256:${'d'.repeat(64)}` }));
    expect((await drift(git, { live: async () => ({ version: 'v1.0.0' }) })).filter((d) => d.kind === 'live-mismatch')).toEqual([]);
  });
});

describe('computeDrift: unreadable targets', () => {
  it('reports an overlay it cannot read instead of failing the report', async () => {
    const git = new DatedGit(files());
    git.land({ [overlay('api', 'staging')]: 'images:\n  - name: ghcr.io/acme/api\n    newTag: [v1\n' }, 'broken');
    const items = await drift(git);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'unreadable', app: 'api', env: 'staging', file: overlay('api', 'staging') });
    expect(items[0]?.message).toMatch(/^not valid YAML/);
  });
});

describe('driftSummary', () => {
  it('lists each finding and the matrix', async () => {
    const git = new DatedGit(files());
    git.land(set({ 'web:prod-eu': 'v9.9.9', 'web:prod-us': 'v9.9.9' }), 'edit prod by hand');
    const r = await computeDrift(git, git.tip(), { now: NOW, singleAppName: 'config' });
    const lines = driftSummary(r.matrix, r.drift).split('\n');
    expect(lines[0]).toBe('### ⚠️ 2 drift findings');
    expect(lines).toContain('| web | prod (eu) | `never-in-previous` | prod runs ghcr.io/acme/web:v9.9.9, which staging never ran (by the content of its files on this branch; it runs v1.0.0) |');
    expect(lines).toContain('#### What runs where');
    expect(lines).toContain('| web | v1.0.0 | v1.0.0 | v9.9.9 |');
  });

  it('says no drift when there is none', async () => {
    const git = new DatedGit(files());
    const r = await computeDrift(git, git.tip(), { now: NOW, singleAppName: 'config' });
    expect(driftSummary(r.matrix, r.drift).split('\n')[0]).toBe('### ✅ No drift');
  });
});

/** An in-memory IssuePort that records every call. */
function memoryIssues(seed: { number: number; labels: string[]; state: 'open' | 'closed'; body: string }[] = []): IssuePort & { issues: typeof seed; calls: string[] } {
  const issues = [...seed];
  const calls: string[] = [];
  const url = (n: number): string => `https://github.com/o/r/issues/${n}`;
  return {
    issues,
    calls,
    async findOpen(label): Promise<TrackingIssue | undefined> {
      calls.push(`find ${label}`);
      const i = issues.find((x) => x.state === 'open' && x.labels.includes(label));
      return i ? { number: i.number, url: url(i.number) } : undefined;
    },
    async create(p): Promise<TrackingIssue> {
      const number = issues.length + 1;
      calls.push(`create ${p.title} [${p.labels.join(',')}]`);
      issues.push({ number, labels: p.labels, state: 'open', body: p.body });
      return { number, url: url(number) };
    },
    async update(number, body): Promise<void> {
      calls.push(`update ${number}`);
      const i = issues.find((x) => x.number === number);
      if (i) i.body = body;
    },
    async close(number, comment): Promise<void> {
      calls.push(`close ${number}: ${comment}`);
      const i = issues.find((x) => x.number === number);
      if (i) i.state = 'closed';
    },
  };
}

describe('syncTrackingIssue', () => {
  const finding: DriftItem = { kind: 'behind', app: 'web', env: 'prod', message: 'prod runs v1.0.0; staging has run v1.2.0 for 8d' };
  const matrix = { envs: ['dev'], apps: [] };

  it('creates one labelled issue when drift appears, updates it in place while it lasts, closes it when gone', async () => {
    const port = memoryIssues([{ number: 1, labels: ['bug'], state: 'open', body: 'unrelated' }]);
    expect(await syncTrackingIssue(port, matrix, [finding], 'https://run/1')).toEqual({ action: 'created', url: 'https://github.com/o/r/issues/2' });
    expect(port.issues[1]).toMatchObject({ number: 2, labels: [TRACKING_LABEL], state: 'open' });
    expect(port.issues[1]?.body).toContain('prod runs v1.0.0; staging has run v1.2.0 for 8d');
    expect(port.issues[1]?.body).toContain('Last checked by https://run/1.');

    const later = { ...finding, message: 'prod runs v1.0.0; staging has run v1.2.0 for 9d' };
    expect(await syncTrackingIssue(port, matrix, [later], 'https://run/2')).toEqual({ action: 'updated', url: 'https://github.com/o/r/issues/2' });
    expect(port.issues).toHaveLength(2);
    expect(port.issues[1]?.body).toBe(trackingIssueBody(matrix, [later], 'https://run/2'));

    expect(await syncTrackingIssue(port, matrix, [], 'https://run/3')).toEqual({ action: 'closed', url: 'https://github.com/o/r/issues/2' });
    expect(port.issues[1]?.state).toBe('closed');
    expect(port.issues[0]?.state).toBe('open');
    expect(port.calls.filter((c) => !c.startsWith('find'))).toEqual([
      `create ${TRACKING_TITLE} [${TRACKING_LABEL}]`, 'update 2', 'close 2: No drift any more (checked by https://run/3): closing.',
    ]);
  });

  it('does nothing when there is no drift and no open issue', async () => {
    const port = memoryIssues();
    expect(await syncTrackingIssue(port, matrix, [])).toEqual({ action: 'none' });
    expect(port.calls).toEqual([`find ${TRACKING_LABEL}`]);
  });
});

/** A DatedGit that records which files' histories were asked for. */
class AskingGit extends DatedGit {
  asked: string[][] = [];

  override async firstParentChanges(ref: string, paths?: readonly string[]): Promise<HistoryCommit[]> {
    this.asked.push([...(paths ?? ['(every path)'])]);
    return super.firstParentChanges(ref, paths);
  }
}

describe('computeDrift: reads only the pasts its questions need', () => {
  it('asks no history when every environment runs what its previous one runs now', async () => {
    const git = new AskingGit(files());
    git.land(set({ 'web:dev': 'v1.1.0', 'web:staging': 'v1.1.0', 'web:prod-eu': 'v1.1.0', 'web:prod-us': 'v1.1.0' }), 'all');
    expect(await drift(git, { behindAfterMs: WEEK })).toEqual([]);
    expect(git.asked.flat()).toEqual([]);
  });

  it('asks only the previous environment\'s files whose past decides, and answers as a full read would', async () => {
    const git = new AskingGit(files());
    git.land(set({ 'web:dev': 'v1.1.0' }), 'dev', daysBefore(30));
    git.land(set({ 'web:staging': 'v1.1.0' }), 'staging', daysBefore(29));
    git.land(set({ 'web:dev': 'v1.2.0', 'api:staging': 'v1.3.0' }), 'dev and a staging nobody ran', daysBefore(20));
    const items = await drift(git, { behindAfterMs: WEEK });
    // web's staging ran v1.1.0 in dev (its past) and is behind dev's v1.2.0 (20 days), web's prod behind staging
    // (29 days); api's staging never was in dev, and api's prod is behind it (20 days).
    expect(kinds(items)).toEqual([
      ['never-in-previous', 'api', 'staging', undefined],
      ['behind', 'api', 'prod', undefined],
      ['behind', 'web', 'staging', undefined],
      ['behind', 'web', 'prod', undefined],
    ]);
    expect(items.at(-1)?.message).toBe('prod runs v1.0.0; staging has run v1.1.0 for 29d');
    expect(items.at(-2)?.message).toBe('staging runs v1.1.0; dev has run v1.2.0 for 20d');
    // Only the previous environments' files: prod's own files and the pasts nobody asks about are never read.
    const previous = [overlay('api', 'dev'), overlay('api', 'staging'), overlay('web', 'dev'), overlay('web', 'staging')];
    expect(git.asked.flat().sort()).toEqual(previous);
  });
});
