// npm run bench (second part): promotion speed with real git. (1) one app to 50 regional prod overlays in one
// commit; (2) 20 promotions of different apps started at once against one remote: wall time until all land and
// push attempts per promotion. The remote is a bare repository reached through git's file transport, so the
// figures are git's and ours, not a network's. Appends its section to bench/results.md.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli/index.js');
const results = join(root, 'bench/results.md');
const reps = 5;
const concurrentReps = 3;
const tmp = mkdtempSync(join(tmpdir(), 'gitops-promote-bench-'));
const home = join(tmp, 'home');
mkdirSync(home);
const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.com' };

function git(cwd, ...args) {
  const r = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}
const overlay = (app, tag) => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../../base\nimages:\n  - name: ghcr.io/acme/${app}\n    newTag: ${tag} # {"$imagepolicy": "flux-system:${app}:tag"}\n`;

/** A bare origin seeded with `apps` × `dirs`; returns its path and the seed commit. */
function seedRemote(name, apps, dirs, tagOf) {
  const seed = join(tmp, `${name}-seed`);
  mkdirSync(seed);
  git(seed, 'init', '-q', '-b', 'main');
  for (const app of apps) for (const dir of dirs) {
    mkdirSync(join(seed, 'apps', app, 'overlays', dir), { recursive: true });
    writeFileSync(join(seed, 'apps', app, 'overlays', dir, 'kustomization.yaml'), overlay(app, tagOf(dir)));
  }
  git(seed, 'add', '-A');
  git(seed, 'commit', '-q', '-m', 'seed');
  const bare = join(tmp, `${name}.git`);
  git(tmp, 'clone', '-q', '--bare', seed, bare);
  return { bare, commit: git(seed, 'rev-parse', 'HEAD') };
}

function run(args, cwd) {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const p = spawn(process.execPath, [cli, ...args], { cwd, env });
    let out = '';
    let err = '';
    p.stdout.on('data', (d) => { out += d; });
    p.stderr.on('data', (d) => { err += d; });
    p.on('close', (code) => resolve({ code, out, err, ms: Number(process.hrtime.bigint() - t0) / 1e6 }));
  });
}
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
};
const fmt = (n) => (n >= 100 ? String(Math.round(n)) : n.toFixed(1));

try {
  // (1) 50 regions in one commit.
  const regions = Array.from({ length: 50 }, (_, i) => `prod-r${String(i + 1).padStart(2, '0')}`);
  const one = seedRemote('regions', ['web'], ['dev', 'staging', ...regions], (d) => (d === 'dev' || d === 'staging' ? 'v1.1.0' : 'v1.0.0'));
  const clone1 = join(tmp, 'regions-clone');
  git(tmp, 'clone', '-q', one.bare, clone1);
  const times = [];
  for (let i = 0; i <= reps; i++) {
    git(one.bare, 'update-ref', 'refs/heads/main', one.commit); // back to the seed, outside the timing
    const r = await run(['promote', '--app', 'web', '--to', 'prod', '--json'], clone1);
    const o = JSON.parse(r.out || '{}');
    if (r.code !== 0 || (o.files ?? []).length !== 50 || o.changed !== 'true') throw new Error(`50-region promotion failed: ${r.err || r.out}`);
    const files = git(one.bare, 'diff', '--name-only', `${one.commit}..main`).split('\n');
    if (files.length !== 50) throw new Error(`expected one commit changing 50 files, got ${files.length}`);
    if (i > 0) times.push(r.ms); // the first run warms the page cache
  }

  // (2) 20 concurrent promotions of different apps, each from its own clone.
  const apps = Array.from({ length: 20 }, (_, i) => `app${String(i + 1).padStart(2, '0')}`);
  const many = seedRemote('concurrent', apps, ['staging', 'prod-eu', 'prod-us'], (d) => (d === 'staging' ? 'v2.0.0' : 'v1.0.0'));
  const clones = apps.map((a) => {
    const c = join(tmp, `clone-${a}`);
    git(tmp, 'clone', '-q', many.bare, c);
    return c;
  });
  const walls = [];
  const attempts = [];
  for (let i = 0; i < concurrentReps; i++) {
    git(many.bare, 'update-ref', 'refs/heads/main', many.commit);
    const t0 = process.hrtime.bigint();
    const rs = await Promise.all(apps.map((a, k) => run(['promote', '--app', a, '--to', 'prod', '--max-attempts', '40', '--json'], clones[k])));
    walls.push(Number(process.hrtime.bigint() - t0) / 1e6);
    for (const r of rs) {
      if (r.code !== 0) throw new Error(`a concurrent promotion failed: ${r.err}`);
      attempts.push(JSON.parse(r.out).attempts);
    }
    const log = git(many.bare, 'log', '--format=%P', `${many.commit}..main`).split('\n');
    if (log.length !== 20 || log.some((p) => p.split(' ').length !== 1)) throw new Error(`expected 20 linear commits, got ${log.length}`);
  }

  const t = stats(times);
  const w = stats(walls);
  const a = stats(attempts);
  const mean = attempts.reduce((x, y) => x + y, 0) / attempts.length;
  const section = [
    '',
    '## Promotion with real git (file transport)',
    '',
    `One app to 50 regional prod overlays: one process (\`gitops-promote promote --app web --to prod\`), one commit changing`,
    `50 files, pushed; ${reps} timed runs after a warm-up, the remote reset between runs outside the timing.`,
    '',
    '| what | median ms | min | max |',
    '| --- | --- | --- | --- |',
    `| promote to 50 regions, one commit | ${fmt(t.median)} | ${fmt(t.min)} | ${fmt(t.max)} |`,
    '',
    `20 promotions of different apps (2 prod regions each), started at once from 20 clones against one remote,`,
    `\`--max-attempts 40\`; ${concurrentReps} rounds. Every round: all 20 landed, 20 commits, linear history.`,
    '',
    '| what | median | min | max |',
    '| --- | --- | --- | --- |',
    `| wall ms until all 20 landed | ${fmt(w.median)} | ${fmt(w.min)} | ${fmt(w.max)} |`,
    `| push attempts per promotion (mean ${mean.toFixed(2)}) | ${a.median} | ${a.min} | ${a.max} |`,
    '',
  ].join('\n');
  appendFileSync(results, section);
  console.log(section);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
