// The bench's own helper (never shipped): a directory holding a `kubectl` script that runs the real kubectl under
// /usr/bin/time and appends one line per process (start, end, CPU, peak RSS, first argument) to a log. Put first on
// the CLI's PATH, it shows how much of a parity run is kustomize and how much is the rest. The renderer runs tools
// with a minimal environment (PATH, HOME, proxies), so every path is written into the script itself.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const shellQuote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

/** The real kubectl on `path` (the bench's own PATH), or undefined. */
export function realKubectl(path) {
  for (const dir of path.split(':')) {
    const candidate = join(dir || '.', 'kubectl');
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** Writes the wrapper into `dir`; returns { bin, reset(), read() }. */
export function kubectlTimer(dir, real, time = '/usr/bin/time') {
  const bin = join(dir, 'bin');
  const spool = join(dir, 'spool');
  const log = join(dir, 'kubectl.log');
  mkdirSync(bin, { recursive: true });
  // $EPOCHREALTIME (bash 5) reads the clock without a fork; time's own file per process, then one appended line.
  const script = [
    '#!/bin/bash',
    '# bench helper (bench/kubectl-timer.mjs): times each kubectl process, then passes its exit status on',
    't0=$EPOCHREALTIME',
    `${shellQuote(time)} -q -f '%U %S %M' -o ${shellQuote(spool)}/$$ ${shellQuote(real)} "$@"`,
    'rc=$?',
    't1=$EPOCHREALTIME',
    'u=0; s=0; m=0',
    `while read -r a b c; do u=$a; s=$b; m=$c; done < ${shellQuote(spool)}/$$`,
    `printf '%s %s %s %s %s %s\\n' "$t0" "$t1" "$u" "$s" "$m" "$1" >> ${shellQuote(log)}`,
    'exit $rc',
    '',
  ].join('\n');
  writeFileSync(join(bin, 'kubectl'), script);
  chmodSync(join(bin, 'kubectl'), 0o755);
  const reset = () => {
    rmSync(log, { force: true });
    rmSync(spool, { recursive: true, force: true });
    mkdirSync(spool, { recursive: true });
  };
  reset();
  return { bin, reset, read: () => summarise(existsSync(log) ? readFileSync(log, 'utf8') : '') };
}

/** Processes, their summed wall, the wall during which at least one ran (union), CPU and peak RSS. */
function summarise(text) {
  const procs = text.split('\n').filter(Boolean).map((l) => {
    const [t0, t1, u, s, m, arg] = l.split(' ');
    const cpuMs = (Number(u) + Number(s)) * 1000;
    return { start: Number(t0) * 1000, end: Number(t1) * 1000, cpuMs, rssKiB: Number(m), arg };
  });
  const spans = procs.map((p) => [p.start, p.end]).sort((a, b) => a[0] - b[0]);
  let busyMs = 0;
  let till = -Infinity;
  for (const [a, b] of spans) {
    if (b <= till) continue;
    busyMs += b - Math.max(a, till);
    till = b;
  }
  return {
    renders: procs.filter((p) => p.arg === 'kustomize').length,
    others: procs.filter((p) => p.arg !== 'kustomize').length,
    sumMs: procs.reduce((n, p) => n + p.end - p.start, 0),
    busyMs,
    cpuMs: procs.reduce((n, p) => n + p.cpuMs, 0),
    peakRssKiB: Math.max(0, ...procs.map((p) => p.rssKiB)),
  };
}

/** What the wrapper itself costs per process (bash, time, the log line), measured against /bin/true. */
export function wrapperOverheadMs(dir, runs = 50) {
  const t = kubectlTimer(join(dir, 'overhead'), '/bin/true');
  const bare = timeLoop('/bin/true', runs);
  const wrapped = timeLoop(join(t.bin, 'kubectl'), runs);
  return Math.max(0, wrapped - bare);
}

function timeLoop(bin, runs) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) spawnSync(bin, ['kustomize'], { stdio: 'ignore' });
  return Number(process.hrtime.bigint() - t0) / 1e6 / runs;
}
