// `gitops-promote parity` and `gitops-promote drift` (dist/cli/index.js under Node 24) on real git repositories
// whose history was made by the real `promote` and `rollback` commands: a hotfix, a rollback, regional prod.
// Exit codes: parity 0 (ok), 1 (a violation), 2 (bad input).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runCliBundle, type CliRun } from './helpers/action-runner.js';
import { disposeGitHome, makeTempDir, removeDir } from './helpers/git-repo.js';
import {
  ConfigRepo, TAG_LINE, expectExit, hoursAgo, overlayPath, overlayText, overlays, promotionMessage, seedFiles,
} from './helpers/parity-repos.js';

interface Row { app: string; env: string; region?: string; file: string; line: number; old?: string; new?: string; previousEnv?: string; previousVersion?: string; verdict: string; rule?: string; reason: string }
interface Report { base: string; head: string; rows: Row[]; violations: Row[]; ok: boolean }
interface DriftItem { kind: string; app: string; env: string; region?: string; file?: string; line?: number; message: string }

let root: string;
/** The main history: made with the real CLI (see beforeAll). */
let repo: ConfigRepo;
/** main right after the gate-skipped hotfix, before its rollback. */
let hotfixTip: string;
let n = 0;

const EU = 'prod-eu-west-1';
const US = 'prod-us-east-1';

beforeAll(async () => {
  root = makeTempDir('gitops-promote-parity-cli-');
  repo = await ConfigRepo.create(root, 'history', seedFiles());
  // web: dev → staging → prod v1.1.0, a hotfix v1.1.1 straight to prod (gate skipped), rolled back, then v1.2.0
  // in dev and staging. api: v2.0.0 in dev and staging, v2.1.0 in dev only. prod of api still runs v1.0.0.
  await repo.promote(['--app', 'web', '--to', 'dev', '--version', 'v1.1.0']);
  await repo.promote(['--app', 'web', '--to', 'staging']);
  await repo.promote(['--app', 'web', '--to', 'prod']);
  hotfixTip = await repo.promote(['--app', 'web', '--to', 'prod', '--version', 'v1.1.1', '--skip-gate', 'hotfix for INC-7']);
  await repo.rollback(['--app', 'web', '--env', 'prod', '--reason', 'INC-7 hotfix made it worse']);
  await repo.promote(['--app', 'web', '--to', 'dev', '--version', 'v1.2.0']);
  await repo.promote(['--app', 'web', '--to', 'staging']);
  await repo.promote(['--app', 'api', '--to', 'dev', '--version', 'v2.0.0']);
  await repo.promote(['--app', 'api', '--to', 'staging']);
  await repo.promote(['--app', 'api', '--to', 'dev', '--version', 'v2.1.0']);
  await repo.sync();
}, 60_000);

afterAll(() => {
  removeDir(root);
  disposeGitHome();
});

/** A pull-request branch off main (or `from`) with these overlay changes in one commit. */
async function pr(tags: Record<string, string | undefined>, o: { from?: string; message?: string; extra?: Record<string, string | null> } = {}): Promise<string> {
  const branch = `pr-${++n}`;
  await repo.commit(branch, { ...overlays(tags), ...o.extra }, o.message ?? `bump ${Object.keys(tags).join(', ')}`, { from: o.from ?? 'main' });
  await repo.sync();
  return `origin/${branch}`;
}

const parity = (head: string, extra: string[] = [], base = 'origin/main', r: ConfigRepo = repo): Promise<CliRun> => r.cli(['parity', '--base', base, '--head', head, ...extra]);
const json = async (head: string, base = 'origin/main', r: ConfigRepo = repo): Promise<{ run: CliRun; report: Report }> => {
  const run = await parity(head, ['--json'], base, r);
  return { run, report: JSON.parse(run.stdout) as Report };
};
const verdicts = (r: Report): string[] => r.rows.map((x) => `${x.app} ${x.env}${x.region ? `/${x.region}` : ''} ${x.old ?? 'none'}->${x.new ?? 'none'} ${x.verdict}${x.rule ? `:${x.rule}` : ''}`);

describe('the history the tests run on', () => {
  it('was written by the real promote and rollback commands', async () => {
    const log = (await repo.cli(['history', '--app', 'web', '--env', 'prod', '--ref', 'origin/main', '--json'])).stdout;
    expect(log).toContain('v1.1.1');
    const r = expectExit(await repo.cli(['status', '--ref', 'origin/main', '--format', 'json']), 0);
    const status = JSON.parse(r.stdout) as { apps: { app: string; envs: Record<string, { version: string | null }[]> }[] };
    const cell = (app: string, env: string): (string | null)[] => status.apps.find((a) => a.app === app)?.envs[env]?.map((c) => c.version) ?? [];
    expect([cell('web', 'dev'), cell('web', 'staging'), cell('web', 'prod')]).toEqual([['v1.2.0'], ['v1.2.0'], ['v1.1.0', 'v1.1.0']]);
    expect([cell('api', 'dev'), cell('api', 'staging'), cell('api', 'prod')]).toEqual([['v2.1.0'], ['v2.0.0'], ['v1.0.0', 'v1.0.0']]);
  });
});

describe('parity', () => {
  it('exit 0 for prod moving to what staging runs: the summary table on stdout, nothing on stderr', async () => {
    const head = await pr({ [`web:${EU}`]: 'v1.2.0', [`web:${US}`]: 'v1.2.0' });
    const r = expectExit(await parity(head), 0);
    expect(r.err).toEqual([]);
    expect(r.out[0]).toBe('### ✅ Staging parity: every version change has run in the previous environment');
    expect(r.out).toContain('| app | env | change | previous env runs | verdict | reason |');
    expect(r.out).toContain('| web | prod (eu-west-1) | `v1.1.0` → `v1.2.0` | staging: `v1.2.0` | ✅ ok | staging runs v1.2.0 |');
    expect(r.out).toContain('| web | prod (us-east-1) | `v1.1.0` → `v1.2.0` | staging: `v1.2.0` | ✅ ok | staging runs v1.2.0 |');
  });

  it('exit 1 for prod skipping staging: one error per offending value with file:line on stderr', async () => {
    const head = await pr({ [`api:${EU}`]: 'v2.1.0', [`api:${US}`]: 'v2.1.0' });
    const r = expectExit(await parity(head), 1);
    expect(r.err).toEqual([EU, US].map((dir) => `error: ${overlayPath('api', dir)}:${TAG_LINE}: api prod (${dir.slice(5)}): v2.1.0 is not running in staging (it runs v2.0.0); expected staging to run it first`));
    expect(r.out[0]).toBe('### ⛔ Staging parity: 2 changes skipped the previous environment');
    expect(r.out).toContain('| api | prod (eu-west-1) | `v1.0.0` → `v2.1.0` | staging: `v2.0.0` | ⛔ violation | v2.1.0 is not running in staging (it runs v2.0.0); expected staging to run it first |');
  });

  it('--json: the report as one JSON object, the same verdicts', async () => {
    const head = await pr({ [`api:${EU}`]: 'v2.1.0', [`api:${US}`]: 'v2.1.0', 'web:staging': 'v1.2.0' });
    const { run, report } = await json(head);
    expectExit(run, 1);
    expect(run.out).toHaveLength(1);
    expect(report.ok).toBe(false);
    expect(report.violations).toEqual([EU, US].map((dir) => ({
      app: 'api', env: 'prod', region: dir.slice(5), file: overlayPath('api', dir), line: TAG_LINE, old: 'v1.0.0', new: 'v2.1.0',
      previousEnv: 'staging', previousVersion: 'v2.0.0', verdict: 'violation', rule: 'parity', reason: 'v2.1.0 is not running in staging (it runs v2.0.0); expected staging to run it first',
    })));
  });

  it('passes a version prod ran before (the rolled-back hotfix, v1.0.0): verdict rollback from history', async () => {
    const head = await pr({ [`web:${EU}`]: 'v1.0.0', [`web:${US}`]: 'v1.0.0' });
    const { run, report } = await json(head);
    expectExit(run, 0);
    expect(report.rows.map((x) => [x.verdict, x.reason])).toEqual([['rollback', 'prod ran v1.0.0 before'], ['rollback', 'prod ran v1.0.0 before']]);
  });

  it('passes a change made by the real rollback command (Rollback-Of trailer in the change)', async () => {
    const branch = `pr-${++n}`;
    await repo.commit(branch, { 'README.md': '# gitops config\n\nRolling back api in staging.\n' }, 'docs: note', { from: 'main' });
    expectExit(await repo.cli(['rollback', '--app', 'api', '--env', 'staging', '--branch', branch, '--reason', 'v2.0.0 leaks memory']), 0);
    await repo.sync();
    const { run, report } = await json(`origin/${branch}`);
    expectExit(run, 0);
    const rb = (await repo.tip(branch)).slice(0, 12);
    expect(report.rows).toEqual([expect.objectContaining({ app: 'api', env: 'staging', old: 'v2.0.0', new: 'v1.0.0', verdict: 'rollback' })]);
    expect(report.rows[0]?.reason).toMatch(new RegExp(`^rollback commit ${rb} \\(Rollback-Of [0-9a-f]{12}\\)$`));
  });

  it('fails prod moving together with staging in one change (same-change), staging itself passes', async () => {
    const head = await pr({ 'api:staging': 'v2.1.0', [`api:${EU}`]: 'v2.1.0', [`api:${US}`]: 'v2.1.0' });
    const { run, report } = await json(head);
    expectExit(run, 1);
    expect(verdicts(report)).toEqual([
      'api prod/eu-west-1 v1.0.0->v2.1.0 violation:same-change',
      'api prod/us-east-1 v1.0.0->v2.1.0 violation:same-change',
      'api staging v2.0.0->v2.1.0 ok',
    ]);
  });

  it('fails one region of prod moving alone (regions must agree unless staggered)', async () => {
    const head = await pr({ [`web:${EU}`]: 'v1.2.0' });
    const { run, report } = await json(head);
    expectExit(run, 1);
    expect(report.violations.map((v) => [v.file, v.line, v.rule, v.reason])).toEqual([[
      overlayPath('web', EU), TAG_LINE, 'regions-disagree',
      'the regions of prod would run different versions (eu-west-1: v1.2.0, us-east-1: v1.1.0); expected them to agree (or environments: staggered: true)',
    ]]);
  });

  it('exit 1 with the file and line of malformed YAML in the change, and no stack trace', async () => {
    const broken = overlayText('api', 'staging', 'v2.1.0').replace('    newTag: v2.1.0\n', '    newTag: v2.1.0: hotfix\n');
    const head = await pr({ [`web:${EU}`]: 'v1.2.0', [`web:${US}`]: 'v1.2.0' }, { extra: { [overlayPath('api', 'staging')]: broken } });
    const r = expectExit(await parity(head), 1);
    expect(r.err).toEqual([
      `error: ${overlayPath('api', 'staging')}:${TAG_LINE}: api staging: not valid YAML: Nested mappings are not allowed in compact mappings; expected a YAML file`,
    ]);
    expect(r.stdout).toContain('| web | prod (eu-west-1) | `v1.1.0` → `v1.2.0` | staging: `v1.2.0` | ✅ ok | staging runs v1.2.0 |');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('exit 1 with the line of a broken gitops-promote.yaml in the change', async () => {
    const config = ['# parity policy', 'policy:', '  parity: always', ''].join('\n');
    const head = await pr({ [`web:${EU}`]: 'v1.2.0', [`web:${US}`]: 'v1.2.0' }, { extra: { 'gitops-promote.yaml': config } });
    const r = expectExit(await parity(head), 1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^error: gitops-promote\.yaml:3: .*policy\.parity: /);
  });

  it('does not report changes the base branch made after the pull request branched off', async () => {
    // The branch starts before web's v1.2.0 reached dev and staging; it only bumps api in dev.
    const head = await pr({ 'api:dev': 'v2.2.0' }, { from: hotfixTip });
    const { run, report } = await json(head);
    expect(verdicts(report)).toEqual(['api dev v1.0.0->v2.2.0 ok']);
    expectExit(run, 0);
  });

  it('does not take promotion trailers written in the change itself as history', async () => {
    const head = await pr({ [`api:${EU}`]: 'v9.0.0', [`api:${US}`]: 'v9.0.0' }, { message: promotionMessage('api', 'prod', 'v9.0.0', 'v1.0.0', 'staging') });
    const { run, report } = await json(head);
    expect(verdicts(report)).toEqual(['api prod/eu-west-1 v1.0.0->v9.0.0 violation:parity', 'api prod/us-east-1 v1.0.0->v9.0.0 violation:parity']);
    expectExit(run, 1);
  });

  it('exit 2 with one line for refs that do not exist, missing flags and a directory that is not a repository', async () => {
    const missing = expectExit(await parity('no-such-branch'), 2);
    expect(missing.err).toEqual(['error: --head "no-such-branch" is not a commit in this repository; expected a branch, tag or sha']);
    expect(missing.stdout).toBe('');
    const base = expectExit(await repo.cli(['parity', '--base', 'deadbeef', '--head', 'origin/main']), 2);
    expect(base.err).toEqual(['error: --base "deadbeef" is not a commit in this repository; expected a branch, tag or sha']);
    const noHead = expectExit(await repo.cli(['parity', '--base', 'origin/main']), 2);
    expect(noHead.err).toEqual(['error: parity needs --base and --head; usage: gitops-promote parity --base REF --head REF [--config PATH] [--repo DIR] [--json]']);
    const unknown = expectExit(await repo.cli(['parity', '--base', 'origin/main', '--head', 'origin/main', '--bogus']), 2);
    expect(unknown.err).toHaveLength(1);
    const notRepo = expectExit(await repo.cli(['parity', '--base', 'a', '--head', 'b', '--repo', root]), 2);
    expect(notRepo.err).toHaveLength(1);
    expect(notRepo.err[0]).toMatch(/^error: .* is not a git repository; expected a clone of the config repository/);
  });

  it('--repo DIR runs on another directory', async () => {
    const head = await pr({ [`web:${EU}`]: 'v1.2.0', [`web:${US}`]: 'v1.2.0' });
    const other = makeTempDir('gitops-promote-parity-elsewhere-');
    try {
      const r = expectExit(await runCliBundle(['parity', '--repo', repo.dir, '--base', 'origin/main', '--head', head], other), 0);
      expect(r.stdout).toContain('staging runs v1.2.0');
      expectExit(await runCliBundle(['parity', '--base', 'origin/main', '--head', head], other), 2);
    } finally {
      removeDir(other);
    }
  });
});

describe('parity with a config: soak and staggered regions', () => {
  it('passes what has soaked in staging long enough, fails what has not, and lets staggered regions differ', async () => {
    const config = [
      'environments:',
      '  - dev',
      '  - staging',
      '  - name: prod',
      '    regions: [eu-west-1, us-east-1]',
      '    staggered: true',
      'policy:',
      '  parity: soak:1d',
      '',
    ].join('\n');
    const r2 = await ConfigRepo.create(root, 'soak', { ...seedFiles(), 'gitops-promote.yaml': config });
    await r2.promote(['--app', 'web', '--to', 'dev', '--version', 'v1.1.0'], hoursAgo(50));
    await r2.promote(['--app', 'web', '--to', 'staging'], hoursAgo(30));
    await r2.promote(['--app', 'api', '--to', 'dev', '--version', 'v1.1.0'], hoursAgo(50));
    await r2.promote(['--app', 'api', '--to', 'staging'], hoursAgo(2));
    await r2.commit('canary', overlays({ [`web:${EU}`]: 'v1.1.0', [`api:${EU}`]: 'v1.1.0' }), 'prod canaries in eu-west-1', { from: 'main' });
    await r2.sync();
    const { run, report } = await json('origin/canary', 'origin/main', r2);
    expectExit(run, 1);
    expect(report.rows.map((x) => [x.app, x.region, x.verdict, x.rule ?? '-'])).toEqual([['api', 'eu-west-1', 'violation', 'soak'], ['web', 'eu-west-1', 'ok', '-']]);
    expect(report.rows[0]?.reason).toMatch(/^v1\.1\.0 has run in staging for [12]h \(since .+\); policy needs 1d$/);
    expect(report.rows[1]?.reason).toMatch(/^v1\.1\.0 has run in staging for (29|30)h$/);
  });
});

describe('drift', () => {
  it('--json: the matrix of every app × env × region, and no drift on a history kept by the tool', async () => {
    const r = expectExit(await repo.cli(['drift', '--ref', 'origin/main', '--json']), 0);
    const { matrix, drift } = JSON.parse(r.stdout) as { matrix: { envs: string[]; apps: { app: string; cells: Record<string, { region?: string; version?: string }[]> }[] }; drift: DriftItem[] };
    expect(drift).toEqual([]);
    expect(matrix.envs).toEqual(['dev', 'staging', 'prod']);
    const web = matrix.apps.find((a) => a.app === 'web')?.cells;
    expect(web?.prod?.map((c) => [c.region, c.version])).toEqual([['eu-west-1', 'v1.1.0'], ['us-east-1', 'v1.1.0']]);
  });

  it('reports prod edited by hand to a version staging never ran, and regions that disagree', async () => {
    const head = await pr({ [`api:${US}`]: 'v3.0.0' });
    const r = expectExit(await repo.cli(['drift', '--ref', head]), 0);
    expect(r.out[0]).toBe('### ⚠️ 2 drift findings');
    expect(r.out).toContain('| api | prod (us-east-1) | `never-in-previous` | prod runs v3.0.0, which staging never ran (it runs v2.0.0) |');
    expect(r.out).toContain('| api | prod | `regions-disagree` | regions run different versions: eu-west-1: v1.0.0, us-east-1: v3.0.0 |');
    expect(r.out).toContain('| api | v2.1.0 | v2.0.0 | v1.0.0 (eu-west-1), v3.0.0 (us-east-1) |');
  });

  it('reports the hotfix that went straight to prod while it runs there (staging never ran v1.1.1)', async () => {
    const r = expectExit(await repo.cli(['drift', '--ref', hotfixTip, '--json']), 0);
    const { drift } = JSON.parse(r.stdout) as { drift: DriftItem[] };
    expect(drift.map((d) => [d.kind, d.app, d.env, d.region])).toEqual([['never-in-previous', 'web', 'prod', 'eu-west-1'], ['never-in-previous', 'web', 'prod', 'us-east-1']]);
  });

  it('--behind-after: prod behind staging for longer than the threshold (promotion dates from trailers)', async () => {
    const r3 = await ConfigRepo.create(root, 'behind', seedFiles());
    await r3.promote(['--app', 'web', '--to', 'dev', '--version', 'v1.3.0'], hoursAgo(24 * 10));
    await r3.promote(['--app', 'web', '--to', 'staging'], hoursAgo(24 * 9));
    await r3.sync();
    const late = await r3.cli(['drift', '--ref', 'origin/main', '--behind-after', '7d', '--json']);
    expect((JSON.parse(expectExit(late, 0).stdout) as { drift: DriftItem[] }).drift).toEqual([
      { kind: 'behind', app: 'web', env: 'prod', file: overlayPath('web', EU), line: TAG_LINE, message: 'prod runs v1.0.0; staging has run v1.3.0 for 9d' },
    ]);
    const early = await r3.cli(['drift', '--ref', 'origin/main', '--behind-after', '2w', '--json']);
    expect((JSON.parse(expectExit(early, 0).stdout) as { drift: DriftItem[] }).drift).toEqual([]);
    const bad = expectExit(await r3.cli(['drift', '--behind-after', 'a week']), 2);
    expect(bad.err).toEqual(['error: --behind-after: duration "a week" is not a duration (at "a week"); expected a duration such as 500ms, 5s, 10m, 1h30m or 7d']);
  });

  describe('--live against a loopback service', () => {
    let server: Server;
    let port = 0;
    const asked: string[] = [];

    beforeAll(async () => {
      const answers: Record<string, { status: number; body: unknown }> = {
        '/web/staging/': { status: 200, body: { build: { version: 'v1.2.0' } } },
        '/web/prod/eu-west-1': { status: 200, body: { build: { version: 'v1.1.0' } } },
        '/web/prod/us-east-1': { status: 200, body: { build: { version: 'v1.1.1' } } },
        '/api/staging/': { status: 503, body: { error: 'warming up' } },
        '/api/prod/eu-west-1': { status: 200, body: { build: { version: 'v1.0.0' } } },
        '/api/prod/us-east-1': { status: 200, body: { build: {} } },
      };
      server = createServer((req, res) => {
        asked.push(req.url ?? '');
        const a = answers[req.url ?? ''] ?? { status: 404, body: { message: 'Not Found' } };
        res.writeHead(a.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(a.body));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });

    afterAll(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it('compares what each service reports with git, per env and region', async () => {
      const config = ['drift:', '  live:', ...['staging', 'prod'].flatMap((env) => [`    ${env}:`, `      url: http://127.0.0.1:${port}/{app}/{env}/{region}`, '      field: build.version']), ''].join('\n');
      const head = await pr({}, { extra: { 'gitops-promote.yaml': config } });
      const r = expectExit(await repo.cli(['drift', '--ref', head, '--live', '--json']), 0);
      const { drift } = JSON.parse(r.stdout) as { drift: DriftItem[] };
      expect(asked.sort()).toEqual(['/api/prod/eu-west-1', '/api/prod/us-east-1', '/api/staging/', '/web/prod/eu-west-1', '/web/prod/us-east-1', '/web/staging/']);
      const base = `http://127.0.0.1:${port}`;
      expect(drift).toEqual([
        { kind: 'live-mismatch', app: 'api', env: 'staging', file: overlayPath('api', 'staging'), line: TAG_LINE, message: `could not read the live version: ${base}/api/staging/ answered HTTP 503` },
        { kind: 'live-mismatch', app: 'api', env: 'prod', region: 'us-east-1', file: overlayPath('api', US), line: TAG_LINE, message: `could not read the live version: ${base}/api/prod/us-east-1 has no build.version field` },
        { kind: 'live-mismatch', app: 'web', env: 'prod', region: 'us-east-1', file: overlayPath('web', US), line: TAG_LINE, message: 'git says v1.1.0, the live service reports v1.1.1' },
      ]);
    });

    it('exit 2 for --live without drift.live endpoints in the config', async () => {
      const r = expectExit(await repo.cli(['drift', '--ref', 'origin/main', '--live']), 2);
      expect(r.err).toEqual(['error: --live needs drift.live endpoints in gitops-promote.yaml; expected drift: {live: {prod: {url: ...}}}']);
    });
  });
});

