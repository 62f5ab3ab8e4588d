// Where a slow parity run spends its time: one more run with a CPU profile of the node process (node --cpu-prof,
// summarised by profile-summary.mjs) and git's trace2 events, since the profile shows time spent waiting for git
// only as "(idle)". A measurement aid for the bench, never shipped.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { summariseProfile } from './profile-summary.mjs';

/**
 * Runs argv (argv[0] is node) in cwd `runs` times with both traces, each into its own directory under dir, and
 * summarises the run whose sampled time is the median (one profile of a busy shared machine can be an outlier).
 * check(result) must return [].
 */
export function profileRun({ argv, env, cwd, dir, check, runs = 3 }) {
  rmSync(dir, { recursive: true, force: true });
  const once = (i) => profileOnce({ argv, env, cwd, dir: join(dir, String(i + 1)), check });
  const all = Array.from({ length: runs }, (_, i) => once(i));
  all.sort((a, b) => a.sampledMs - b.sampledMs);
  const pick = all[Math.floor((all.length - 1) / 2)];
  const prof = JSON.parse(readFileSync(pick.file, 'utf8'));
  const parts = [summariseProfile(prof, 12), hotLines(prof), gitSummary(readFileSync(pick.trace, 'utf8'))];
  const others = all.filter((x) => x !== pick).map((x) => `${Math.round(x.sampledMs)} ms`).join(', ');
  const note = `the median of ${runs} profiled runs (the others sampled ${others})`;
  return { file: pick.file, text: parts.join('\n\n'), note };
}

function profileOnce({ argv, env, cwd, dir, check }) {
  mkdirSync(dir, { recursive: true });
  const trace = join(dir, 'git-trace2.json');
  const [node, ...rest] = argv;
  const r = spawnSync(node, ['--cpu-prof', `--cpu-prof-dir=${dir}`, ...rest], {
    cwd, env: { ...env, GIT_TRACE2_EVENT: trace }, encoding: 'utf8', maxBuffer: 1 << 30,
  });
  const problems = check({ code: r.status, stdout: r.stdout, stderr: r.stderr });
  if (problems.length) throw new Error(`profiled run: ${problems.join('; ')}`);
  const file = join(dir, readdirSync(dir).find((f) => f.endsWith('.cpuprofile')));
  const prof = JSON.parse(readFileSync(file, 'utf8'));
  return { file, trace, sampledMs: prof.timeDeltas.reduce((a, b) => a + b, 0) / 1000 };
}

/**
 * Self time by source line of the built bundle (V8's positionTicks), with the line's text: callbacks that V8
 * inlines are charged to the line that calls them, which names the loop better than the function does.
 */
export function hotLines(profile, limit = 8) {
  const msPerTick = profile.timeDeltas.reduce((a, b) => a + b, 0) / 1000 / profile.samples.length;
  const ticks = new Map();
  for (const node of profile.nodes) {
    const url = node.callFrame.url;
    if (!url.startsWith('file://')) continue;
    for (const { line, ticks: t } of node.positionTicks ?? []) {
      const key = `${url}\0${line}`;
      ticks.set(key, (ticks.get(key) ?? 0) + t);
    }
  }
  const text = new Map();
  const lineOf = (url, line) => {
    if (!text.has(url)) text.set(url, readFileSync(new URL(url), 'utf8').split('\n'));
    return (text.get(url)[line - 1] ?? '').trim();
  };
  const rows = [...ticks.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([key, t]) => {
    const [url, line] = key.split('\0');
    const where = `${url.replace(/^.*\//, '')}:${line}`;
    return `${(t * msPerTick).toFixed(1).padStart(8)} ms  ${where.padEnd(17)} ${cut(lineOf(url, Number(line)))}`;
  });
  return ['self time by line of the bundle', ...rows].join('\n');
}

const cut = (s) => (s.length > 100 ? `${s.slice(0, 100)}… (${s.length} chars)` : s);

/** git processes by subcommand: count, summed and longest lifetime, the longest one's command line (cut). */
export function gitSummary(text) {
  const argvOf = new Map();
  const by = new Map();
  for (const line of text.split('\n')) {
    if (!line) continue;
    const e = JSON.parse(line);
    if (e.event === 'start') argvOf.set(e.sid, e.argv);
    if (e.event !== 'exit' || !argvOf.has(e.sid)) continue;
    const argv = argvOf.get(e.sid);
    const g = by.get(argv[1]) ?? { n: 0, sum: 0, max: 0, example: '' };
    const ms = e.t_abs * 1000;
    g.n++;
    g.sum += ms;
    if (ms >= g.max) [g.max, g.example] = [ms, argv.slice(1).join(' ')];
    by.set(argv[1], g);
  }
  const rows = [...by.entries()].sort((a, b) => b[1].sum - a[1].sum).map(([k, g]) =>
    `${g.sum.toFixed(0).padStart(8)} ms ${String(g.n).padStart(3)} × git ${k.padEnd(10)}`
    + ` longest ${g.max.toFixed(0)} ms: ${cut(g.example)}`);
  return ['git processes (trace2 lifetimes; cat-file --batch lives as long as the run)', ...rows].join('\n');
}
