// The repository bench/parity.mjs measures on, and the answers the CLI must give on it. Zero-config, 5,000 apps,
// each with a real base (kustomization.yaml + deployment.yaml, so every overlay renders) and dev, staging,
// prod-eu and prod-us overlays (`resources: [../../base]` and one images: entry); 10,000 commits on main that all
// change files (promotions dev → staging → prod, CI bumps of dev, hotfixes straight to prod, rollbacks; trailers on
// some only, since the engine reads content, not trailers), written with `git fast-import`; and a branch `pr` that
// moves 50 prod targets of 25 apps: 24 to what staging runs (legit), 26 to what only dev ran (violations).
// The answers (ok rows, violations, drift findings on main) come from the generator's own bookkeeping.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

export const GENERATOR = 2; // bump whenever the generated repository changes: the cache is keyed by it
export const APPS = 5000;
export const COMMITS = 10_000; // on main, the initial commit included
export const DIRS = ['dev', 'staging', 'prod-eu', 'prod-us'];
const PR_OK_APPS = 12;
const PR_BAD_APPS = 13;
const TRAILER_SHARE = 0.6; // the rest are plain commits: the engine must not need trailers
const EPOCH = 1_735_689_600; // 2025-01-01T00:00:00Z; one commit every 50 minutes after it

export const overlayPath = (app, dir) => `apps/${app}/overlays/${dir}/kustomization.yaml`;
export const imageOf = (app, tag) => `ghcr.io/acme/${app}:${tag}`;

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

const baseKustomization = [
  'apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization', 'resources:', '  - deployment.yaml', '',
].join('\n');

const deployment = (app) => [
  'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', `  name: ${app}`, '  labels:', `    app: ${app}`,
  'spec:', '  replicas: 2', '  selector:', '    matchLabels:', `      app: ${app}`, '  template:', '    metadata:',
  '      labels:', `        app: ${app}`, '    spec:', '      containers:', `        - name: ${app}`,
  `          image: ${imageOf(app, 'v1.0.0')}`, '          ports:', '            - containerPort: 8080', '',
].join('\n');

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function promotionMessage(app, envName, version, previous, files, gateSkipped) {
  const lines = files.map((f) => `- ${f}: ${previous} -> ${version}`).join('\n');
  const trailers = [
    `Promoted-App: ${app}`, `Promoted-Env: ${envName}`, `Promoted-Version: ${version}`,
    `Previous-Version: ${previous}`, 'Promoted-By: bench', ...(gateSkipped ? [`Gate-Skipped: ${gateSkipped}`] : []),
  ].join('\n');
  return `promote(${app}): ${envName} ${previous} -> ${version}\n\n${lines}\n\n${trailers}\n`;
}

const plainMessage = (app, envName, version) => `${app}: ${envName} to ${version}\n`;

/** A fast-import stream writer: marks, fixed committer times, inline file contents. */
function streamWriter() {
  const out = [];
  let mark = 0;
  return {
    out,
    get mark() { return mark; },
    commit(ref, i, who, message, files, from) {
      const when = `${EPOCH + i * 3000} +0000`;
      const data = `data ${Buffer.byteLength(message)}\n${message}`;
      out.push(`commit ${ref}\nmark :${++mark}\nauthor ${who} ${when}\ncommitter ${who} ${when}\n${data}\n`);
      if (from) out.push(`from ${from}\n`);
      for (const [p, text] of files) out.push(`M 100644 inline ${p}\ndata ${Buffer.byteLength(text)}\n${text}\n`);
      out.push('\n');
      return mark;
    },
  };
}

/** One step of main's history: picks an app and what happens to it; returns [kind, message, files]. */
function step(i, s, app, rand) {
  const prodFiles = [overlayPath(app, 'prod-eu'), overlayPath(app, 'prod-us')];
  const prod = (tag) => prodFiles.map((f, k) => [f, overlay(app, DIRS[2 + k], tag)]);
  const trailers = rand() < TRAILER_SHARE;
  const r = rand();
  if (r < 0.02 && s.eu === s.us) {
    const [maj, min, pat] = s.eu.slice(1).split('.').map(Number);
    const v = `v${maj}.${min}.${pat + 1}`;
    const msg = trailers ? promotionMessage(app, 'prod', v, s.eu, prodFiles, `hotfix INC-${i}`)
      : `hotfix ${app} in prod: ${v}\n`;
    s.lastProd = { bad: v, good: s.eu };
    s.eu = v; s.us = v; s.prodRan.add(v);
    return ['hotfix', msg, prod(v), trailers];
  }
  if (r < 0.03 && s.lastProd && s.eu === s.lastProd.bad) {
    const { bad, good } = s.lastProd;
    const msg = trailers
      ? `rollback(${app}): prod ${bad} -> ${good}\n\nRollback-App: ${app}\nRollback-Env: prod\nRestored-Version: ${good}\n`
      : `revert ${app} prod to ${good}\n`;
    s.eu = good; s.us = good; s.lastProd = undefined;
    return ['rollback', msg, prod(good), trailers];
  }
  if (s.staging !== s.dev) {
    const f = overlayPath(app, 'staging');
    const msg = trailers ? promotionMessage(app, 'staging', s.dev, s.staging, [f])
      : plainMessage(app, 'staging', s.dev);
    s.staging = s.dev; s.stagingRan.add(s.dev);
    return ['promotion', msg, [[f, overlay(app, 'staging', s.dev)]], trailers];
  }
  if (s.eu !== s.staging || s.us !== s.staging) {
    const msg = trailers ? promotionMessage(app, 'prod', s.staging, s.eu, prodFiles)
      : plainMessage(app, 'prod', s.staging);
    s.lastProd = { bad: s.staging, good: s.eu };
    s.eu = s.staging; s.us = s.staging; s.prodRan.add(s.staging);
    return ['promotion', msg, prod(s.staging), trailers];
  }
  const v = `v1.${++s.minor}.0`;
  const f = overlayPath(app, 'dev');
  const msg = trailers ? promotionMessage(app, 'dev', v, s.dev, [f]) : `ci: bump ${app} in dev to ${v}\n`;
  s.dev = v;
  return ['ciBump', msg, [[f, overlay(app, 'dev', v)]], trailers];
}

/** The PR's apps: ok ones move prod to what staging runs, bad ones to what only dev ran. Neither ran in prod. */
function pickPr(apps, st) {
  const ok = apps.filter((a) => {
    const s = st.get(a);
    return s.staging !== s.eu && s.eu === s.us && !s.prodRan.has(s.staging);
  }).slice(0, PR_OK_APPS);
  const bad = apps.filter((a) => {
    const s = st.get(a);
    return !ok.includes(a) && s.dev !== s.staging && s.eu === s.us
      && !s.prodRan.has(s.dev) && !s.stagingRan.has(s.dev);
  }).slice(0, PR_BAD_APPS);
  if (ok.length < PR_OK_APPS || bad.length < PR_BAD_APPS) {
    throw new Error(`generator: only ${ok.length} ok and ${bad.length} bad candidate apps`);
  }
  const rows = (list, key, verdict) => list.flatMap((app) => ['prod-eu', 'prod-us'].map((dir) => {
    const s = st.get(app);
    const [old, tag] = [imageOf(app, s.eu), s[key]];
    return { app, dir, file: overlayPath(app, dir), verdict, old, new: imageOf(app, tag), tag };
  }));
  return [...rows(ok, 'staging', 'ok'), ...rows(bad, 'dev', 'violation')].sort((a, b) => a.file.localeCompare(b.file));
}

/** Drift on main: a prod target runs an image staging never held (hotfixes, rollbacks onto a hotfix). */
function expectedDrift(apps, st) {
  const out = [];
  for (const app of apps) {
    const s = st.get(app);
    for (const [dir, tag] of [['prod-eu', s.eu], ['prod-us', s.us]]) {
      if (!s.stagingRan.has(tag)) out.push(`never-in-previous ${overlayPath(app, dir)}`);
    }
  }
  return out.sort();
}

function gitIn(repo, env) {
  return (...a) => {
    const r = spawnSync('git', a, { cwd: repo, env, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`git ${a.join(' ')}: ${r.stderr}`);
    return r.stdout.trim();
  };
}

/** Commits of `ref`'s first-parent history that change no file (must be none: the issue asks for real changes). */
function emptyCommits(git, ref) {
  const out = git('log', '--first-parent', '--format=@%H', '--name-only', ref);
  let empty = 0;
  let files = -1;
  for (const line of `${out}\n@end`.split('\n')) {
    if (line.startsWith('@')) {
      if (files === 0) empty++;
      files = 0;
    } else if (line) files++;
  }
  return empty;
}

/** Generates the repository into `repo` (replacing it) and returns its facts and the expected answers. */
export function generateParityRepo(repo, env) {
  const t0 = Date.now();
  rmSync(repo, { recursive: true, force: true });
  mkdirSync(repo, { recursive: true });
  const git = gitIn(repo, env);
  git('init', '-q', '-b', 'main');
  git('config', 'gc.auto', '0');
  git('remote', 'add', 'origin', repo); // the CLI wants an origin remote; parity and drift never fetch

  const rand = mulberry32(20261130);
  const apps = Array.from({ length: APPS }, (_, i) => `app-${String(i).padStart(4, '0')}`);
  const fresh = () => ({ minor: 0, dev: 'v1.0.0', staging: 'v1.0.0', eu: 'v1.0.0', us: 'v1.0.0',
    prodRan: new Set(['v1.0.0']), stagingRan: new Set(['v1.0.0']), lastProd: undefined });
  const st = new Map(apps.map((a) => [a, fresh()]));
  const w = streamWriter();
  const bench = 'bench <bench@example.com>';
  const initial = [['README.md', `# config for ${APPS} apps\n`]];
  for (const app of apps) {
    initial.push([`apps/${app}/base/kustomization.yaml`, baseKustomization]);
    initial.push([`apps/${app}/base/deployment.yaml`, deployment(app)]);
    for (const dir of DIRS) initial.push([overlayPath(app, dir), overlay(app, dir, 'v1.0.0')]);
  }
  w.commit('refs/heads/main', 0, bench, 'Initial config\n', initial);
  const kinds = { promotion: 0, ciBump: 0, hotfix: 0, rollback: 0, withTrailers: 0 };
  for (let i = 1; i < COMMITS; i++) {
    const app = apps[Math.floor(APPS * rand() ** 1.5)];
    const [kind, message, files, trailers] = step(i, st.get(app), app, rand);
    w.commit('refs/heads/main', i, bench, message, files);
    kinds[kind]++;
    if (trailers) kinds.withTrailers++;
  }
  const pr = pickPr(apps, st);
  const prFiles = pr.map((r) => [r.file, overlay(r.app, r.dir, r.tag)]);
  const dana = 'dana <dana@example.com>';
  w.commit('refs/heads/pr', COMMITS, dana, 'Bump prod for 25 apps (#42)\n', prFiles, `:${w.mark}`);

  const stream = w.out.join('');
  const opts = { cwd: repo, env, input: stream, maxBuffer: 1 << 30 };
  const r = spawnSync('git', ['fast-import', '--quiet', '--date-format=raw'], opts);
  if (r.status !== 0) throw new Error(`git fast-import: ${r.stderr}`);
  const importMs = Date.now() - t0;
  git('repack', '-a', '-d', '-q');
  const lines = (...a) => git(...a).split('\n');
  const packKiB = Number(lines('count-objects', '-v').find((l) => l.startsWith('size-pack:')).split(' ')[1]);
  return {
    generator: GENERATOR, apps: APPS, commits: Number(git('rev-list', '--count', 'main')),
    emptyCommits: emptyCommits(git, 'main'), prFilesChanged: lines('diff', '--name-only', 'main', 'pr').length,
    files: lines('ls-tree', '-r', '--name-only', 'main').length, main: git('rev-parse', 'main'), pr: git('rev-parse', 'pr'),
    expected: { rows: pr, drift: expectedDrift(apps, st) }, kinds,
    streamBytes: Buffer.byteLength(stream), importMs, generateMs: Date.now() - t0, packBytes: packKiB * 1024,
  };
}

export function saveState(file, state) {
  writeFileSync(file, JSON.stringify(state, null, 2));
}
