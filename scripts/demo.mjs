// npm run demo: builds a throwaway config repo (3 apps; dev, staging, prod in two regions) with a bare
// "origin", clones it, and promotes one app dev → staging → prod with the built CLI, printing each job summary,
// the gate refusing a prod change that skipped staging, the status matrix and the promotion history.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli/index.js');
const tmp = mkdtempSync(join(tmpdir(), 'gitops-promote-demo-'));
// The demo's git must not pick up the user's global hooks, signing or identity.
const home = join(tmp, 'home');
mkdirSync(home);
const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' };
delete env.GITOPS_PROMOTE_TOKEN;
delete env.GITHUB_TOKEN;

function git(cwd, ...args) {
  const r = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

function overlay(app, tag) {
  return [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'resources:',
    '  - ../../base',
    'images:',
    `  - name: ghcr.io/acme/${app}`,
    `    newTag: ${tag} # {"$imagepolicy": "flux-system:${app}:tag"}`,
    '',
  ].join('\n');
}

function gitopsPromote(title, ...args) {
  console.log(`\n$ gitops-promote ${args.join(' ')}    # ${title}\n`);
  const r = spawnSync(process.execPath, [cli, ...args, '--repo', work], { env, encoding: 'utf8' });
  process.stdout.write(r.stdout);
  if (r.stderr.trim()) process.stdout.write(r.stderr.split('\n').map((l) => (l ? `  (stderr) ${l}` : l)).join('\n'));
  console.log(`(exit ${r.status})`);
  return r.status;
}

const seed = join(tmp, 'seed');
const work = join(tmp, 'config-repo');
const statuses = [];
try {
  mkdirSync(seed);
  git(seed, 'init', '-q', '-b', 'main');
  for (const app of ['api', 'web', 'worker']) {
    for (const dir of ['dev', 'staging', 'prod-eu-west-1', 'prod-us-east-1']) {
      mkdirSync(join(seed, 'apps', app, 'overlays', dir), { recursive: true });
      writeFileSync(join(seed, 'apps', app, 'overlays', dir, 'kustomization.yaml'), overlay(app, app === 'web' ? 'v1.9.0' : 'v2.4.1'));
    }
  }
  git(seed, 'add', '-A');
  git(seed, '-c', 'user.name=Platform Team', '-c', 'user.email=platform@example.com', 'commit', '-q', '-m', 'config repo');
  git(tmp, 'clone', '-q', '--bare', seed, join(tmp, 'origin.git'));
  git(tmp, 'clone', '-q', join(tmp, 'origin.git'), work);
  git(work, 'config', 'user.name', 'Dana Ops');
  git(work, 'config', 'user.email', 'dana@example.com');
  console.log(`A throwaway config repo in ${tmp}: apps api, web, worker; overlays dev, staging, prod-eu-west-1, prod-us-east-1 (no config file: zero-config).`);

  statuses.push(gitopsPromote('a new build reaches dev', 'promote', '--app', 'web', '--to', 'dev', '--version', 'v1.10.0'));
  statuses.push(gitopsPromote('the new build straight to prod, skipping staging: the gate refuses, nothing is written', 'promote', '--app', 'web', '--to', 'prod', '--version', 'v1.10.0') === 1 ? 0 : 1);
  statuses.push(gitopsPromote('what dev runs moves to staging', 'promote', '--app', 'web', '--to', 'staging'));
  statuses.push(gitopsPromote('what staging runs moves to prod: both regions in one commit', 'promote', '--app', 'web', '--to', 'prod'));
  git(work, 'fetch', '-q');
  statuses.push(gitopsPromote('what runs where', 'status', '--ref', 'origin/main'));
  statuses.push(gitopsPromote('who promoted what, from the commit trailers', 'history', '--ref', 'origin/main', '--app', 'web'));
  console.log(`\nThe prod commit, as pushed to origin:\n\n${git(work, 'log', '-1', '--format=%B', 'origin/main')}`);
  process.exitCode = statuses.every((s) => s === 0) ? 0 : 1;
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
