// The parity section of bench/results.md: what was measured on which machine, the figures, the targets, and where
// the time goes when a target is missed. Text only; bench/parity.mjs does the measuring.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { APPS, DIRS, GENERATOR } from './parity-repo.mjs';

export const STATIC_LIMIT_MS = 1000;
export const REST_LIMIT_MS = 1000;

const fmt = (n) => (n >= 100 ? String(Math.round(n)) : n.toFixed(1));
const mib = (kib) => `${Math.round(kib / 1024)} MiB`;
const n = (x) => x.toLocaleString('en-US');
const load = (l) => l.map((x) => x.toFixed(2)).join(' / ');
const verdict = (ms, limit) => (ms < limit ? 'PASS' : 'FAIL');

function kubectlVersion(kubectl) {
  if (!kubectl) return 'kubectl not on PATH';
  try {
    const r = spawnSync(kubectl, ['version', '--client', '-o', 'json'], { encoding: 'utf8' });
    const v = JSON.parse(r.stdout);
    return `kubectl ${v.clientVersion.gitVersion} (kustomize ${v.kustomizeVersion}, ${kubectl})`;
  } catch {
    return `${kubectl} (version unreadable)`;
  }
}

/** nproc, CPU model, memory, versions, and which build was measured. git(cwd, ...args) runs git. */
export function machineFacts({ root, node, kubectl, git }) {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  let commitId = 'unknown';
  try {
    const dirty = git(root, 'status', '--porcelain', '--', 'src', 'dist').length > 0;
    commitId = `${git(root, 'rev-parse', '--short', 'HEAD')}${dirty ? ' + uncommitted src/dist changes' : ''}`;
  } catch { /* not a checkout */ }
  return {
    model: /^model name\s*:\s*(.*)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown',
    nproc: spawnSync('nproc', { encoding: 'utf8' }).stdout.trim(),
    mem: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    kube: kubectlVersion(kubectl),
    node: spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim(),
    git: git(root, '--version').replace('git version ', ''),
    commitId,
  };
}

function repositoryText(state, cached) {
  const k = state.kinds;
  const ok = state.expected.rows.filter((r) => r.verdict === 'ok').length;
  const bad = state.expected.rows.length - ok;
  const origin = cached ? `from the cache bench/work/parity-g${GENERATOR}/`
    : `generated in ${(state.generateMs / 1000).toFixed(1)} s, fast-import ${(state.importMs / 1000).toFixed(1)} s`;
  return [
    `Repository (bench/parity-repo.mjs, ${origin}): zero-config, ${n(APPS)} apps, each with a real base`
      + ' (kustomization.yaml + deployment.yaml, image ghcr.io/acme/<app>:v1.0.0) and dev, staging, prod-eu, prod-us'
      + ` overlays (\`resources: [../../base]\`, one images: entry): ${n(state.files)} files.`
      + ` ${n(state.commits)} commits on main written by \`git fast-import\`, every one changing files (checked:`
      + ` ${state.emptyCommits} without a file change): ${n(k.promotion)} promotions, ${n(k.ciBump)} dev bumps,`
      + ` ${k.hotfix} hotfixes straight to prod, ${k.rollback} rollbacks; ${n(k.withTrailers)} carry trailers, the`
      + ` rest none. Packed ${mib(state.packBytes / 1024)}. Branch \`pr\` (one commit) moves 50 prod targets of 25`
      + ` apps: ${ok} to the image staging runs (ok), ${bad} to an image only dev ran (violations, rule parity).`,
    '',
    'Each command runs once to validate, then the timed runs, interleaved; wall time of the whole process (startup'
      + ' included). Every run\'s answer is checked against the generator\'s, or the bench fails: parity (both modes)'
      + ' exactly the 50 rows with their verdicts, rule and old → new images, and exactly the'
      + ` ${bad} violations; drift on main all ${n(APPS)} apps, ${n(APPS * DIRS.length)} cells and exactly the`
      + ` ${state.expected.drift.length} expected findings (prod running an image staging never held: hotfixes,`
      + ' rollbacks onto a hotfix); the naive script the same violations; static mode and drift start no kubectl.'
      + ' CPU (median) and peak RSS (largest single process, max over the runs) from /usr/bin/time -v, git and'
      + ' kubectl children included.',
  ];
}

function figuresTable(d) {
  return [
    '| what | runs | median wall ms | min | max | CPU user+sys ms (user / sys) | peak RSS |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...d.cases.map((c) => {
      const f = d.fig[c.key];
      return `| ${c.label} | ${d.reps} | ${fmt(f.median)} | ${fmt(f.min)} | ${fmt(f.max)}`
        + ` | ${fmt(f.cpu)} (${fmt(f.user)} / ${fmt(f.sys)}) | ${mib(f.rss)} |`;
    }),
  ];
}

function renderSplit(d) {
  const s = d.split;
  if (!s) return ['kubectl is not on PATH: the render mode was not measured.', ''];
  const whole = d.fig.render.median;
  return [
    `Renderer split (medians of each figure over the ${d.reps} wrapped runs): per run ${s.renders}`
      + ` \`kubectl kustomize\` processes (+ ${s.others} \`kubectl version\` probe). kubectl busy = wall time during`
      + ' which at least one kubectl ran (the renderer runs up to 2 at once); the rest = whole wall − kubectl busy:'
      + ` node, git and the scratch trees. The wrapper costs about ${d.overheadMs.toFixed(1)} ms per process (bash +`
      + " /usr/bin/time, measured on /bin/true), some of it counted in the rest; run (b') is the same without it.",
    '',
    '| figure | value |',
    '| --- | --- |',
    `| whole wall | ${fmt(whole)} ms |`,
    `| kubectl busy wall | ${fmt(s.busy)} ms (${Math.round((100 * s.busy) / whole)}% of the whole) |`,
    `| kubectl wall summed over processes | ${fmt(s.sum)} ms (${fmt(s.sum / (s.renders + s.others))} ms each) |`,
    `| the rest (wall outside kubectl) | ${fmt(s.rest)} ms (max ${fmt(s.restMax)}) |`,
    `| kubectl CPU user+sys | ${fmt(s.kCpu)} ms |`,
    `| the rest, CPU user+sys (node, git, wrapper) | ${fmt(s.restCpu)} ms |`,
    `| kubectl peak RSS (one process) | ${mib(s.kRss)} |`,
    '',
  ];
}

function profileText(d) {
  return d.profiles.flatMap(([key, p]) => [
    `Profile of \`${key}\`, ${p.note}: node --cpu-prof (the node process only; \`(idle)\` is waiting for git`
      + `${key === 'render' ? ' and kubectl' : ''}), then git's trace2 (file ${p.file.replace(`${d.root}/`, '')}):`,
    '', '```', p.text, '```', '',
  ]);
}

/** The whole section, heading first. */
export function paritySection(d) {
  const m = d.machine;
  const b = d.build;
  const dist = `a copy of dist/cli taken at the start (content ${b.hash}, built`
    + ` ${b.built.toISOString().replace(/\.\d+Z$/, 'Z')}${b.changed ? '; dist/cli has been rebuilt since' : ''})`;
  return [
    '## Staging parity and drift: 5,000 apps × 4 overlays, 10,000 commits (parity, second edition)',
    '',
    `Run ${new Date().toISOString()} by \`node bench/parity.mjs\` (also part of \`npm run bench\`),`
      + ` ${Math.round((Date.now() - d.started) / 1000)} s in all.`,
    '',
    ...repositoryText(d.state, d.cached),
    '',
    ...figuresTable(d),
    '',
    ...renderSplit(d),
    '| target | measured | result |',
    '| --- | --- | --- |',
    `| static model under 1 s (median wall) | ${fmt(d.fig.static.median)} ms`
      + ` | ${verdict(d.fig.static.median, STATIC_LIMIT_MS)} |`,
    ...(d.split ? [`| renderer: the rest (wall outside kubectl) under 1 s (median) | ${fmt(d.split.rest)} ms`
      + ` | ${verdict(d.split.rest, REST_LIMIT_MS)} |`] : []),
    '',
    ...profileText(d),
    `Machine: nproc ${m.nproc}, ${m.model} (/proc/cpuinfo), ${m.mem}; load average (1 / 5 / 15 min)`
      + ` ${load(d.load0)} before the timed runs, ${load(d.load1)} after (the machine is shared); Node ${m.node};`
      + ` git ${m.git}; ${m.kube}. Measured: ${dist}; the checkout was at ${m.commitId}.`,
    '',
  ].join('\n');
}

/** Replaces the parity section of results.md (its heading up to the next `## `), or appends it. */
export function writeSection(results, text) {
  const md = existsSync(results) ? readFileSync(results, 'utf8') : '# gitops-promote benchmark\n';
  const start = md.search(/^## Staging parity/m);
  if (start < 0) return writeFileSync(results, `${md.trimEnd()}\n\n${text}`);
  const after = md.slice(start + 3);
  const next = after.search(/^## /m);
  writeFileSync(results, `${md.slice(0, start)}${text}${next < 0 ? '' : `\n${after.slice(next)}`}`);
}
