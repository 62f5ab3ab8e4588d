// The promote action end to end: the built bundle (dist/promote/index.js) run as the GitHub runner runs a node24
// action, in a checkout made like actions/checkout, against a real `git http-backend` that demands the token.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { runAction, type ActionRun } from './helpers/action-runner.js';
import {
  checkoutClone, checkoutState, createConfigRepo, helmConfigFiles, helmConfigYaml, lineOf, overlayPath, overlayText, valuesPath, valuesText,
  zeroConfigFiles, type HelmConfigOptions, type ZeroVersions,
} from './helpers/config-repo.js';
import { commitToBare, disposeGitHome, gitOk, headOf, logOf, makeTempDir, readBlob, refsOf, removeDir, type FileMap, type LogEntry } from './helpers/git-repo.js';
import { startGitServer, type GitServer } from './helpers/git-server.js';
import { changedFiles, commitsSince, trailers } from './helpers/git-history.js';
import { expectCode } from './helpers/action-runner.js';

const TOKEN = `ghs_${randomBytes(18).toString('hex')}`;
const TOKEN_B64 = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
const RUN_URL = 'https://github.com/octo-org/gitops/actions/runs/9876543210';

let root: string;
let server: GitServer;
let n = 0;

beforeAll(async () => {
  root = makeTempDir('gitops-promote-action-');
  server = await startGitServer({ root, token: TOKEN });
});

afterAll(async () => {
  await server.close();
  removeDir(root);
  disposeGitHome();
});

interface Fixture { name: string; bare: string; dir: string; seed: string }

/** A fresh config repo on the server and a checkout of it (made like actions/checkout). */
async function fixture(files: FileMap, o: { persistCredentials?: boolean; depth?: number } = {}): Promise<Fixture> {
  const name = `cfg-${++n}`;
  const bare = await createConfigRepo(root, name, files);
  const dir = await checkoutClone(server.url(name), join(root, `${name}-checkout`), { token: TOKEN, ...o });
  return { name, bare, dir, seed: await headOf(bare, 'main') };
}

const zero = (versions: ZeroVersions = {}): Promise<Fixture> => fixture(zeroConfigFiles(versions));
const helm = (o: HelmConfigOptions = {}): Promise<Fixture> => fixture(helmConfigFiles(o));

// Retries wait nothing here: the test-only back-off unit 0 (src/adapters/test-backoff.ts); what is asserted is what
// lands and how many attempts it took.
const NO_BACKOFF = { GITOPS_PROMOTE_TEST_BACKOFF_MS: '0' };

function promote(f: Fixture, inputs: Record<string, string | undefined>, extra: Partial<Parameters<typeof runAction>[1]> = {}): Promise<ActionRun> {
  const env = { ...NO_BACKOFF, ...extra.env };
  return runAction('promote', { inputs: { token: TOKEN, ...inputs }, workspace: f.dir, githubToken: TOKEN, ...extra, env });
}




const tagLine = (app: string, envDir: string): number => lineOf(overlayText(app, envDir, 'v0.0.0'), `"flux-system:${app}-${envDir}:tag"`);


const errors = (r: ActionRun) => r.annotations.filter((a) => a.level === 'error');

/** Runs `fn` and checks that the remote did not change and no push was attempted. */
async function remoteUntouched(f: Fixture, fn: () => Promise<ActionRun>): Promise<ActionRun> {
  const before = await refsOf(f.bare);
  const pushes = server.counts['receive-pack'];
  const r = await fn();
  expect(await refsOf(f.bare)).toEqual(before);
  expect(server.counts['receive-pack']).toBe(pushes);
  return r;
}

/**
 * A pass-through proxy to the git server that lets the first receive-pack POST reach the server (so the push
 * lands), then answers the client 500 instead of the server's reply: the ambiguous failure of a push.
 */
async function startLandThenFailProxy(target: string): Promise<{ url: string; failed: number; close(): Promise<void> }> {
  const state = { failed: 0, armed: true };
  const proxy = createServer((req, res) => {
    const up = httpRequest(`${target}${req.url ?? '/'}`, { method: req.method, headers: req.headers, agent: false }, (upRes) => {
      if (state.armed && req.method === 'POST' && /\/git-receive-pack$/.test(req.url ?? '')) {
        state.armed = false;
        upRes.resume();
        upRes.on('end', () => {
          state.failed += 1;
          res.writeHead(500, { 'Content-Type': 'text/plain' });
          res.end('upstream timed out\n');
        });
        return;
      }
      res.writeHead(upRes.statusCode ?? 502, upRes.headers);
      upRes.pipe(res);
    });
    up.on('error', () => res.destroy());
    req.pipe(up);
  });
  await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    get failed() {
      return state.failed;
    },
    close: () => new Promise<void>((r) => {
      proxy.closeAllConnections();
      proxy.close(() => r());
    }),
  };
}

describe('push mode on a zero-config repository', () => {
  it('promotes dev → staging → prod with one exact commit each, outputs, trailers and summary; a rerun changes nothing', async () => {
    const f = await zero();
    const steps = [
      { inputs: { app: 'web', to: 'dev', version: 'v1.1.0' }, env: 'dev', dirs: ['dev'], from: undefined },
      { inputs: { app: 'web', to: 'staging' }, env: 'staging', dirs: ['staging'], from: 'dev' },
      { inputs: { app: 'web', to: 'prod' }, env: 'prod', dirs: ['prod-eu-west-1', 'prod-us-east-1'], from: 'staging' },
    ];
    let tip = f.seed;
    for (const s of steps) {
      const r = await promote(f, s.inputs);
      expectCode(r, 0);
      expect(errors(r)).toEqual([]);
      const files = s.dirs.map((d) => ({
        app: 'web', env: s.env, file: overlayPath('web', d), region: d.startsWith('prod-') ? d.slice(5) : null, line: tagLine('web', d), old: 'v1.0.0', new: 'v1.1.0', changed: true,
      }));
      const fresh = await commitsSince(f.bare, tip);
      expect(fresh).toHaveLength(1);
      const c = fresh[0] as LogEntry;
      expect(r.outputs).toEqual({ version: 'v1.1.0', 'previous-version': 'v1.0.0', changed: 'true', 'commit-sha': c.sha, 'pr-url': '', files: JSON.stringify(files) });
      expect(c.parents).toEqual([tip]);
      expect(c.subject).toBe(`promote(web): ${s.env} v1.0.0 -> v1.1.0`);
      expect(trailers(c.body)).toEqual({
        'Promoted-App': 'web', 'Promoted-Env': s.env, 'Promoted-Version': 'v1.1.0', 'Previous-Version': 'v1.0.0',
        ...(s.from ? { 'Promoted-From': s.from } : {}), 'Promoted-By': 'octocat', 'Workflow-Run': RUN_URL,
      });
      // Every target of the env in this one commit, and nothing else; only the value's bytes differ.
      expect(await changedFiles(f.bare, c.sha)).toEqual(s.dirs.map((d) => overlayPath('web', d)).sort());
      for (const d of s.dirs) {
        const before = await readBlob(f.bare, tip, overlayPath('web', d));
        expect(before).toBe(overlayText('web', d, 'v1.0.0'));
        expect(await readBlob(f.bare, c.sha, overlayPath('web', d))).toBe(overlayText('web', d, 'v1.1.0'));
      }
      // Authored by the actor, committed by the bot.
      expect((await gitOk(['log', '-1', '--format=%an <%ae>|%cn <%ce>', c.sha], { cwd: f.bare })).trim())
        .toBe('octocat <583231+octocat@users.noreply.github.com>|github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>');
      expect(r.summary).toContain(`### ✅ Promoted web to ${s.env}: v1.0.0 → v1.1.0`);
      expect(r.summary).toContain('| file | region | old | new | |\n| --- | --- | --- | --- | --- |\n');
      for (const d of s.dirs) {
        expect(r.summary).toContain(`| ${overlayPath('web', d)} | ${d.startsWith('prod-') ? d.slice(5) : ''} | \`v1.0.0\` | \`v1.1.0\` | changed |`);
      }
      expect(r.summary).toContain(`Commit: [${c.sha.slice(0, 12)}](https://github.com/octo-org/gitops/commit/${c.sha}) (after 1 attempt)`);
      tip = c.sha;
    }
    expect(await readBlob(f.bare, 'main', overlayPath('web', 'prod-us-east-1'))).toContain('newTag: "v1.1.0" #');

    // The same promotion again: nothing to do, no commit, no push.
    const pushes = server.counts['receive-pack'];
    const again = await promote(f, { app: 'web', to: 'prod' });
    expectCode(again, 0);
    expect(again.outputs).toMatchObject({ version: 'v1.1.0', 'previous-version': 'v1.1.0', changed: 'false', 'commit-sha': '', 'pr-url': '' });
    expect((JSON.parse(again.outputs.files as string) as { changed: boolean }[]).map((x) => x.changed)).toEqual([false, false]);
    expect(again.summary).toContain('Every target already runs this version: no commit was made.');
    expect(await headOf(f.bare, 'main')).toBe(tip);
    expect(server.counts['receive-pack']).toBe(pushes);
  });

  it('leaves the checkout alone: working tree (even a dirty one), index, HEAD, branches, config; no private refs left', async () => {
    const f = await zero({ api: { dev: 'v2.0.0' } });
    // A dirty checkout: a modified tracked file and an untracked one.
    const readme = join(f.dir, 'README.md');
    writeFileSync(readme, `${readFileSync(readme, 'utf8')}local edit\n`);
    writeFileSync(join(f.dir, 'notes.txt'), 'untracked\n');
    const before = await checkoutState(f.dir);
    expect(before.status).toContain(' M README.md');

    const r = await promote(f, { app: 'api', to: 'staging' });
    expectCode(r, 0);
    expect(r.outputs.changed).toBe('true');
    expect(await headOf(f.bare, 'main')).toBe(r.outputs['commit-sha']);
    expect(await readBlob(f.bare, 'main', overlayPath('api', 'staging'))).toBe(overlayText('api', 'staging', 'v2.0.0'));
    // The envoy sidecar entry of the same file is untouched (image: auto picked the entry named after the app).
    expect(await readBlob(f.bare, 'main', overlayPath('api', 'staging'))).toContain('newTag: v1.29.1  # pinned sidecar');

    const after = await checkoutState(f.dir);
    expect(after).toEqual(before);
    expect(after.otherRefs).toEqual([]);
    expect(readFileSync(join(f.dir, overlayPath('api', 'staging')), 'utf8')).toBe(overlayText('api', 'staging', 'v1.0.0'));
  });

  it('records a re-run attempt in Workflow-Run and promotes on the branch the workflow runs on', async () => {
    const f = await zero({ web: { dev: 'v1.2.0' } });
    await gitOk(['branch', 'release', 'main'], { cwd: f.bare });
    const r = await promote(f, { app: 'web', to: 'staging' }, { refName: 'release', runAttempt: '2', runId: '1111' });
    expectCode(r, 0);
    expect(await headOf(f.bare, 'main')).toBe(f.seed); // the checkout is on main, the workflow on release
    const rel = (await logOf(f.bare, 'release'))[0] as LogEntry;
    expect(rel.sha).toBe(r.outputs['commit-sha']);
    expect(trailers(rel.body)['Workflow-Run']).toBe('https://github.com/octo-org/gitops/actions/runs/1111/attempts/2');
  });
  it('promotes several apps (newline-separated) as one commit each, pushed together; commit-sha is the last', async () => {
    const f = await zero({ web: { dev: 'v1.1.0' }, api: { dev: 'v2.0.0' } });
    const pushes = server.counts['receive-pack'];
    const r = await promote(f, { app: 'web\napi\n', to: 'staging' });
    expectCode(r, 0);
    expect(server.counts['receive-pack'] - pushes).toBe(1);
    const fresh = await commitsSince(f.bare, f.seed);
    expect(fresh.map((c) => c.subject)).toEqual(['promote(web): staging v1.0.0 -> v1.1.0', 'promote(api): staging v1.0.0 -> v2.0.0']);
    expect(fresh[1]?.parents).toEqual([fresh[0]?.sha]);
    expect(await changedFiles(f.bare, fresh[0]?.sha as string)).toEqual([overlayPath('web', 'staging')]);
    expect(await changedFiles(f.bare, fresh[1]?.sha as string)).toEqual([overlayPath('api', 'staging')]);
    expect(r.outputs).toMatchObject({ version: 'v1.1.0,v2.0.0', 'previous-version': 'v1.0.0', changed: 'true', 'commit-sha': fresh[1]?.sha });
    expect((JSON.parse(r.outputs.files as string) as { app: string }[]).map((x) => x.app)).toEqual(['web', 'api']);
  });

  it('refuses every app when one of them is refused: all land or none', async () => {
    const f = await zero({ web: { dev: 'v1.1.0', staging: 'v1.1.0' }, api: { dev: 'v1.1.0' } });
    const r = await remoteUntouched(f, () => promote(f, { app: 'web,api', to: 'prod', version: 'v1.1.0' }));
    expectCode(r, 1);
    expect(errors(r).filter((a) => a.file).map((a) => `${a.file}:${a.line}`)).toEqual([`${overlayPath('api', 'staging')}:${tagLine('api', 'staging')}`]);
    expect(r.summary).toContain('| api | `gate` |');
    expect(r.summary).not.toContain('| web |');
  });

  it('regions that differ: only the region behind changes; the subject says "mixed", the trailer lists both', async () => {
    const f = await zero({ web: { dev: 'v1.1.0', staging: 'v1.1.0', 'prod-eu-west-1': 'v1.1.0' } });
    const r = await promote(f, { app: 'web', to: 'prod' });
    expectCode(r, 0);
    const [c, ...more] = await commitsSince(f.bare, f.seed);
    expect(more).toEqual([]);
    expect(c?.subject).toBe('promote(web): prod mixed -> v1.1.0');
    expect(trailers(c?.body ?? '')['Previous-Version']).toBe('v1.1.0, v1.0.0');
    expect(await changedFiles(f.bare, c?.sha as string)).toEqual([overlayPath('web', 'prod-us-east-1')]);
    expect((JSON.parse(r.outputs.files as string) as { region: string; changed: boolean }[]).map((x) => [x.region, x.changed])).toEqual([['eu-west-1', false], ['us-east-1', true]]);
    expect(r.summary).toContain(`| ${overlayPath('web', 'prod-eu-west-1')} | eu-west-1 | \`v1.1.0\` | \`v1.1.0\` | unchanged |`);
  });

  it('finds the checkout through the path input when it is not the workspace itself', async () => {
    const name = `cfg-${++n}`;
    const bare = await createConfigRepo(root, name, zeroConfigFiles({ worker: { dev: 'v0.9.0' } }));
    const workspace = join(root, `${name}-ws`);
    await checkoutClone(server.url(name), join(workspace, 'config'), { token: TOKEN });
    const r = await runAction('promote', { inputs: { token: TOKEN, app: 'worker', to: 'staging', path: 'config', 'allow-downgrade': 'true' }, workspace, githubToken: TOKEN });
    expectCode(r, 0);
    expect(await readBlob(bare, 'main', overlayPath('worker', 'staging'))).toBe(overlayText('worker', 'staging', 'v0.9.0'));
  });

});

describe('policy', () => {
  it('refuses prod before staging: exit 1, an error annotation on the staging file, nothing pushed, summary says refused', async () => {
    const f = await zero({ web: { dev: 'v1.1.0' } });
    const r = await remoteUntouched(f, () => promote(f, { app: 'web', to: 'prod', version: 'v1.1.0' }));
    expectCode(r, 1);
    const gate = errors(r).find((a) => a.file !== undefined);
    expect(gate).toMatchObject({ file: overlayPath('web', 'staging'), line: tagLine('web', 'staging') });
    expect(gate?.message).toMatch(/^web: gate: v1\.1\.0 is not running in staging: apps\/web\/overlays\/staging\/kustomization\.yaml runs v1\.0\.0; expected staging to run it first, or skip-gate with a reason$/);
    expect(errors(r).some((a) => a.file === undefined && a.message.startsWith('promotion refused: web: v1.1.0 is not running in staging'))).toBe(true);
    expect(r.summary).toContain('### ⛔ Promotion refused by policy');
    expect(r.summary).toContain('| web | `gate` | v1.1.0 is not running in staging');
    expect(r.summary).toContain('Nothing was written.');
    expect(r.outputs).toMatchObject({ changed: 'false', 'commit-sha': '' });
  });

  it('skip-gate with a reason lands and records Gate-Skipped; skip-gate "true" is refused as bad input', async () => {
    const f = await zero({ web: { dev: 'v1.1.0' } });
    const bad = await remoteUntouched(f, () => promote(f, { app: 'web', to: 'prod', version: 'v1.1.0', 'skip-gate': 'true' }));
    expectCode(bad, 2);
    expect(errors(bad).map((a) => a.message)).toEqual([expect.stringMatching(/^error: input "skip-gate" is "true"; expected the reason itself/)]);

    const r = await promote(f, { app: 'web', to: 'prod', version: 'v1.1.0', 'skip-gate': 'hotfix for INC-1234' });
    expectCode(r, 0);
    const [c] = await commitsSince(f.bare, f.seed);
    expect(c?.sha).toBe(r.outputs['commit-sha']);
    expect(trailers(c?.body ?? '')).toMatchObject({ 'Promoted-Env': 'prod', 'Promoted-Version': 'v1.1.0', 'Gate-Skipped': 'hotfix for INC-1234' });
    expect(r.summary).toContain('**Gate skipped:** hotfix for INC-1234');
  });

  it('refuses a downgrade (annotated at the target line) unless allow-downgrade', async () => {
    const f = await zero({ web: { dev: 'v1.0.5', staging: 'v1.1.0' } });
    const r = await remoteUntouched(f, () => promote(f, { app: 'web', to: 'staging' }));
    expectCode(r, 1);
    expect(errors(r)).toContainEqual(expect.objectContaining({
      file: overlayPath('web', 'staging'), line: tagLine('web', 'staging'), message: expect.stringContaining('web: downgrade: v1.0.5 is older than v1.1.0 in apps/web/overlays/staging/kustomization.yaml'),
    }));

    const ok = await promote(f, { app: 'web', to: 'staging', 'allow-downgrade': 'true' });
    expectCode(ok, 0);
    expect(ok.outputs).toMatchObject({ version: 'v1.0.5', 'previous-version': 'v1.1.0', changed: 'true' });
    expect(await readBlob(f.bare, 'main', overlayPath('web', 'staging'))).toBe(overlayText('web', 'staging', 'v1.0.5'));
  });

  it('refuses during a freeze window (not the first env) and lands with freeze-override-reason, recorded in the commit', async () => {
    const f = await helm({ versions: { web: { dev: '1.1.0' } }, freeze: ['{cron: "* * * * *", timezone: UTC, reason: "release freeze"}'] });
    const r = await remoteUntouched(f, () => promote(f, { app: 'web', to: 'staging' }));
    expectCode(r, 1);
    expect(errors(r).some((a) => a.message.includes('web: freeze: staging is frozen by cron "* * * * *" (UTC): release freeze'))).toBe(true);
    expect(r.summary).toContain('| web | `freeze` |');

    // The first environment is not frozen unless a window names it.
    const dev = await promote(f, { app: 'api', to: 'dev', version: '1.3.0' });
    expectCode(dev, 0);
    expect(await readBlob(f.bare, 'main', valuesPath('api', 'dev'))).toBe(valuesText('api', 'dev', '1.3.0'));

    const tip = await headOf(f.bare, 'main');
    const ok = await promote(f, { app: 'web', to: 'staging', 'freeze-override-reason': 'INC-42 rollback fix' });
    expectCode(ok, 0);
    const [c] = await commitsSince(f.bare, tip);
    expect(trailers(c?.body ?? '')).toMatchObject({ 'Promoted-App': 'web', 'Promoted-Env': 'staging', 'Freeze-Override': 'INC-42 rollback fix' });
    expect(ok.summary).toContain('**Freeze overridden:** INC-42 rollback fix');
  });

  it('edits Helm values at image.tag in every declared prod region in one commit (configured repository)', async () => {
    const f = await helm({ versions: { web: { dev: '1.1.0', staging: '1.1.0' } } });
    const r = await promote(f, { app: 'web', to: 'prod' });
    expectCode(r, 0);
    const [c, ...more] = await commitsSince(f.bare, f.seed);
    expect(more).toEqual([]);
    expect(c?.subject).toBe('promote(web): prod 1.0.0 -> 1.1.0');
    expect(await changedFiles(f.bare, c?.sha ?? '')).toEqual([valuesPath('web', 'prod-eu-west-1'), valuesPath('web', 'prod-us-east-1')]);
    for (const key of ['prod-eu-west-1', 'prod-us-east-1']) expect(await readBlob(f.bare, 'main', valuesPath('web', key))).toBe(valuesText('web', key, '1.1.0'));
    expect(JSON.parse(r.outputs.files as string)).toEqual(['eu-west-1', 'us-east-1'].map((region) => ({
      app: 'web', env: 'prod', file: valuesPath('web', `prod-${region}`), region, line: 5, old: '1.0.0', new: '1.1.0', changed: true,
    })));
  });
});

describe('bad input: exit non-zero, one error line quoting the value, nothing pushed', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await zero({ web: { dev: 'v1.1.0' } });
  });

  it.each([
    ['unknown app', { app: 'nope', to: 'staging' }, 2, /^error: unknown app "nope"; expected one of the 3 apps, closest first: api, web, worker$/],
    ['unknown env', { app: 'web', to: 'qa' }, 2, /^error: unknown environment "qa"; expected one of the 3 environments, closest first: dev, prod, staging$/],
    ['a version with a space', { app: 'web', to: 'staging', version: 'v1 2' }, 2, /^error: apps\/web\/overlays\/staging\/kustomization\.yaml:15: .*"v1 2" contains whitespace/],
    ['a path as env', { app: 'web', to: '../x' }, 2, /^error: to "\.\.\/x" is not allowed; expected letters, digits/],
    ['an option as branch', { app: 'web', to: 'staging', branch: '-x' }, 2, /^error: branch "-x" is not a valid branch name/],
    ['a range as branch', { app: 'web', to: 'staging', branch: 'a..b' }, 2, /^error: branch "a\.\.b" is not a valid branch name/],
    ['a branch that does not exist', { app: 'web', to: 'staging', branch: 'nope' }, 2, /^error: branch "nope" does not exist on the remote/],
    ['dry-run maybe', { app: 'web', to: 'staging', 'dry-run': 'maybe' }, 2, /^error: input "dry-run" is "maybe"; expected true or false$/],
    ['allow-downgrade yes', { app: 'web', to: 'staging', 'allow-downgrade': 'yes' }, 2, /^error: input "allow-downgrade" is "yes"; expected true or false$/],
    ['max-attempts 0', { app: 'web', to: 'staging', 'max-attempts': '0' }, 2, /^error: input "max-attempts" is "0"; expected a whole number from 1 to 100$/],
    ['an unknown mode', { app: 'web', to: 'staging', mode: 'merge' }, 2, /^error: input "mode" is "merge"; expected one of push, pull-request$/],
    ['a config path that is not there', { app: 'web', to: 'staging', config: 'ops/promote.yaml' }, 2, /^error: config "ops\/promote\.yaml" is not in the repository at [0-9a-f]{12}; expected a path/],
    ['no app (three in the repository)', { app: '', to: 'staging' }, 2, /^error: no app given; expected --app with one of: api, web, worker$/],
    ['no to', { app: 'web', to: '' }, 2, /^error: input "to" is required; expected a value$/],
    ['tag latest (refused by policy)', { app: 'web', to: 'staging', version: 'latest' }, 1, /^promotion refused: web: tag "latest" is never promoted/],
  ] as const)('%s', async (_what, inputs, code, message) => {
    const r = await remoteUntouched(f, () => promote(f, inputs));
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code, stderr: '' });
    const last = errors(r).pop();
    expect(last?.message).toMatch(message);
    expect(last?.message).not.toContain('\n');
    if (code === 2) expect(errors(r)).toHaveLength(1);
    expect(r.outputs).toEqual(code === 1 ? expect.objectContaining({ changed: 'false' }) : {});
  });

  it.each([
    ['a bad cron', helmConfigYaml({ freeze: ['{cron: "61 * * * *", timezone: UTC}'] }), '"61 * * * *"',
      /^error: gitops-promote\.yaml:(\d+): policy\.freeze\[0\]\.cron: cron "61 \* \* \* \*": minute "61" is not a number from 0 to 59$/],
    ['a misspelt key', helmConfigYaml().replace('policy:', 'polcy:'), 'polcy:', /^error: gitops-promote\.yaml:(\d+): polcy: unknown key; expected one of version, environments, (\w+, )*policy(, \w+)*$/],
    ['a key given twice', helmConfigYaml().replace('policy:\n', 'policy:\n  tagPattern: "^v"\n'), '  tagPattern: semver', /^error: gitops-promote\.yaml:(\d+): policy\.tagPattern: appears twice$/],
    ['invalid YAML (a tab)', helmConfigYaml().replace('  - dev\n', '\t- dev\n'), '\t- dev', /^error: gitops-promote\.yaml:(\d+): not valid YAML: .+; expected a gitops-promote config$/],
  ])('a broken gitops-promote.yaml (%s) names file:line: key', async (_what, configText, at, message) => {
    const g = await helm({ configText, versions: { web: { dev: '1.1.0' } } });
    const r = await remoteUntouched(g, () => promote(g, { app: 'web', to: 'staging' }));
    expectCode(r, 2);
    expect(errors(r)).toHaveLength(1);
    const m = (errors(r)[0]?.message ?? '').match(message);
    expect(m?.[0]).toBe(errors(r)[0]?.message);
    expect(Number(m?.[1])).toBe(lineOf(configText, at));
  });
});

describe('dry run', () => {
  it('pushes nothing and shows the exact diff in the summary', async () => {
    const f = await zero({ web: { dev: 'v1.1.0', staging: 'v1.1.0' } });
    const r = await remoteUntouched(f, () => promote(f, { app: 'web', to: 'prod', 'dry-run': 'true' }));
    expectCode(r, 0);
    expect(r.outputs).toMatchObject({ version: 'v1.1.0', 'previous-version': 'v1.0.0', changed: 'false', 'commit-sha': '' });
    expect(r.summary).toContain('### 🔍 Would promote web to prod: v1.0.0 → v1.1.0');
    expect(r.summary).toContain('**Dry run:** nothing was written.');
    const blocks = [...r.summary.matchAll(/```diff\n([\s\S]*?)\n```/g)].map((m) => m[1] as string);
    expect(blocks).toHaveLength(2);
    ['prod-eu-west-1', 'prod-us-east-1'].forEach((d, i) => {
      const lines = (blocks[i] as string).split('\n');
      expect(lines.slice(0, 2)).toEqual([`--- a/${overlayPath('web', d)}`, `+++ b/${overlayPath('web', d)}`]);
      const q = d === 'prod-us-east-1' ? '"' : '';
      const marker = ` # {"$imagepolicy": "flux-system:web-${d}:tag"}`;
      expect(lines.slice(2).filter((l) => /^[-+]/.test(l))).toEqual([`-    newTag: ${q}v1.0.0${q}${marker}`, `+    newTag: ${q}v1.1.0${q}${marker}`]);
      expect(lines[2]).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@/);
    });
  });
});

describe('security', () => {
  function expectNoToken(where: string, text: string): void {
    for (const secret of [TOKEN, TOKEN_B64, Buffer.from(TOKEN).toString('base64')]) {
      if (text.includes(secret)) throw new Error(`${where} contains the token (or its base64)`);
    }
  }

  it('never shows the token: not in the log, outputs, summary, .git/config or any URL; every request authorized', async () => {
    const f = await zero({ web: { dev: 'v1.1.0' } });
    const from = server.requests.length;
    const runs = [
      await promote(f, { app: 'web', to: 'staging' }),
      await promote(f, { app: 'web', to: 'prod', version: 'v1.2.0' }), // refused by the gate
      await promote(f, { app: 'web', to: 'staging', version: 'v1.1.0', branch: 'nope' }), // fails on fetch
    ];
    expect(runs.map((r) => r.code)).toEqual([0, 1, 2]);
    for (const [i, r] of runs.entries()) {
      // The runner hides these values; the ::add-mask:: lines themselves never reach the log.
      expect(r.masks).toEqual(expect.arrayContaining([TOKEN, TOKEN_B64]));
      expectNoToken(`run ${i} log`, r.log);
      expectNoToken(`run ${i} stderr`, r.stderr);
      expectNoToken(`run ${i} GITHUB_OUTPUT`, r.outputFile);
      expectNoToken(`run ${i} step summary`, r.summary);
    }
    expectNoToken('.git/config', readFileSync(join(f.dir, '.git', 'config'), 'utf8'));
    const seen = server.requests.slice(from);
    expect(seen.length).toBeGreaterThan(4);
    expect(seen.filter((q) => q.tokenInUrl || !q.authorized || q.authScheme !== 'basic' || q.user !== 'x-access-token')).toEqual([]);
    for (const q of seen) expectNoToken('a request URL', `${q.path}?${q.query}`);
  });

  it('pushes with one Authorization header when the checkout persisted credentials in .git/config', async () => {
    const f = await fixture(zeroConfigFiles({ web: { dev: 'v1.1.0' } }), { persistCredentials: true });
    const key = `http.${server.baseUrl}/.extraheader`;
    expect((await gitOk(['config', '--local', '--get-all', key], { cwd: f.dir })).trim()).toBe(`AUTHORIZATION: basic ${TOKEN_B64}`);
    const first = await promote(f, { app: 'web', to: 'staging' });
    expectCode(first, 0);

    // The persisted token has since been revoked (or was a read-only one): git reads .git/config first, so had it
    // sent both headers, the server would have taken the persisted one and answered 401.
    const stale = `ghs_${randomBytes(18).toString('hex')}`;
    await gitOk(['config', '--local', key, `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${stale}`).toString('base64')}`], { cwd: f.dir });
    const config = readFileSync(join(f.dir, '.git', 'config'), 'utf8');
    const from = server.requests.length;
    const r = await promote(f, { app: 'web', to: 'prod' });
    expectCode(r, 0);
    expect(await headOf(f.bare, 'main')).toBe(r.outputs['commit-sha']);
    const seen = server.requests.slice(from);
    expect(seen.some((q) => q.service === 'receive-pack' && q.phase === 'rpc')).toBe(true);
    expect(seen.filter((q) => !q.authorized)).toEqual([]);
    expect(readFileSync(join(f.dir, '.git', 'config'), 'utf8')).toBe(config);
  });

  it('a wrong token fails with a clear error, pushes nothing, and is not shown either', async () => {
    const f = await zero({ web: { dev: 'v1.1.0' } });
    const wrong = `ghs_${randomBytes(18).toString('hex')}`;
    const r = await remoteUntouched(f, () => runAction('promote', { inputs: { app: 'web', to: 'staging', token: wrong }, workspace: f.dir, githubToken: wrong }));
    expectCode(r, 2);
    expect(errors(r).map((a) => a.message)).toEqual([expect.stringMatching(/^error: cannot fetch main from origin: .*; expected a token with contents access$/)]);
    for (const text of [r.log, r.stderr, r.summary, r.outputFile]) expect(text.includes(wrong)).toBe(false);
  });
});

describe('faults', () => {
  it('a 500 on the push is retried: exactly one commit lands', async () => {
    const f = await zero({ web: { dev: 'v1.1.0' } });
    const pushes = server.counts['receive-pack'];
    server.failNext('receive-pack', 500, 1);
    const r = await promote(f, { app: 'web', to: 'staging' });
    expectCode(r, 0);
    const fresh = await commitsSince(f.bare, f.seed);
    expect(fresh.map((c) => c.subject)).toEqual(['promote(web): staging v1.0.0 -> v1.1.0']);
    expect(fresh[0]?.sha).toBe(r.outputs['commit-sha']);
    expect(server.counts['receive-pack'] - pushes).toBe(2);
    expect(r.summary).toContain('(after 2 attempts)');
  });

  it('a push that lands although the client saw a 500 is recognised: no second commit', async () => {
    const f = await zero({ web: { dev: 'v1.1.0' } });
    const proxy = await startLandThenFailProxy(server.baseUrl);
    try {
      await gitOk(['remote', 'set-url', 'origin', `${proxy.url}/${f.name}.git`], { cwd: f.dir });
      const r = await promote(f, { app: 'web', to: 'staging' });
      expectCode(r, 0);
      expect(proxy.failed).toBe(1);
      expect(r.log).toMatch(/the push of [0-9a-f]{12} landed although it reported an error/);
      const fresh = await commitsSince(f.bare, f.seed);
      expect(fresh.map((c) => c.subject)).toEqual(['promote(web): staging v1.0.0 -> v1.1.0']);
      expect(r.outputs['commit-sha']).toBe(fresh[0]?.sha);
    } finally {
      await proxy.close();
    }
  });

  it('a push rejected 3 times by other writers lands on attempt 4, keeping every other change, history linear', async () => {
    const f = await zero({ web: { dev: 'v1.1.0' } });
    const raced: string[] = [];
    server.beforeReceivePack(async (_name, bare) => {
      const i = raced.length + 1;
      raced.push(await commitToBare(bare, 'main', { [overlayPath('api', 'dev')]: overlayText('api', 'dev', `v3.0.${i}`) }, `promote(api): dev v3.0.${i - 1} -> v3.0.${i}`));
    }, { times: 3 });
    const r = await promote(f, { app: 'web', to: 'staging' });
    expectCode(r, 0);
    expect(raced).toHaveLength(3);
    const fresh = await commitsSince(f.bare, f.seed);
    expect(fresh.map((c) => c.sha)).toEqual([...raced, r.outputs['commit-sha']]);
    fresh.forEach((c, i) => expect(c.parents).toEqual([i === 0 ? f.seed : (fresh[i - 1] as LogEntry).sha]));
    expect(await readBlob(f.bare, 'main', overlayPath('api', 'dev'))).toBe(overlayText('api', 'dev', 'v3.0.3'));
    expect(await readBlob(f.bare, 'main', overlayPath('web', 'staging'))).toBe(overlayText('web', 'staging', 'v1.1.0'));
    expect(await changedFiles(f.bare, r.outputs['commit-sha'] as string)).toEqual([overlayPath('web', 'staging')]);
    expect(r.summary).toContain('(after 4 attempts)');
    expect(r.log.match(/^attempt [2-4]\/10 in 0 ms: /gm)).toHaveLength(3);
  });

  it('a push the server refuses (ref moved under the pack) is retried too', async () => {
    const f = await zero({ web: { dev: 'v1.1.0' } });
    let raced = '';
    server.beforeReceivePack(async (_name, bare) => {
      raced = await commitToBare(bare, 'main', { 'README.md': '# moved under the push\n' }, 'docs: moved under the push');
    }, { at: 'rpc', times: 2 });
    const r = await promote(f, { app: 'web', to: 'staging' });
    expectCode(r, 0);
    const fresh = await commitsSince(f.bare, f.seed);
    expect(fresh.map((c) => c.subject)).toEqual(['docs: moved under the push', 'docs: moved under the push', 'promote(web): staging v1.0.0 -> v1.1.0']);
    expect(fresh[2]?.parents).toEqual([raced]);
    expect(await readBlob(f.bare, 'main', 'README.md')).toBe('# moved under the push\n');
    expect(r.summary).toContain('(after 3 attempts)');
  });

  it('gives up after max-attempts and leaves only the other writers\' commits', async () => {
    const f = await zero({ web: { dev: 'v1.1.0' } });
    server.beforeReceivePack(async (_name, bare) => {
      await commitToBare(bare, 'main', { 'README.md': `# ${randomBytes(4).toString('hex')}\n` }, 'docs: busy');
    }, { times: 2 });
    const r = await promote(f, { app: 'web', to: 'staging', 'max-attempts': '2' });
    expectCode(r, 1);
    expect(errors(r).pop()?.message).toMatch(/^error: gave up after 2 attempts to push to main: main moved on the remote \(push rejected\); nothing was changed on the remote by this run/);
    expect((await commitsSince(f.bare, f.seed)).map((c) => c.subject)).toEqual(['docs: busy', 'docs: busy']);
  });
});
