// The repositories bench/scale.mjs measures, and what every verb must answer on them. A zero-config repo of N apps,
// each with a real base (kustomization + Deployment, so every overlay renders) and four overlays (dev, staging,
// prod-eu, prod-us), written by `git fast-import`. Every commit changes a file: 10,000 "core" commits move versions
// (promotions with trailers, CI bumps of dev without trailers, gate-skipped hotfixes, rollbacks, prod-eu canaries);
// a larger history adds commits that change base Deployments only (replicas), interleaved evenly, so they touch no
// target any verb asks about. A branch `pr` moves 50 prod targets (12 apps to what staging runs, 13 to what only dev
// runs). The expected answers are computed here from the generator's own model, independently of gitops-promote.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const GENERATOR = 1; // bump whenever the generated repository changes: the cache is keyed by it
const CORE = 10_000; // core commits on main, the initial commit included
const PR_OK_APPS = 12;
const PR_BAD_APPS = 13;
export const DIRS = ['dev', 'staging', 'prod-eu', 'prod-us'];

export const appName = (i, apps) => `app-${String(i).padStart(String(apps - 1).length, '0')}`;
export const overlayPath = (app, dir) => `apps/${app}/overlays/${dir}/kustomization.yaml`;
const basePath = (app, f) => `apps/${app}/base/${f}`;

export const overlay = (app, dir, tag) => [
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

const baseKustomization = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\n';
const deployment = (app, replicas) => [
  'apiVersion: apps/v1', 'kind: Deployment', `metadata:\n  name: ${app}`, 'spec:', `  replicas: ${replicas}`,
  `  selector:\n    matchLabels:\n      app: ${app}`, '  template:', `    metadata:\n      labels:\n        app: ${app}`,
  '    spec:', '      containers:', `        - name: ${app}`, `          image: ghcr.io/acme/${app}:v1.0.0`,
  '          ports:\n            - containerPort: 8080', '',
].join('\n');

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function trailerMessage(app, envName, version, previous, from, gateSkipped) {
  const trailers = [
    `Promoted-App: ${app}`, `Promoted-Env: ${envName}`, `Promoted-Version: ${version}`, `Previous-Version: ${previous}`,
    ...(from ? [`Promoted-From: ${from}`] : []), 'Promoted-By: bench', ...(gateSkipped ? [`Gate-Skipped: ${gateSkipped}`] : []),
  ];
  return `promote(${app}): ${envName} ${previous} -> ${version}\n\n${trailers.join('\n')}\n`;
}

function rollbackMessage(app, bad, good, of) {
  return `rollback(${app}): prod ${bad} -> ${good}\n\nRollback-App: ${app}\nRollback-Env: prod\nRollback-Of: ${of}\n`
    + `Rolled-Back-Version: ${bad}\nRestored-Version: ${good}\nRolled-Back-By: bench\n`;
}

/** The fast-import stream writer: commits on main, one every minute from 2025-01-01. */
function streamWriter() {
  const out = [];
  let mark = 0;
  const epoch = 1_735_689_600;
  const data = (s) => `data ${Buffer.byteLength(s)}\n${s}\n`;
  return {
    out,
    commit(i, message, files, ref = 'refs/heads/main', from) {
      const when = `${epoch + i * 60} +0000`;
      out.push(`commit ${ref}\nmark :${++mark}\ncommitter bench <bench@example.com> ${when}\n${data(message)}`);
      if (from) out.push(`from ${from}\n`);
      for (const [p, text] of files) out.push(`M 100644 inline ${p}\n${data(text)}`);
      out.push('\n');
      return mark;
    },
  };
}

/** One app's versions: what each overlay holds now and every tag it ever held (the content history, modelled). */
function newApp() {
  const cur = Object.fromEntries(DIRS.map((d) => [d, 'v1.0.0']));
  return { minor: 0, cur, held: Object.fromEntries(DIRS.map((d) => [d, new Set(['v1.0.0'])])), lastProd: undefined, replicas: 2 };
}

/** One core commit for `app`: which files it writes and with what message; updates the model. */
function coreStep(app, s, r, i, rand, fakeSha) {
  const set = (dirs, v) => {
    for (const d of dirs) {
      s.cur[d] = v;
      s.held[d].add(v);
    }
    return dirs.map((d) => [overlayPath(app, d), overlay(app, d, v)]);
  };
  const prod = ['prod-eu', 'prod-us'];
  const { cur } = s;
  const same = cur['prod-eu'] === cur['prod-us'];
  if (r < 0.02 && same) {
    const [maj, min, pat] = cur['prod-eu'].slice(1).split('.').map(Number);
    const v = `v${maj}.${min}.${pat + 1}`;
    const good = cur['prod-eu'];
    const msg = trailerMessage(app, 'prod', v, good, 'staging', `hotfix INC-${i}`);
    return { kind: 'hotfix', msg, rec: ['prod', v], lastProd: { bad: v, good }, files: set(prod, v) };
  }
  if (r < 0.03 && s.lastProd && cur['prod-eu'] === s.lastProd.bad && same) {
    const { bad, good, mark } = s.lastProd;
    s.lastProd = undefined;
    return { kind: 'rollback', msg: rollbackMessage(app, bad, good, fakeSha(mark)), rec: ['prod', good], files: set(prod, good) };
  }
  if (r < 0.035 && same && cur.staging !== cur['prod-eu']) {
    const v = cur.staging;
    return { kind: 'canary', msg: trailerMessage(app, 'prod', v, cur['prod-eu'], 'staging'), rec: ['prod', v], files: set(['prod-eu'], v) };
  }
  if (cur.staging !== cur.dev) {
    const v = cur.dev;
    return { kind: 'promotion', msg: trailerMessage(app, 'staging', v, cur.staging, 'dev'), rec: ['staging', v], files: set(['staging'], v) };
  }
  if (cur['prod-eu'] !== cur.staging || cur['prod-us'] !== cur.staging) {
    const v = cur.staging;
    const good = cur['prod-us'];
    const msg = trailerMessage(app, 'prod', v, good, 'staging');
    return { kind: 'promotion', msg, rec: ['prod', v], lastProd: { bad: v, good }, files: set(prod, v) };
  }
  const v = `v1.${++s.minor}.0`;
  const trailers = rand() >= 0.25;
  const msg = trailers ? trailerMessage(app, 'dev', v, cur.dev) : `ci: bump ${app} in dev to ${v}\n`;
  return { kind: trailers ? 'promotion' : 'ciBump', msg, rec: trailers ? ['dev', v] : undefined, files: set(['dev'], v) };
}

/** Which commits of 1..total-1 are core ones: CORE-1 of them, spread evenly (Bresenham). */
function isCore(j, total) {
  const n = CORE - 1;
  return Math.floor((j * n) / (total - 1)) !== Math.floor(((j - 1) * n) / (total - 1));
}

function buildMain(w, names, total, rand) {
  const st = new Map(names.map((a) => [a, newApp()]));
  const initial = [['README.md', `# config for ${names.length} apps\n`]];
  for (const app of names) {
    initial.push([basePath(app, 'kustomization.yaml'), baseKustomization], [basePath(app, 'deployment.yaml'), deployment(app, 2)]);
    for (const dir of DIRS) initial.push([overlayPath(app, dir), overlay(app, dir, 'v1.0.0')]);
  }
  w.commit(0, 'Initial config\n', initial);
  const fakeSha = (m) => m.toString(16).padStart(40, '0');
  const records = [];
  const kinds = { promotion: 0, ciBump: 0, hotfix: 0, rollback: 0, canary: 0, replicas: 0 };
  let mark = 1;
  for (let j = 1; j < total; j++) {
    const app = names[Math.floor(names.length * rand() ** 1.5)];
    const s = st.get(app);
    if (!isCore(j, total)) {
      s.replicas = 2 + ((s.replicas - 1) % 7);
      mark = w.commit(j, `chore(${app}): ${s.replicas} replicas\n`, [[basePath(app, 'deployment.yaml'), deployment(app, s.replicas)]]);
      kinds.replicas++;
      continue;
    }
    const step = coreStep(app, s, rand(), j, rand, fakeSha);
    mark = w.commit(j, step.msg, step.files);
    if (step.lastProd) s.lastProd = { ...step.lastProd, mark };
    if (step.rec) records.push(`${app} ${step.rec[0]} ${step.rec[1]}`);
    kinds[step.kind]++;
  }
  return { st, records, kinds, mark };
}

/** The pull request: 12 apps' prod to what staging runs (ok), 13 apps' prod to what only dev runs (violations). */
function buildPr(w, names, st, total, from) {
  const ok = names.filter((a) => {
    const { cur, held } = st.get(a);
    return cur.staging !== cur['prod-eu'] && cur['prod-eu'] === cur['prod-us'] && !held['prod-eu'].has(cur.staging) && !held['prod-us'].has(cur.staging);
  }).slice(0, PR_OK_APPS);
  const bad = names.filter((a) => {
    const { cur, held } = st.get(a);
    return !ok.includes(a) && cur.dev !== cur.staging && cur['prod-eu'] === cur['prod-us'] && !held.staging.has(cur.dev)
      && !held['prod-eu'].has(cur.dev) && !held['prod-us'].has(cur.dev);
  }).slice(0, PR_BAD_APPS);
  if (ok.length < PR_OK_APPS || bad.length < PR_BAD_APPS) throw new Error(`generator: only ${ok.length} ok and ${bad.length} bad candidate apps`);
  const files = [];
  const pr = { ok: [], bad: [] };
  for (const [list, key, dirOf] of [[ok, 'ok', 'staging'], [bad, 'bad', 'dev']]) {
    for (const app of list) {
      for (const dir of ['prod-eu', 'prod-us']) {
        files.push([overlayPath(app, dir), overlay(app, dir, st.get(app).cur[dirOf])]);
        pr[key].push(overlayPath(app, dir));
      }
    }
  }
  w.commit(total, 'Bump prod for 25 apps (#42)\n', files, 'refs/heads/pr', `:${from}`);
  return { ok: pr.ok.sort(), bad: pr.bad.sort() };
}

/** What drift must find on main: by the model of what each overlay held (zero-config: prod has regions eu, us). */
export function expectedDrift(st) {
  const keys = [];
  for (const [app, { cur, held }] of st) {
    if (!held.dev.has(cur.staging)) keys.push(`never-in-previous ${app} staging -`);
    for (const [dir, region] of [['prod-eu', 'eu'], ['prod-us', 'us']]) {
      if (!held.staging.has(cur[dir])) keys.push(`never-in-previous ${app} prod ${region}`);
    }
    if (cur['prod-eu'] !== cur['prod-us']) keys.push(`regions-disagree ${app} prod -`);
  }
  return keys.sort();
}

/** A digest of every status cell (app, overlay, version), as the status verb must show them. */
export const cellsDigest = (lines) => createHash('sha256').update([...lines].sort().join('\n')).digest('hex');

function git(cwd, env, ...a) {
  const r = spawnSync('git', a, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git ${a.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

function generate(dir, apps, total, env) {
  const t0 = Date.now();
  rmSync(dir, { recursive: true, force: true });
  const repo = join(dir, 'config');
  mkdirSync(repo, { recursive: true });
  git(repo, env, 'init', '-q', '-b', 'main');
  git(repo, env, 'config', 'gc.auto', '0');
  git(repo, env, 'remote', 'add', 'origin', repo); // the CLI wants an origin; no verb measured here fetches
  const names = Array.from({ length: apps }, (_, i) => appName(i, apps));
  const w = streamWriter();
  const rand = mulberry32(20261201);
  const { st, records, kinds, mark } = buildMain(w, names, total, rand);
  const pr = buildPr(w, names, st, total, mark);
  const stream = Buffer.from(w.out.join(''));
  w.out.length = 0;
  const r = spawnSync('git', ['fast-import', '--quiet', '--date-format=raw', '--depth=250'], { cwd: repo, env, input: stream, maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`git fast-import: ${r.stderr}`);
  const importMs = Date.now() - t0;
  git(repo, env, 'repack', '-a', '-d', '-q');
  const count = (k) => Number(git(repo, env, 'count-objects', '-v').split('\n').find((l) => l.startsWith(k)).split(' ')[1]);
  const state = {
    generator: GENERATOR, apps, commits: Number(git(repo, env, 'rev-list', '--count', 'main')),
    files: git(repo, env, 'ls-tree', '-r', '--name-only', 'main').split('\n').length,
    main: git(repo, env, 'rev-parse', 'main'), pr: git(repo, env, 'rev-parse', 'pr'), ...pr, kinds,
    drift: expectedDrift(st),
    cells: { count: apps * DIRS.length, digest: cellsDigest(names.flatMap((a) => DIRS.map((d) => `${a}\t${d}\t${st.get(a).cur[d]}`))) },
    history50: records.slice(-50).reverse(),
    streamBytes: stream.length, importMs, generateMs: Date.now() - t0, packBytes: count('size-pack:') * 1024,
  };
  writeFileSync(join(dir, 'state.json'), JSON.stringify(state, null, 2));
  return state;
}

/** The repository of `apps` apps and `commits` commits (cached under bench/work/), and what every verb must answer. */
export function scaleRepo(work, apps, commits, env, regenerate = false) {
  const dir = join(work, `scale-g${GENERATOR}-${apps}-${commits}`);
  const stateFile = join(dir, 'state.json');
  const repo = join(dir, 'config');
  if (!regenerate && existsSync(stateFile)) {
    const state = JSON.parse(readFileSync(stateFile, 'utf8'));
    if (state.generator === GENERATOR && git(repo, env, 'rev-parse', 'pr') === state.pr) return { repo, state, cached: true };
  }
  const state = generate(dir, apps, commits, env);
  if (state.commits !== commits || state.files !== apps * (DIRS.length + 2) + 1) throw new Error(`unexpected repository: ${state.commits} commits, ${state.files} files`);
  return { repo, state, cached: false };
}
