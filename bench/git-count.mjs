// The bench's own helper (never shipped): which git processes one promotion started, read from git's trace2 event
// stream. GIT_TRACE2_EVENT names a directory per promotion, and git writes one file per process there (git 2.39:
// "If the target is a directory, one file per process"), so concurrent promotions never share a file. A process
// whose sid has no "/" was started by gitops-promote itself (top level); a child's sid is its parent's plus "/…".
// Children come in two kinds: the local ones a real run would start too (fetch's connectivity rev-list and
// `maintenance run --auto`, push's pack-objects), and the remote side (upload-pack, receive-pack and what they
// start), which runs here only because the bench's remote is a path: on GitHub it is not a local process.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const REMOTE_SIDE = /(^|\/)(upload-pack|receive-pack)(\/|$)/;

/** `git fetch …` → fetch; `git-upload-pack …` → upload-pack; trace2's cmd_name wins when it came. */
function nameOf(argv) {
  const base = argv[0].split('/').pop();
  return base === 'git' ? (argv[1] ?? 'git') : base.replace(/^git-/, '');
}

/** The processes traced in `dir`, oldest first: { sid, kind: top|local|remote, name, argv, time, ms }. */
export function gitProcesses(dir) {
  const procs = new Map();
  for (const file of readdirSync(dir)) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      if (!line) continue;
      const e = JSON.parse(line);
      if (e.event === 'start') {
        const kind = e.sid.includes('/') ? 'local' : 'top';
        procs.set(e.sid, { sid: e.sid, kind, name: nameOf(e.argv), argv: e.argv, time: e.time, ms: 0 });
      } else if (e.event === 'exit' && procs.has(e.sid)) {
        procs.get(e.sid).ms = e.t_abs * 1000; // the process's lifetime, as git measured it
      } else if (e.event === 'cmd_name' && procs.has(e.sid)) {
        const p = procs.get(e.sid);
        p.name = e.name;
        if (p.kind !== 'top' && REMOTE_SIDE.test(e.hierarchy)) p.kind = 'remote';
      }
    }
  }
  return [...procs.values()].sort((a, b) => a.time.localeCompare(b.time));
}

/** argv for a human: shas, the run's private ref namespace and temporary paths made generic. */
export function shortArgv(argv) {
  return argv.slice(1).join(' ')
    .replace(/\b[0-9a-f]{40}\b/g, '<sha>')
    .replace(/refs\/gitops-promote\/[^/\s]+/g, 'refs/gitops-promote/<run>');
}

/**
 * One promotion's counts: { top, local, remote, all, attempts, procs, by: Map name → {top, local, remote, topMs} },
 * topMs the summed lifetimes of that command's top-level processes.
 */
export function countPromotion(procs, attempts) {
  const by = new Map();
  const c = { top: 0, local: 0, remote: 0, all: procs.length, attempts, by, procs };
  for (const p of procs) {
    c[p.kind]++;
    if (!by.has(p.name)) by.set(p.name, { top: 0, local: 0, remote: 0, topMs: 0 });
    by.get(p.name)[p.kind]++;
    if (p.kind === 'top') by.get(p.name).topMs += p.ms;
  }
  return c;
}

/** Least squares of y on x: { a, b } with y ≈ a + b·x (b = 0 when every x is the same). */
function fit(xs, ys) {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
  }
  const b = sxx ? sxy / sxx : 0;
  return { a: my - b * mx, b };
}

/**
 * Per git command, what the first attempt costs and what each retry adds: top-level count ≈ a + b·(attempts − 1),
 * fitted over all promotions. Rows { name, a, b, local, remote } sorted by name, local/remote as fits too.
 */
export function costPerAttempt(counts) {
  const names = [...new Set(counts.flatMap((c) => [...c.by.keys()]))].sort();
  const retries = counts.map((c) => c.attempts - 1);
  const of = (name, kind) => counts.map((c) => c.by.get(name)?.[kind] ?? 0);
  return names.map((name) => ({
    name,
    top: fit(retries, of(name, 'top')),
    local: fit(retries, of(name, 'local')),
    remote: fit(retries, of(name, 'remote')),
  }));
}

/**
 * Top-level commands that ran more than once with the very same argv in promotions that landed at their first
 * attempt (so no retry explains them): [{ argv (shortened), runs, promotions }] — runs is the median over those.
 */
export function repeatsAtFirstAttempt(counts) {
  const firsts = counts.filter((c) => c.attempts === 1);
  const seen = new Map();
  for (const c of firsts) {
    const n = new Map();
    for (const p of c.procs.filter((q) => q.kind === 'top')) {
      const key = p.argv.join('\0');
      n.set(key, (n.get(key) ?? 0) + 1);
    }
    for (const [key, runs] of n) {
      if (runs < 2) continue;
      const argv = shortArgv(key.split('\0'));
      if (!seen.has(argv)) seen.set(argv, []);
      seen.get(argv).push(runs);
    }
  }
  const rows = [...seen].map(([argv, runs]) => ({ argv, runs: median(runs), promotions: runs.length }));
  return { firsts: firsts.length, rows };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
