// `gitops-promote parity` and `gitops-promote drift` (dist/cli/index.js under Node 24) on real git repositories
// whose history was made by the real `promote` and `rollback` commands: a hotfix, a rollback, regional prod.
// The overlays really build, so parity runs as it does by default (render: auto finds `kubectl kustomize` here);
// tests about the static model say `--render none`. "Ran" and soak come from the content of main's history;
// trailers are never evidence. Exit codes: parity 0 (ok), 1 (a violation), 2 (bad input).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, symlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { runCliBundle, type CliRun } from './helpers/action-runner.js';
import { disposeGitHome, makeTempDir, removeDir } from './helpers/git-repo.js';
import {
  ConfigRepo, ENVOY, TAG_LINE, appImage, deploymentPath, deploymentText, expectExit, hoursAgo, overlayPath,
  overlayText, overlays, promotionMessage, renderedImages, rollbackMessage, seedFiles,
} from './helpers/parity-repos.js';

interface Row {
  app: string; env: string; region?: string; file: string; line: number; oldImages?: string[]; newImages?: string[];
  previousEnv?: string; previousImages?: string[]; verdict: string; rule?: string; reason: string;
}
interface Report {
  base: string; head: string; mode: string; renderer?: string; notices: string[]; rows: Row[]; violations: Row[]; ok: boolean;
}
interface DriftItem { kind: string; app: string; env: string; region?: string; file?: string; line?: number; message: string }

let root: string;
/** The main history: made with the real CLI (see beforeAll). */
let repo: ConfigRepo;
/** main right after the gate-skipped hotfix, before its rollback. */
let hotfixTip: string;
let n = 0;

const EU = 'prod-eu-west-1';
const US = 'prod-us-east-1';
const SIDECAR = `${ENVOY}:v1.29.1`;
/** `kubectl kustomize` as the CLI names it in reports, e.g. "kubectl v1.32.4 (kustomize v5.5.0)". */
const RENDERER = /^kubectl v\S+ \(kustomize v\S+\)$/;

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
interface PrOptions { from?: string; message?: string; extra?: Record<string, string | null> }

async function pr(tags: Record<string, string | undefined>, o: PrOptions = {}): Promise<string> {
  const branch = `pr-${++n}`;
  const message = o.message ?? `bump ${Object.keys(tags).join(', ')}`;
  await repo.commit(branch, { ...overlays(tags), ...o.extra }, message, { from: o.from ?? 'main' });
  await repo.sync();
  return `origin/${branch}`;
}

interface ParityArgs { extra?: string[]; base?: string; r?: ConfigRepo }

const parity = (head: string, o: ParityArgs = {}): Promise<CliRun> =>
  (o.r ?? repo).cli(['parity', '--base', o.base ?? 'origin/main', '--head', head, ...(o.extra ?? [])]);
const json = async (head: string, o: ParityArgs = {}): Promise<{ run: CliRun; report: Report }> => {
  const run = await parity(head, { ...o, extra: [...(o.extra ?? []), '--json'] });
  return { run, report: JSON.parse(run.stdout) as Report };
};

/** The tag of the app's own image among `images` ('none' when it deploys none). */
const tagOf = (app: string, images: readonly string[] | undefined): string =>
  images?.find((i) => i.startsWith(`ghcr.io/acme/${app}:`))?.slice(`ghcr.io/acme/${app}:`.length) ?? 'none';
const verdicts = (r: Report): string[] => r.rows.map((x) => {
  const where = `${x.app} ${x.env}${x.region ? `/${x.region}` : ''}`;
  return `${where} ${tagOf(x.app, x.oldImages)}->${tagOf(x.app, x.newImages)} ${x.verdict}${x.rule ? `:${x.rule}` : ''}`;
});
/** verdicts() of both prod regions of `app` moving `from` → `to` with `verdict`. */
const inProd = (app: string, from: string, to: string, verdict: string): string[] =>
  [EU, US].map((dir) => `${app} prod/${dir.slice(5)} ${from}->${to} ${verdict}`);
const notRunning = (app: string, tag: string): string =>
  `${appImage(app, tag)} is not running in staging; expected staging to run it first`;
/** The summary's "images: old → new" cell for the app's own image. */
const moved = (app: string, from: string, to: string): string => `\`${appImage(app, from)}\` → \`${appImage(app, to)}\``;
const reRendered = /^Compared [0-9a-f]{12}\.\.[0-9a-f]{12}\. Rendered with kubectl v\S+ \(kustomize v\S+\)\.$/;
const escape = (x: string): string => x.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

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

describe('parity (default render: auto, which renders with kubectl here)', () => {
  it('exit 0 for prod moving to what staging runs: the summary names the renderer, nothing on stderr', async () => {
    const head = await pr({ [`web:${EU}`]: 'v1.2.0', [`web:${US}`]: 'v1.2.0' });
    const r = expectExit(await parity(head), 0);
    expect(r.err).toEqual([]);
    expect(r.out[0]).toBe('### ✅ Staging parity: every image this change deploys has run in the previous environment');
    expect(r.out).toContainEqual(expect.stringMatching(reRendered));
    expect(r.out).toContain('| app | env | images: old → new | previous env runs | verdict | reason |');
    for (const region of ['eu-west-1', 'us-east-1']) {
      expect(r.out).toContain(`| web | prod (${region}) | ${moved('web', 'v1.1.0', 'v1.2.0')} `
        + `| staging: \`${SIDECAR}\`, \`${appImage('web', 'v1.2.0')}\` | ✅ ok | staging runs ${appImage('web', 'v1.2.0')} |`);
    }
  });

  it('exit 1 for prod skipping staging: one error per offending overlay with file:line on stderr', async () => {
    const head = await pr({ [`api:${EU}`]: 'v2.1.0', [`api:${US}`]: 'v2.1.0' });
    const r = expectExit(await parity(head), 1);
    expect(r.err).toEqual([EU, US].map((dir) =>
      `error: ${overlayPath('api', dir)}:${TAG_LINE}: api prod (${dir.slice(5)}): parity: ${notRunning('api', 'v2.1.0')}`));
    expect(r.out[0]).toBe('### ⛔ Staging parity: 2 violations');
    expect(r.out).toContain(`| api | prod (eu-west-1) | ${moved('api', 'v1.0.0', 'v2.1.0')} `
      + `| staging: \`${SIDECAR}\`, \`${appImage('api', 'v2.0.0')}\` | ⛔ \`parity\` | ${notRunning('api', 'v2.1.0')} |`);
  });

  it('--json: the report as one JSON object with the mode, the renderer and rendered images', async () => {
    const head = await pr({ [`api:${EU}`]: 'v2.1.0', [`api:${US}`]: 'v2.1.0', 'web:staging': 'v1.2.0' });
    const { run, report } = await json(head);
    expectExit(run, 1);
    expect(run.out).toHaveLength(1);
    expect(report.ok).toBe(false);
    expect(report.mode).toBe('render');
    expect(report.renderer).toMatch(RENDERER);
    expect(report.violations).toEqual([EU, US].map((dir) => ({
      app: 'api', env: 'prod', region: dir.slice(5), file: overlayPath('api', dir), line: TAG_LINE,
      oldImages: renderedImages('api', 'v1.0.0'), newImages: renderedImages('api', 'v2.1.0'),
      previousEnv: 'staging', previousImages: [SIDECAR, appImage('api', 'v2.0.0')], verdict: 'violation', rule: 'parity',
      reason: notRunning('api', 'v2.1.0'),
    })));
  });

  it('--json --render none: the static model, the same rows on the same lines, the mode in the summary', async () => {
    const head = await pr({ [`api:${EU}`]: 'v2.1.0', [`api:${US}`]: 'v2.1.0' });
    const { run, report } = await json(head, { extra: ['--render', 'none'] });
    expectExit(run, 1);
    expect({ mode: report.mode, renderer: report.renderer }).toEqual({ mode: 'static', renderer: undefined });
    expect(report.violations.map((v) => [v.file, v.line, v.rule, v.oldImages, v.newImages])).toEqual([EU, US].map((dir) => [
      overlayPath('api', dir), TAG_LINE, 'parity', renderedImages('api', 'v1.0.0'), renderedImages('api', 'v2.1.0'),
    ]));
    const text = expectExit(await parity(head, { extra: ['--render', 'none'] }), 1);
    const how = 'Static model (images: only; no renderer), unexplained changes refused.';
    expect(text.out).toContain(`Compared ${report.base.slice(0, 12)}..${report.head.slice(0, 12)}. ${how}`);
  });

  it('passes prod back to what it ran at the first import, a plain commit and no trailer (verdict rollback)', async () => {
    const head = await pr({ [`web:${EU}`]: 'v1.0.0', [`web:${US}`]: 'v1.0.0' }, { message: 'web back to v1.0.0' });
    const { run, report } = await json(head);
    expectExit(run, 0);
    expect(report.rows.map((x) => x.verdict)).toEqual(['rollback', 'rollback']);
    const from = `apps/web/overlays/prod-[a-z0-9-]+/kustomization\\.yaml from [0-9a-f]{12}, .+`;
    const want = new RegExp(`^prod ran ${escape(appImage('web', 'v1.0.0'))} before \\(${from}\\)$`);
    for (const x of report.rows) expect(x.reason).toMatch(want);
  });

  it('passes the real rollback command\'s change because staging ran the image before, not for its trailer', async () => {
    const branch = `pr-${++n}`;
    await repo.commit(branch, { 'README.md': '# gitops config\n\nRolling back api in staging.\n' }, 'docs: note', { from: 'main' });
    const args = ['--app', 'api', '--env', 'staging', '--branch', branch, '--reason', 'v2.0.0 leaks memory'];
    expectExit(await repo.cli(['rollback', ...args]), 0);
    await repo.sync();
    const { run, report } = await json(`origin/${branch}`);
    expectExit(run, 0);
    expect(report.rows.map((x) => [x.app, x.env, tagOf('api', x.oldImages), tagOf('api', x.newImages), x.verdict])).toEqual([
      ['api', 'staging', 'v2.0.0', 'v1.0.0', 'rollback'],
    ]);
    const from = `${escape(overlayPath('api', 'staging'))} from [0-9a-f]{12}, `;
    expect(report.rows[0]?.reason).toMatch(new RegExp(`^staging ran ${escape(appImage('api', 'v1.0.0'))} before \\(${from}`));
  });

  it('does not let a Rollback-Of trailer (forged or real) excuse an image prod never ran', async () => {
    const main = await repo.tip('main');
    for (const of of [main, 'badc0ffee0ddf00dbadc0ffee0ddf00ddeadbeef']) {
      const message = rollbackMessage('api', 'prod', 'v1.0.0', 'v0.9.0', of);
      const { run, report } = await json(await pr({ [`api:${EU}`]: 'v0.9.0', [`api:${US}`]: 'v0.9.0' }, { message }));
      expect(verdicts(report)).toEqual(inProd('api', 'v1.0.0', 'v0.9.0', 'violation:parity'));
      expectExit(run, 1);
    }
  });

  it('does not take Promoted-* trailers on an earlier merged commit as proof that an image ran', async () => {
    // A harmless merged change whose message claims staging and prod ran v9.0.0: the base the PR is judged on.
    const harmless = `pr-${++n}`;
    const claims = [
      promotionMessage('api', 'staging', 'v9.0.0', 'v2.0.0', 'dev'), promotionMessage('api', 'prod', 'v9.0.0', 'v1.0.0', 'staging'),
    ];
    for (const [i, message] of claims.entries()) {
      await repo.commit(harmless, { 'README.md': `# gitops config\n\nharmless ${i}\n` }, message, { from: 'main' });
    }
    await repo.sync();
    const head = await pr({ [`api:${EU}`]: 'v9.0.0', [`api:${US}`]: 'v9.0.0' }, { from: harmless });
    const { run, report } = await json(head, { base: `origin/${harmless}` });
    expect(verdicts(report)).toEqual(inProd('api', 'v1.0.0', 'v9.0.0', 'violation:parity'));
    expectExit(run, 1);
  });

  it('fails prod moving together with staging in one change (same-change), staging itself passes', async () => {
    const head = await pr({ 'api:staging': 'v2.1.0', [`api:${EU}`]: 'v2.1.0', [`api:${US}`]: 'v2.1.0' });
    const { run, report } = await json(head);
    expectExit(run, 1);
    expect(verdicts(report)).toEqual([
      'api staging v2.0.0->v2.1.0 ok',
      'api prod/eu-west-1 v1.0.0->v2.1.0 violation:same-change',
      'api prod/us-east-1 v1.0.0->v2.1.0 violation:same-change',
    ]);
  });

  it('fails one region of prod moving alone (regions must agree unless staggered)', async () => {
    const head = await pr({ [`web:${EU}`]: 'v1.2.0' });
    const { run, report } = await json(head);
    expectExit(run, 1);
    expect(report.violations.map((v) => [v.file, v.line, v.rule, v.reason])).toEqual([[
      overlayPath('web', EU), TAG_LINE, 'regions-disagree',
      'the regions of prod would run different versions (eu-west-1: v1.2.0, us-east-1: v1.1.0); '
        + 'expected them to agree (or environments: staggered: true)',
    ]]);
  });

  it('exit 1 with the file and line of malformed YAML in the change, and no stack trace', async () => {
    const broken = overlayText('api', 'staging', 'v2.1.0').replace('    newTag: v2.1.0\n', '    newTag: v2.1.0: hotfix\n');
    const head = await pr({ [`web:${EU}`]: 'v1.2.0', [`web:${US}`]: 'v1.2.0' }, { extra: { [overlayPath('api', 'staging')]: broken } });
    const r = expectExit(await parity(head), 1);
    expect(r.err).toHaveLength(1);
    const why = 'not valid YAML: Nested mappings are not allowed in compact mappings';
    expect(r.err[0]).toMatch(new RegExp(`^error: ${overlayPath('api', 'staging')}:${TAG_LINE}: api staging: invalid-file: .*${why}`));
    expect(r.stdout).toContain(`| ✅ ok | staging runs ${appImage('web', 'v1.2.0')} |`);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('exit 1 with the line of a broken gitops-promote.yaml in the change', async () => {
    const config = ['# parity policy', 'policy:', '  parity: always', ''].join('\n');
    const head = await pr({ [`web:${EU}`]: 'v1.2.0', [`web:${US}`]: 'v1.2.0' }, { extra: { 'gitops-promote.yaml': config } });
    const r = expectExit(await parity(head), 1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(/^error: gitops-promote\.yaml:3: .*policy\.parity: /);
  });

  it('judges a change that adds a looser gitops-promote.yaml by the base branch\'s rules, with a notice', async () => {
    // api prod to v2.1.0, which dev runs and staging does not: a config making prod follow dev changes nothing.
    const config = 'environments:\n  - staging\n  - dev\n  - name: prod\n    regions: [eu-west-1, us-east-1]\n'
      + 'policy:\n  parity: ever\n';
    const head = await pr({ [`api:${EU}`]: 'v2.1.0', [`api:${US}`]: 'v2.1.0' }, { extra: { 'gitops-promote.yaml': config } });
    const { run, report } = await json(head);
    expect(verdicts(report)).toEqual(inProd('api', 'v1.0.0', 'v2.1.0', 'violation:parity'));
    expect(report.violations.map((v) => v.previousEnv)).toEqual(['staging', 'staging']);
    expect(report.notices).toEqual(['this change edits gitops-promote.yaml: it is judged by the base branch\'s rules; '
      + 'the new ones apply after merging']);
    expectExit(run, 1);
  });

  it('does not report changes the base branch made after the pull request branched off', async () => {
    // The branch starts before web's v1.2.0 reached dev and staging; it only bumps api in dev. What it replaces is
    // what main deploys now (api dev v2.1.0), not what the branch started from.
    const head = await pr({ 'api:dev': 'v2.2.0' }, { from: hotfixTip });
    const { run, report } = await json(head);
    expect(verdicts(report)).toEqual(['api dev v2.1.0->v2.2.0 ok']);
    expectExit(run, 0);
  });

  it('does not take promotion trailers written in the change itself as history', async () => {
    const message = promotionMessage('api', 'prod', 'v9.0.0', 'v1.0.0', 'staging');
    const { run, report } = await json(await pr({ [`api:${EU}`]: 'v9.0.0', [`api:${US}`]: 'v9.0.0' }, { message }));
    expect(verdicts(report)).toEqual(inProd('api', 'v1.0.0', 'v9.0.0', 'violation:parity'));
    expectExit(run, 1);
  });

  it('exit 2 with one line for refs that do not exist, missing flags and a directory that is not a repository', async () => {
    const missing = expectExit(await parity('no-such-branch'), 2);
    expect(missing.err).toEqual(['error: --head "no-such-branch" is not a commit in this repository; expected a branch, tag or sha such as HEAD or origin/main']);
    expect(missing.stdout).toBe('');
    const base = expectExit(await repo.cli(['parity', '--base', 'deadbeef', '--head', 'origin/main']), 2);
    expect(base.err).toEqual(['error: --base "deadbeef" is not a commit in this repository; expected a branch, tag or sha such as HEAD or origin/main']);
    const noValue = expectExit(await repo.cli(['parity', '--base']), 2);
    expect(noValue.err).toEqual([expect.stringMatching(/^error: Option '--base <value>' argument missing; usage: gitops-promote parity \[--base REF\] \[--head REF\] /)]);
    const unknown = expectExit(await repo.cli(['parity', '--base', 'origin/main', '--head', 'origin/main', '--bogus']), 2);
    expect(unknown.err).toHaveLength(1);
    const notRepo = expectExit(await repo.cli(['parity', '--base', 'a', '--head', 'b', '--repo', root]), 2);
    expect(notRepo.err).toHaveLength(1);
    expect(notRepo.err[0]).toMatch(/^error: .* is not a git repository; expected a clone of the config repository/);
  });

  it('exit 2 with one line for an unknown render mode, a renderer not on PATH and an unknown --history-ref', async () => {
    const bad = expectExit(await parity('origin/main', { extra: ['--render', 'sometimes'] }), 2);
    expect(bad.err).toEqual(['error: --render is "sometimes"; expected one of auto, kustomize, kubectl, none']);
    expect(bad.stdout).toBe('');
    // A PATH with git and nothing else.
    const onlyGit = makeTempDir('gitops-promote-parity-nopath-');
    const gitBin = (process.env.PATH ?? '').split(':').map((d) => join(d, 'git')).find((f) => existsSync(f));
    symlinkSync(gitBin as string, join(onlyGit, 'git'));
    try {
      const args = ['parity', '--base', 'origin/main', '--head', 'origin/main', '--render', 'kubectl'];
      const absent = expectExit(await repo.cli(args, { PATH: onlyGit }), 2);
      expect(absent.err).toHaveLength(1);
      expect(absent.err[0]).toMatch(/^error: render "kubectl": .*expected kubectl 1\.24 or newer/);
    } finally {
      removeDir(onlyGit);
    }
    const history = expectExit(await parity('origin/main', { extra: ['--history-ref', 'no-such-branch'] }), 2);
    expect(history.err).toEqual(['error: --history-ref "no-such-branch" is not a commit in this repository; '
      + 'expected a branch, tag or sha such as HEAD or origin/main']);
  });

  it('--repo DIR runs on another directory', async () => {
    const head = await pr({ [`web:${EU}`]: 'v1.2.0', [`web:${US}`]: 'v1.2.0' });
    const other = makeTempDir('gitops-promote-parity-elsewhere-');
    try {
      const r = expectExit(await runCliBundle(['parity', '--repo', repo.dir, '--base', 'origin/main', '--head', head], other), 0);
      expect(r.stdout).toContain(`staging runs ${appImage('web', 'v1.2.0')}`);
      expectExit(await runCliBundle(['parity', '--base', 'origin/main', '--head', head], other), 2);
    } finally {
      removeDir(other);
    }
  });
});

describe('parity: what the renderer sees that the static model cannot', () => {
  const replicas = (app: string, dir: string, tag: string): string =>
    overlayText(app, dir, tag).replace('    count: 2\n', '    count: 5\n');

  it('passes a prod config-only change (replicas) with the renderer; --render none refuses it', async () => {
    const head = await pr({}, { extra: { [overlayPath('web', EU)]: replicas('web', EU, 'v1.1.0') } });
    const rendered = await json(head);
    expect(rendered.report.rows).toEqual([]);
    expectExit(rendered.run, 0);
    const { run, report } = await json(head, { extra: ['--render', 'none'] });
    expectExit(run, 1);
    expect(report.violations.map((v) => [v.app, v.env, v.region, v.file, v.rule])).toEqual([
      ['web', 'prod', 'eu-west-1', overlayPath('web', EU), 'unverified-change'],
    ]);
  });

  it('sees a base change that deploys a new image in every environment that reads it', async () => {
    // Someone adds a debug sidecar to web's base: one change moves dev, staging and prod to an image none ran.
    const sidecar = '        - name: debug\n          image: docker.io/library/busybox:1.36\n        - name: envoy\n';
    const base = deploymentText('web').replace('        - name: envoy\n', sidecar);
    const head = await pr({}, { extra: { [deploymentPath('web')]: base } });
    const { run, report } = await json(head);
    expectExit(run, 1);
    expect(report.rows.map((x) => [x.env, x.region ?? '', x.verdict, x.rule ?? ''])).toEqual([
      ['dev', '', 'ok', ''], ['staging', '', 'violation', 'same-change'],
      ['prod', 'eu-west-1', 'violation', 'same-change'], ['prod', 'us-east-1', 'violation', 'same-change'],
    ]);
    expect(report.rows[0]?.newImages).toEqual([...renderedImages('web', 'v1.2.0'), 'docker.io/library/busybox:1.36'].sort());
    expect(report.violations[0]?.reason).toMatch(/^this change moves dev to docker\.io\/library\/busybox:1\.36 too: /);
    // The static model cannot tell: every overlay that reads the file is unverified.
    const none = await json(head, { extra: ['--render', 'none'] });
    expect(none.report.violations.map((v) => [v.env, v.file, v.rule])).toEqual([
      ['dev', deploymentPath('web'), 'unverified-change'], ['staging', deploymentPath('web'), 'unverified-change'],
      ['prod', deploymentPath('web'), 'unverified-change'], ['prod', deploymentPath('web'), 'unverified-change'],
    ]);
  });

  it('fails an overlay the renderer cannot build (render-error), naming the renderer', async () => {
    const missing = overlayText('web', EU, 'v1.2.0').replace('  - ../../base\n', '  - ../../base\n  - hpa.yaml\n');
    const head = await pr({ [`web:${US}`]: 'v1.2.0' }, { extra: { [overlayPath('web', EU)]: missing } });
    const { run, report } = await json(head);
    expectExit(run, 1);
    const at = report.violations.map((v) => [v.region, v.file, v.rule]);
    expect(at).toEqual([['eu-west-1', overlayPath('web', EU), 'render-error']]);
    expect(report.violations[0]?.reason).toMatch(/kubectl v\S+ \(kustomize v\S+\).*hpa\.yaml/);
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
    const { run, report } = await json('origin/canary', { r: r2 });
    expectExit(run, 1);
    expect(report.rows.map((x) => [x.app, x.region, x.verdict, x.rule ?? '-'])).toEqual([['api', 'eu-west-1', 'violation', 'soak'], ['web', 'eu-west-1', 'ok', '-']]);
    expect(report.rows[0]?.reason).toMatch(/^ghcr\.io\/acme\/api:v1\.1\.0 has run in staging for [12]h \(since .+\); policy needs 1d$/);
    expect(report.rows[1]?.reason).toMatch(/^ghcr\.io\/acme\/web:v1\.1\.0 has run in staging for (29|30)h$/);
  });

  it('dates soak by the committer time of the commit that put the image in staging, whatever the trailers say', async () => {
    const r3 = await ConfigRepo.create(root, 'soak-content', { ...seedFiles(), 'gitops-promote.yaml': 'policy:\n  parity: soak:1d\n' });
    // web: a plain commit (no trailers) 30h ago. api: a trailer 40h ago claims staging ran v1.1.0; the content
    // only got there 3h ago.
    const both = (app: string): Record<string, string> => overlays({ [`${app}:dev`]: 'v1.1.0', [`${app}:staging`]: 'v1.1.0' });
    await r3.commit('main', both('web'), 'web v1.1.0 in dev and staging', { date: hoursAgo(30) });
    const claim = promotionMessage('api', 'staging', 'v1.1.0', 'v1.0.0', 'dev');
    await r3.commit('main', { 'README.md': 'notes\n' }, claim, { date: hoursAgo(40) });
    await r3.commit('main', both('api'), 'api v1.1.0 in dev and staging', { date: hoursAgo(3) });
    const prod = overlays(Object.fromEntries(['web', 'api'].flatMap((a) => [EU, US].map((d) => [`${a}:${d}`, 'v1.1.0']))));
    await r3.commit('prod', prod, 'prod', { from: 'main' });
    await r3.sync();
    const { run, report } = await json('origin/prod', { r: r3 });
    expectExit(run, 1);
    expect(report.rows.map((x) => [x.app, x.region, x.verdict, x.rule ?? '-'])).toEqual([
      ['api', 'eu-west-1', 'violation', 'soak'], ['api', 'us-east-1', 'violation', 'soak'],
      ['web', 'eu-west-1', 'ok', '-'], ['web', 'us-east-1', 'ok', '-'],
    ]);
    const took = '(2h5\\dm|3h|3h0\\dm)';
    const api = escape(appImage('api', 'v1.1.0'));
    expect(report.rows[0]?.reason).toMatch(new RegExp(`^${api} has run in staging for ${took} \\(since .+\\); policy needs 1d$`));
    expect(report.rows[2]?.reason).toMatch(/^ghcr\.io\/acme\/web:v1\.1\.0 has run in staging for (29h5\dm|30h|30h0\dm)$/);
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
    expect(r.out).toContain('| api | prod (us-east-1) | `never-in-previous` | prod runs ghcr.io/acme/api:v3.0.0, which staging never ran '
      + '(by the content of its files on this branch; it runs v2.0.0) |');
    expect(r.out).toContain('| api | prod | `regions-disagree` | regions run different versions: eu-west-1: v1.0.0, us-east-1: v3.0.0 |');
    expect(r.out).toContain('| api | v2.1.0 | v2.0.0 | v1.0.0 (eu-west-1), v3.0.0 (us-east-1) |');
  });

  it('reports the hotfix that went straight to prod while it runs there (staging never ran v1.1.1)', async () => {
    const r = expectExit(await repo.cli(['drift', '--ref', hotfixTip, '--json']), 0);
    const { drift } = JSON.parse(r.stdout) as { drift: DriftItem[] };
    expect(drift.map((d) => [d.kind, d.app, d.env, d.region])).toEqual([['never-in-previous', 'web', 'prod', 'eu-west-1'], ['never-in-previous', 'web', 'prod', 'us-east-1']]);
  });

  it('--behind-after: prod behind staging for longer than the threshold (since the commit that moved staging)', async () => {
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
