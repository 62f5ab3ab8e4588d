// npm run bench: how fast `gitops-promote edit` rewrites 2,000 kustomization overlays, next to GNU sed (the
// floor: a plain line edit) and Debian's python yq (a structural rewrite), plus the cost of one single edit.
// Options: --reps N (batch repetitions, default 5), --yq-reps N (default 1: yq needs ~40 s a run), --files N
// (default 2000), --no-yq, --profile (also write a CPU profile of one batch edit, print its top self-time functions).
// This is a measurement, not a test: it fails only on a wrong edit, never on a timing.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { summariseProfile } from './profile-summary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli/index.js');
const work = join(root, 'bench/work');
const pristine = join(work, 'pristine');
const live = join(work, 'live');
const single = join(work, 'single');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const fileCount = option('--files', 2000);
const reps = option('--reps', 5);
const yqReps = Math.min(reps, option('--yq-reps', 1));
const startupReps = 20;
const image = 'ghcr.io/acme/web';
const oldTag = 'v1.2.3';
const newTag = 'v2.0.0';

// ---------------------------------------------------------------- corpus

// A fixed-seed generator, so every run edits the same corpus.
function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const envs = ['dev', 'staging', 'prod-eu', 'prod-us'];

/** One overlay's facts, drawn once; render() turns them into text with the web tag given. */
function drawOverlay(i, rand) {
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  const env = envs[i % envs.length];
  const svc = `svc-${String(Math.floor(i / envs.length)).padStart(4, '0')}`;
  const others = [1, 2].slice(0, rand() < 0.5 ? 1 : 2).map(() => `app-${Math.floor(rand() * 90) + 1}`);
  const entries = others.map((name) => ({
    name: `ghcr.io/acme/${name}`,
    newName: rand() < 0.3 ? `registry.acme.io/mirror/${name}` : undefined,
    // Other entries often carry the very same tag: the edit must pick the entry by name, not by value.
    tag: rand() < 0.5 ? oldTag : pick(['v1.4.0', 'v0.9.12', '2.7.1', 'v1.2.4-rc.1']),
    comment: rand() < 0.4 ? ` # {"$imagepolicy": "flux-system:${name}:tag"}` : '',
    web: false,
  }));
  const web = {
    name: image,
    newName: rand() < 0.3 ? 'registry.acme.io/mirror/web' : undefined,
    tag: oldTag,
    comment: rand() < 0.5 ? ' # {"$imagepolicy": "flux-system:web:tag"}' : '',
    web: true,
  };
  entries.splice(Math.floor(rand() * (entries.length + 1)), 0, web);
  return { env, svc, entries, team: `team-${String(i % 37).padStart(2, '0')}`, replicas: 1 + Math.floor(rand() * 6) };
}

function render(o, webTag) {
  const images = o.entries.flatMap((e) => [
    `  - name: ${e.name}`,
    ...(e.newName ? [`    newName: ${e.newName}`] : []),
    `    newTag: ${e.web ? webTag : e.tag}${e.comment}`,
  ]);
  return [
    `# ${o.svc} overlay for ${o.env}, owned by ${o.team}.`,
    '# Image tags below are promoted by CI; edit other fields by hand.',
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    `namespace: ${o.team}-${o.env}`,
    'resources:',
    '  - ../../base',
    '  - ingress.yaml',
    '  - hpa.yaml',
    'commonLabels:',
    `  app.kubernetes.io/part-of: ${o.svc}`,
    `  acme.io/env: ${o.env}`,
    `  acme.io/team: ${o.team}`,
    'patches:',
    '  - path: patches/replicas.yaml',
    '    target:',
    '      kind: Deployment',
    `      name: ${o.svc}`,
    '  - path: patches/resources.yaml',
    'configMapGenerator:',
    `  - name: ${o.svc}-config`,
    '    behavior: merge',
    '    literals:',
    '      - LOG_LEVEL=info',
    `      - REPLICAS=${o.replicas}`,
    `      - "FEATURE_FLAGS=search,checkout"`,
    'images:',
    ...images,
    '',
  ].join('\n');
}

/** Writes the pristine corpus; returns each file's path (relative to live/) and its expected edited bytes. */
function generate() {
  rmSync(work, { recursive: true, force: true });
  const rand = mulberry32(20240601);
  const files = [];
  for (let i = 0; i < fileCount; i++) {
    const o = drawOverlay(i, rand);
    const rel = `clusters/${o.env}/${o.svc}/kustomization.yaml`;
    mkdirSync(join(pristine, dirname(rel)), { recursive: true });
    const before = render(o, oldTag);
    writeFileSync(join(pristine, rel), before);
    // The expected result: the web entry's newTag line, and only it, with the new tag.
    const webLine = `    newTag: ${oldTag}${o.entries.find((e) => e.web).comment}`;
    const at = before.indexOf(`  - name: ${image}\n`);
    const lineAt = before.indexOf(`\n${webLine}\n`, at) + 1;
    const expected = before.slice(0, lineAt) + webLine.replace(oldTag, newTag) + before.slice(lineAt + webLine.length);
    if (lineAt <= 0 || expected !== render(o, newTag)) throw new Error(`bench bug: expected text for ${rel} is wrong`);
    files.push({ rel, before, expected });
  }
  mkdirSync(single, { recursive: true });
  return files;
}

/** Puts the original bytes back in live/, then syncs so no writeback of ours lands inside the next timing. */
function resetLive(files) {
  if (!existsSync(live)) cpSync(pristine, live, { recursive: true });
  // Rewriting in place rather than rm -r + cp -r: fewer inodes churned, which made file creation noisy here.
  else for (const f of files) writeFileSync(join(live, f.rel), f.before);
  spawnSync('sync');
}

// ---------------------------------------------------------------- checks

function checkExact(tool, files) {
  const wrong = files.filter((f) => readFileSync(join(live, f.rel), 'utf8') !== f.expected);
  if (wrong.length) {
    const f = wrong[0];
    throw new Error(`${tool}: ${wrong.length}/${files.length} files differ from the expected bytes; first: ${f.rel}\n--- got\n${readFileSync(join(live, f.rel), 'utf8')}--- expected\n${f.expected}`);
  }
}

/** yq rewrites whole files (comments go, style changes): check the meaning, and count byte-exact files. */
function checkYq(files) {
  let exact = 0;
  for (const f of files) {
    const text = readFileSync(join(live, f.rel), 'utf8');
    if (text === f.expected) exact++;
    const got = parse(text).images;
    const want = parse(f.expected).images;
    if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`yq: ${f.rel} has images ${JSON.stringify(got)}; expected ${JSON.stringify(want)}`);
  }
  return exact;
}

// ---------------------------------------------------------------- running

function run(cmd, argv, cwd = live) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cmd} ${argv.slice(0, 6).join(' ')} … exited ${r.status}: ${r.stderr.toString().slice(0, 2000)}`);
  return { ms, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
}

/** Runs a tool under /usr/bin/time when there is one, keeping its peak RSS and CPU time on the tool. */
function timed(t) {
  if (!hasTime) return run(t.cmd, t.argv);
  const r = run('/usr/bin/time', ['-f', '%M %U %S', t.cmd, ...t.argv]);
  const [kb, user, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  t.rss = `${Math.round(kb / 1024)} MiB`;
  t.cpu = `${fmt(user * 1000)} / ${fmt(sys * 1000)}`;
  return r;
}

function sh(line) {
  const r = spawnSync('sh', ['-c', line], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** CPU jiffies: the whole machine's busy time, and this process's own plus its waited-for children's. */
function cpuJiffies() {
  try {
    const [, ...all] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    const [user, nice, system, , , irq, softirq, steal] = all;
    const self = readFileSync('/proc/self/stat', 'utf8');
    const f = self.slice(self.lastIndexOf(')') + 2).split(' ').map(Number); // f[0] is field 3 (state)
    return { busy: user + nice + system + irq + softirq + steal, own: f[11] + f[12] + f[13] + f[14] };
  } catch {
    return null; // not Linux
  }
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return { median: s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2, min: s[0], max: s[s.length - 1], n: s.length };
};
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

// ---------------------------------------------------------------- main

const started = Date.now();
const loadAtStart = os.loadavg()[0];
const cpuAtStart = cpuJiffies();
const files = generate();
const rels = files.map((f) => f.rel);
const hasYq = !args.includes('--no-yq') && sh('command -v yq') !== null;
const hasTime = existsSync('/usr/bin/time');
let yqExact = null; // files yq left byte-exact, set by its check

// sed edits the same line as ours: the newTag line inside the web entry's block (GNU sed -i implies -s, so the
// range restarts in every file), keeping a trailing comment.
const sedScript = `/^  - name: ghcr\\.io\\/acme\\/web$/,/^  - name: /s/^\\(    newTag: \\)v1\\.2\\.3\\( #.*\\)\\?$/\\1${newTag}\\2/`;
const tools = [
  { name: 'gitops-promote edit', cmd: process.execPath, argv: [cli, 'edit', ...rels, '--image', image, '--to', newTag], check: () => checkExact('ours', files) },
  { name: 'sed -i (floor)', cmd: 'sed', argv: ['-i', sedScript, ...rels], check: () => checkExact('sed', files), floor: true },
];
for (const t of tools) Object.assign(t, { reps, rss: 'n/a', cpu: 'n/a' });
if (hasYq) {
  tools.push({
    name: 'yq -y -i (python)',
    cmd: 'yq',
    argv: ['-y', '-i', `(.images[] | select(.name=="${image}") | .newTag) = "${newTag}"`, ...rels],
    check: () => { yqExact = checkYq(files); },
    slow: true,
    reps: yqReps,
  });
}

// One untimed warm-up per tool fills the page cache and checks each result before any timing counts. yq is
// skipped: at ~20 ms a file (it spawns one jq per file) one run is a minute, and a warm cache changes nothing.
for (const t of tools) {
  t.times = [];
  if (t.slow) continue;
  resetLive(files);
  const r = run(t.cmd, t.argv);
  t.check();
  process.stdout.write(`warm-up ${t.name}: ${fmt(r.ms)} ms, result checked\n`);
}

// Timed runs, interleaved and rotated so drift (thermal, cache, neighbours) spreads over all tools alike.
// The slow tool runs under /usr/bin/time in its timed runs (a 1 ms fork+exec on a run of a minute) rather
// than again just for RSS.
for (let rep = 0; rep < reps; rep++) {
  for (let k = 0; k < tools.length; k++) {
    const t = tools[(rep + k) % tools.length];
    if (t.times.length >= t.reps) continue;
    resetLive(files);
    const r = t.slow ? timed(t) : run(t.cmd, t.argv);
    t.times.push(r.ms);
    t.check();
    process.stdout.write(`run ${rep + 1}/${reps} ${t.name}: ${fmt(r.ms)} ms\n`);
  }
}

// Peak RSS and CPU time for the others, on one more run each, as /usr/bin/time adds its own fork+exec.
for (const t of tools) {
  if (t.slow) continue;
  resetLive(files);
  timed(t);
}

// One-file edit vs node's own startup, interleaved; the file is reset each time so every run really writes.
const one = files[0];
const singleFile = join(single, 'kustomization.yaml');
const startup = [
  { name: 'gitops-promote edit, 1 file', cmd: process.execPath, argv: [cli, 'edit', singleFile, '--image', image, '--to', newTag], times: [], edits: true },
  { name: 'node -e 0 (baseline)', cmd: process.execPath, argv: ['-e', '0'], times: [] },
];
for (let rep = 0; rep < startupReps; rep++) {
  for (const s of startup) {
    copyFileSync(join(pristine, one.rel), singleFile);
    s.times.push(run(s.cmd, s.argv, single).ms);
    if (s.edits && readFileSync(singleFile, 'utf8') !== one.expected) throw new Error('single edit: wrong result');
  }
}

let profile = null;
if (args.includes('--profile')) {
  resetLive(files);
  const dir = join(work, 'profile');
  run(process.execPath, ['--cpu-prof', '--cpu-prof-dir', dir, ...tools[0].argv]);
  const file = join(dir, readdirSync(dir).find((f) => f.endsWith('.cpuprofile')));
  profile = { file, text: summariseProfile(JSON.parse(readFileSync(file, 'utf8')), 15) };
}

// ---------------------------------------------------------------- report

// CPU that others used while we ran: timings from a busy machine are not comparable with an idle one's.
const cpuAtEnd = cpuJiffies();
const elapsedS = (Date.now() - started) / 1000;
const otherCores = cpuAtStart && cpuAtEnd ? (cpuAtEnd.busy - cpuAtStart.busy - (cpuAtEnd.own - cpuAtStart.own)) / 100 / elapsedS : null;
const build = `git ${sh('git rev-parse --short HEAD') ?? '?'}${sh('git status --porcelain -- src') ? ' + uncommitted src changes' : ''}; dist/cli/index.js built ${sh(`date -u -r ${JSON.stringify(cli)} +%FT%TZ`) ?? '?'}`;
const sedVersion = sh('sed --version')?.split('\n')[0] ?? 'not found';
const yqVersion = hasYq
  ? `yq ${sh('dpkg-query -W -f \'${Version}\' yq') ?? sh('yq --version') ?? '?'} (Debian package; \`yq --version\` prints "${sh('yq --version 2>&1')}"), ${sh('jq --version') ?? 'jq ?'}`
  : 'not installed (apt-get install yq)';
const cpus = os.cpus();
const fsType = sh(`findmnt -no FSTYPE -T ${JSON.stringify(work)}`) ?? '?';

const floor = tools.find((t) => t.floor);
const floorMedian = stats(floor.times).median;
const batchRows = tools.map((t) => {
  const s = stats(t.times);
  return [t.name, s.n, fmt(s.median), fmt(s.min), fmt(s.max), Math.round(fileCount / (s.median / 1000)).toLocaleString('en-US'), `${(s.median / floorMedian).toFixed(1)}×`, t.rss, t.cpu];
});
if (!hasYq) batchRows.push(['yq -y -i (python)', 0, 'not installed', '', '', '', '', '', '']);
const startupRows = startup.map((s) => {
  const st = stats(s.times);
  return [s.name, fmt(st.median), fmt(st.min), fmt(st.max)];
});

const oursMedian = stats(tools[0].times).median;
const singleMedian = stats(startup[0].times).median;
const targets = [
  ['batch edit within 3× of sed', `${(oursMedian / floorMedian).toFixed(1)}× (${fmt(oursMedian)} ms vs ${fmt(floorMedian)} ms)`, oursMedian <= 3 * floorMedian],
  ['single edit under 150 ms (median, startup included)', `${fmt(singleMedian)} ms`, singleMedian < 150],
];

const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const md = [
  '# gitops-promote benchmark',
  '',
  `Run ${new Date().toISOString()} by \`npm run bench\` (bench/run.mjs), ${elapsedS.toFixed(0)} s in all.`,
  '',
  '## Machine',
  '',
  `- CPU: ${cpus[0]?.model ?? '?'}, ${cpus.length} cores; memory ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
  `- OS: ${os.type()} ${os.release()} (${os.platform()}/${os.arch()}); bench/work on ${fsType}`,
  `- Node: ${process.version} (${process.execPath})`,
  `- sed: ${sedVersion}`,
  `- yq: ${yqVersion}`,
  `- Other load: ${otherCores === null ? '?' : `${otherCores.toFixed(2)} cores busy on average outside this bench's processes (kernel writeback included)`}; load average ${loadAtStart.toFixed(2)} at start, ${os.loadavg()[0].toFixed(2)} at end${otherCores !== null && otherCores > 0.25 ? '. Other work was running: figures are noisier than on an idle machine' : ''}`,
  `- Measured: ${build}`,
  `- /usr/bin/time: ${hasTime ? 'present' : 'missing (apt-get install time), so no peak RSS'}`,
  '',
  `## Batch edit: ${fileCount.toLocaleString('en-US')} kustomization overlays, one process`,
  '',
  `Each tool sets the newTag of the \`${image}\` entry to ${newTag} in every file, in one process. Wall time of the`,
  'whole process, startup included; timed runs interleaved, each after one untimed warm-up (not yq: one run takes',
  'most of a minute, as it spawns one jq per file); files reset from a pristine copy before every run (outside the',
  'timing), page cache warm. Peak RSS and CPU (user / sys ms) come from one more run under /usr/bin/time (for yq,',
  'from its timed run). yq\'s RSS is its python process (or its largest jq child, if larger).',
  '',
  table(['tool', 'runs', 'median wall ms', 'min', 'max', 'files/s', 'ratio to sed', 'peak RSS', 'CPU user / sys ms'], batchRows),
  '',
  `Every run of gitops-promote and sed was checked byte for byte: exactly the one newTag line changed in each file.${hasYq ? ` yq's results were checked for meaning (the images: list); byte-exact files after yq: ${yqExact}/${fileCount} (it drops comments and reformats).` : ''}`,
  'gitops-promote fsyncs each file before its rename (crash safety); sed -i and yq do not.',
  '',
  `## One edit (startup included), ${startupReps} runs each, interleaved`,
  '',
  table(['command', 'median wall ms', 'min', 'max'], startupRows),
  '',
  '## Targets',
  '',
  table(['target', 'measured', 'result'], targets.map(([name, got, ok]) => [name, got, ok ? 'PASS' : 'FAIL'])),
  '',
  ...(profile ? ['## CPU profile of one batch edit (top self time)', '', '```', profile.text, '```', ''] : []),
].join('\n');

writeFileSync(join(root, 'bench/results.md'), md);
process.stdout.write(`\n${md}\nwritten: bench/results.md${profile ? `; profile: ${profile.file}` : ''}\n`);
