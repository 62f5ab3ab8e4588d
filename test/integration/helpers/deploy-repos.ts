// Config repositories whose overlays really render, for the parity attack suite and the parity property test:
// apps/<app>/base (a Deployment running ghcr.io/acme/<app> with an envoy sidecar), overlays per environment
// (dev, staging, prod or prod-<region>) that pull in the base and pin the app's tag with an `images:` entry,
// optionally a shared component. Commits are written with plumbing into a bare origin (dated, symlinks and
// directory removal allowed) and fetched into a clone where the built CLI runs. renderImages() materialises a
// commit with `git archive` and runs the real `kubectl kustomize`: what would deploy, the ground truth the
// verdicts are checked against. Nothing here imports from src/.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { runCliBundle, type CliRun } from './action-runner.js';
import { cloneRepo, git, gitEnv, gitOk } from './git-repo.js';
import { DEVELOPER, promotionMessage } from './parity-repos.js';

export const registryImage = (app: string): string => `ghcr.io/acme/${app}`;
export const ENVOY = 'docker.io/envoyproxy/envoy:v1.29.1';
/** The shared component staging and prod use (a metrics sidecar), at the repository root. */
export const COMPONENT_DIR = 'components/metrics';
export const EXPORTER = 'docker.io/prom/statsd-exporter';

export interface AppSpec {
  name: string;
  /** Directory holding base/ and overlays/: apps/<name>, or '' for a single-app repository. */
  root: string;
  /** Prod regions: overlays prod-<region> instead of prod. */
  regions?: readonly string[];
  /** Whether staging and prod use the shared component. */
  component?: boolean;
}

export const app = (name: string, o: Partial<Omit<AppSpec, 'name'>> = {}): AppSpec =>
  ({ name, root: `apps/${name}`, ...o });

export const prodDirs = (a: AppSpec): string[] => (a.regions ? a.regions.map((r) => `prod-${r}`) : ['prod']);
export const envDirs = (a: AppSpec): string[] => ['dev', 'staging', ...prodDirs(a)];
export const overlayDir = (a: AppSpec, dir: string): string => posix.join(a.root, 'overlays', dir);
export const kustomizationOf = (a: AppSpec, dir: string): string => `${overlayDir(a, dir)}/kustomization.yaml`;
export const baseDir = (a: AppSpec): string => posix.join(a.root, 'base');

/** The environment an overlay directory belongs to (prod-eu → prod). */
export const envOfDir = (dir: string): string => dir.replace(/-.*$/, '');

export function deploymentText(appName: string, tag = 'v1.0.0', envoy = ENVOY): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${appName}`,
    'spec:',
    '  replicas: 1',
    '  selector:',
    `    matchLabels: {app: ${appName}}`,
    '  template:',
    '    metadata:',
    `      labels: {app: ${appName}}`,
    '    spec:',
    '      containers:',
    `        - name: ${appName}`,
    `          image: ${registryImage(appName)}:${tag}`,
    '        - name: envoy',
    `          image: ${envoy}`,
    '',
  ].join('\n');
}

export function baseFiles(a: AppSpec): Record<string, string> {
  return {
    [`${baseDir(a)}/kustomization.yaml`]: 'resources:\n  - deployment.yaml\n',
    [`${baseDir(a)}/deployment.yaml`]: deploymentText(a.name),
  };
}

/** The relative path from an overlay directory to the repository root. */
export const toRoot = (a: AppSpec): string =>
  (a.root === '' ? '../..' : `${a.root.split('/').map(() => '..').join('/')}/../..`);

/** The 1-based line of the app's newTag in overlayText(). */
export const overlayTagLine = (a: AppSpec, dir: string): number => (usesComponent(a, dir) ? 10 : 8);

const usesComponent = (a: AppSpec, dir: string): boolean => a.component === true && dir !== 'dev';

/** An overlay as teams write it: the base, the component (staging and prod), the app's image pinned. */
export function overlayText(a: AppSpec, dir: string, tag: string): string {
  return [
    `# ${a.name} in ${dir}: the tag below is written by gitops-promote.`,
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'resources:',
    '  - ../../base',
    ...(usesComponent(a, dir) ? ['components:', `  - ${toRoot(a)}/${COMPONENT_DIR}`] : []),
    'images:',
    `  - name: ${registryImage(a.name)}`,
    `    newTag: ${tag}`,
    '',
  ].join('\n');
}

/** A component adding a metrics sidecar with a JSON 6902 patch. */
export function componentText(exporterTag = 'v0.26.0'): string {
  return [
    'apiVersion: kustomize.config.k8s.io/v1alpha1',
    'kind: Component',
    'patches:',
    '  - target: {kind: Deployment}',
    '    patch: |-',
    '      - op: add',
    '        path: /spec/template/spec/containers/-',
    `        value: {name: metrics, image: "${EXPORTER}:${exporterTag}"}`,
    '',
  ].join('\n');
}

/** `app:dir` → tag, written as overlay files of the given apps. */
export function overlayFiles(apps: readonly AppSpec[], tags: Record<string, string>): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [key, tag] of Object.entries(tags)) {
    const [name, dir] = key.split(':') as [string, string];
    const a = apps.find((x) => x.name === name);
    if (!a || !envDirs(a).includes(dir)) throw new Error(`overlayFiles: no overlay ${key}`);
    files[kustomizationOf(a, dir)] = overlayText(a, dir, tag);
  }
  return files;
}

/** Every file of a repository where each app's overlays run `tags[app:dir]` (default `tag`). */
export function seedFiles(apps: readonly AppSpec[], tags: Record<string, string>, tag = 'v1.0.0'): Changes {
  const all: Record<string, string> = {};
  for (const a of apps) for (const dir of envDirs(a)) all[`${a.name}:${dir}`] = tags[`${a.name}:${dir}`] ?? tag;
  const files: Record<string, string> = { 'README.md': '# deploy config\n' };
  for (const a of apps) Object.assign(files, baseFiles(a));
  if (apps.some((a) => a.component)) files[`${COMPONENT_DIR}/kustomization.yaml`] = componentText();
  return { ...files, ...overlayFiles(apps, all) };
}

/** A file's new content, a symlink (`{link}`: its target), or null: delete the path (a file or a whole directory). */
export type Change = string | null | { link: string };
export type Changes = Record<string, Change>;

export interface CommitOptions {
  date?: string;
  parents?: string[];
  branch?: string;
}

function identity(date?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    GIT_AUTHOR_NAME: DEVELOPER.name, GIT_AUTHOR_EMAIL: DEVELOPER.email,
    GIT_COMMITTER_NAME: DEVELOPER.name, GIT_COMMITTER_EMAIL: DEVELOPER.email,
  };
  if (date) Object.assign(env, { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  return env;
}

/** Index entries that `changes` removes: deleted paths, everything under them, and files in the way. */
function displaced(existing: readonly string[], changes: Changes): Set<string> {
  const gone = new Set<string>();
  for (const [path, change] of Object.entries(changes)) {
    const dir = `${path.replace(/\/$/, '')}/`;
    for (const e of existing) {
      if (e === path || e.startsWith(dir)) gone.add(e);
      // A new file at a/b/c displaces a file at a or a/b.
      if (change !== null && path.startsWith(`${e}/`)) gone.add(e);
    }
  }
  return gone;
}

/** Stores each text as a blob with one git process; returns their ids in order. */
async function hashBlobs(gitDir: string, scratch: string, texts: readonly string[]): Promise<string[]> {
  if (texts.length === 0) return [];
  const paths = texts.map((t, i) => {
    const p = join(scratch, `blob-${i}`);
    writeFileSync(p, t);
    return p;
  });
  const out = await gitOk(['hash-object', '-w', '--stdin-paths'], { cwd: gitDir, input: `${paths.join('\n')}\n` });
  return out.trim().split('\n');
}

/**
 * Writes a commit with plumbing (a throw-away index seeded from `parent`): files set, symlinks made, paths or
 * directories deleted. Moves `o.branch` to it when given. Returns the commit.
 */
export async function writeCommit(
  gitDir: string, parent: string | undefined, changes: Changes, message: string, o: CommitOptions = {},
): Promise<string> {
  const scratch = mkdtempSync(join(tmpdir(), 'gitops-promote-deploy-index-'));
  try {
    const at = { cwd: gitDir, env: { ...identity(o.date), GIT_INDEX_FILE: join(scratch, 'index') } };
    if (parent) await gitOk(['read-tree', parent], at);
    // Only deletions and symlinks can displace entries (a directory becoming a link, or a link a directory).
    const scan = Object.values(changes).some((c) => c === null || typeof c === 'object');
    const existing = scan ? (await gitOk(['ls-files', '-z'], at)).split('\0').filter((p) => p !== '') : [];
    const zero = '0'.repeat(40);
    const lines = [...displaced(existing, changes)].map((p) => `0 ${zero}\t${p}\0`);
    const writes = Object.entries(changes).filter((e): e is [string, string | { link: string }] => e[1] !== null);
    const blobs = await hashBlobs(gitDir, scratch, writes.map(([, c]) => (typeof c === 'string' ? c : c.link)));
    const mode = (c: string | { link: string }): string => (typeof c === 'string' ? '100644' : '120000');
    writes.forEach(([path, c], i) => lines.push(`${mode(c)} ${blobs[i]}\t${path}\0`));
    if (lines.length > 0) await gitOk(['update-index', '-z', '--index-info'], { ...at, input: lines.join('') });
    const tree = (await gitOk(['write-tree'], at)).trim();
    const parents = o.parents ?? (parent ? [parent] : []);
    const args = ['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-F', '-'];
    const sha = (await gitOk(args, { ...at, input: message })).trim();
    if (o.branch) await gitOk(['update-ref', `refs/heads/${o.branch}`, sha], at);
    return sha;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** ISO time `days` before now (commit dates are relative to the real clock the bundle reads). */
export const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString();

export interface ParityRun {
  run: CliRun;
  /** The --json report, when stdout parsed as JSON. */
  report?: ParityReport;
}

export interface ParityRow {
  app: string;
  env: string;
  region?: string;
  file: string;
  line: number;
  verdict: string;
  rule?: string;
  reason: string;
  oldImages?: string[];
  newImages?: string[];
}

export interface ParityReport {
  mode?: string;
  renderer?: string;
  ok: boolean;
  rows: ParityRow[];
  violations: ParityRow[];
}

/** A bare origin and a clone of it (the CLI needs a work tree) whose directory name is the single-app name. */
export class DeployRepo {
  private constructor(readonly apps: readonly AppSpec[], readonly bare: string, readonly dir: string) {}

  static async create(
    root: string, name: string, apps: readonly AppSpec[], files: Changes, date?: string,
  ): Promise<DeployRepo> {
    const bare = join(root, `${name}.git`);
    mkdirSync(bare, { recursive: true });
    await gitOk(['init', '--quiet', '--bare', '-b', 'main', bare], { cwd: root });
    await gitOk(['config', 'gc.auto', '0'], { cwd: bare });
    await writeCommit(bare, undefined, files, 'Import the deploy config\n', { date, branch: 'main' });
    const dir = await cloneRepo(pathToFileURL(bare).href, join(root, 'clones', name));
    return new DeployRepo(apps, bare, dir);
  }

  app(name: string): AppSpec {
    const a = this.apps.find((x) => x.name === name);
    if (!a) throw new Error(`no app ${name}`);
    return a;
  }

  commit(parent: string | undefined, changes: Changes, message: string, o: CommitOptions = {}): Promise<string> {
    return writeCommit(this.bare, parent, changes, message, o);
  }

  /** A commit that moves overlays (`app:dir` → tag), as a plain commit or with promote's trailers. */
  move(parent: string, tags: Record<string, string>, o: { date?: string; message?: string } = {}): Promise<string> {
    const what = Object.entries(tags).map(([k, t]) => `${k} ${t}`).join(', ');
    return this.commit(parent, overlayFiles(this.apps, tags), o.message ?? `deploy ${what}\n`, { date: o.date });
  }

  /** Fetches every branch of origin into the clone (so the CLI there sees every commit). */
  async sync(): Promise<void> {
    await gitOk(['fetch', '--quiet', 'origin', '+refs/heads/*:refs/remotes/origin/*'], { cwd: this.dir });
  }

  async branch(name: string, sha: string): Promise<void> {
    await gitOk(['update-ref', `refs/heads/${name}`, sha], { cwd: this.bare });
  }

  /** `gitops-promote parity --base B --head H [--render MODE] --json` in the clone. */
  async parity(base: string, head: string, render?: string, extra: readonly string[] = []): Promise<ParityRun> {
    const mode = render ? ['--render', render] : [];
    const args = ['parity', '--base', base, '--head', head, ...mode, '--json', ...extra];
    const run = await runCliBundle(args, this.dir, {}, 60_000);
    try {
      return { run, report: JSON.parse(run.stdout) as ParityReport };
    } catch {
      return { run };
    }
  }

  firstParents(ref: string): Promise<string[]> {
    return firstParents(this.bare, ref);
  }
}

/** `ref` and its first-parent ancestors, newest first. */
export async function firstParents(gitDir: string, ref: string): Promise<string[]> {
  return (await gitOk(['rev-list', '--first-parent', ref], { cwd: gitDir })).split('\n').filter((l) => l !== '');
}

export interface StandardHistory {
  /** First import (no trailers): dev and staging v1.0.0, prod v0.9.0. */
  imported: string;
  /** prod v0.9.0 → v1.0.0, plain commit. */
  prodUp: string;
  /** staging v1.0.0 → v1.1.0: plain, or with promote's trailers when asked. */
  staged: string;
  /** The tip: dev v1.2.0, staging v1.1.0, prod v1.0.0. */
  main: string;
}

/**
 * main of a repository made by DeployRepo.create with `historySeed`: prod up to v1.0.0, dev and staging to v1.1.0,
 * dev to v1.2.0. Every step dated days apart; only staging's step may carry trailers.
 */
export async function standardHistory(
  repo: DeployRepo, o: { stagingTrailers?: boolean } = {},
): Promise<StandardHistory> {
  const imported = await headOfBare(repo.bare, 'main');
  const all = (dirs: (a: AppSpec) => string[], tag: string): Record<string, string> =>
    Object.fromEntries(repo.apps.flatMap((a) => dirs(a).map((d) => [`${a.name}:${d}`, tag])));
  const prodUp = await repo.move(imported, all(prodDirs, 'v1.0.0'), { date: daysAgo(30) });
  const dev = await repo.move(prodUp, all(() => ['dev'], 'v1.1.0'), { date: daysAgo(20) });
  const first = repo.apps[0] as AppSpec;
  const message = o.stagingTrailers ? promotionMessage(first.name, 'staging', 'v1.1.0', 'v1.0.0', 'dev') : undefined;
  const staged = await repo.move(dev, all(() => ['staging'], 'v1.1.0'), { date: daysAgo(10), message });
  const main = await repo.move(staged, all(() => ['dev'], 'v1.2.0'), { date: daysAgo(5) });
  await repo.branch('main', main);
  return { imported, prodUp, staged, main };
}

/** The seed of standardHistory(): dev and staging v1.0.0, prod v0.9.0. */
export function historySeed(apps: readonly AppSpec[]): Changes {
  const prod = Object.fromEntries(apps.flatMap((a) => prodDirs(a).map((d) => [`${a.name}:${d}`, 'v0.9.0'])));
  return seedFiles(apps, prod);
}

async function headOfBare(bare: string, branch: string): Promise<string> {
  return (await gitOk(['rev-parse', '--verify', `refs/heads/${branch}^{commit}`], { cwd: bare })).trim();
}

export interface Render {
  ok: boolean;
  /** Every image reference of the rendered output, sorted, unique. */
  images: string[];
  /** kubectl's stderr when it failed. */
  error?: string;
}

let scratchRoot: string | undefined;
const trees = new Map<string, Promise<string>>();
const renders = new Map<string, Promise<Render>>();
const keys = new Map<string, Promise<RenderKey>>();

interface Ran {
  code: number;
  out: string;
  err: string;
}

function run(cmd: string, args: readonly string[], cwd: string, stdin?: NodeJS.ReadableStream): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, [...args], { cwd, env: gitEnv(), stdio: [stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (b: Buffer) => out.push(b));
    child.stderr?.on('data', (b: Buffer) => err.push(b));
    if (stdin && child.stdin) stdin.pipe(child.stdin);
    child.on('error', reject);
    const text = (bs: Buffer[]): string => Buffer.concat(bs).toString('utf8');
    child.on('close', (code) => resolve({ code: code ?? -1, out: text(out), err: text(err) }));
  });
}

/** Paths of a commit extracted once per key (git archive | tar -x): no checkout, no hooks, no filters. */
function extract(gitDir: string, key: string, treeish: string, paths: readonly string[]): Promise<string> {
  let dir = trees.get(key);
  if (!dir) {
    dir = (async () => {
      scratchRoot ??= mkdtempSync(join(tmpdir(), 'gitops-promote-render-'));
      const target = join(scratchRoot, `t${trees.size}`);
      mkdirSync(target);
      const args = ['archive', '--format=tar', treeish, ...(paths.length ? ['--', ...paths] : [])];
      const archive = spawn('git', args, { cwd: gitDir, env: gitEnv(), stdio: ['ignore', 'pipe', 'inherit'] });
      const untar = await run('tar', ['-x', '-C', target], target, archive.stdout);
      if (untar.code !== 0) throw new Error(`tar -x of ${treeish} failed: ${untar.err}`);
      return target;
    })();
    trees.set(key, dir);
  }
  return dir;
}

/** Every string under a key `image` (pod templates of every kind, and any other `image:` field). */
export function imagesIn(yamlText: string): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'image' && typeof v === 'string') found.add(v);
        else walk(v);
      }
    }
  };
  for (const doc of parseAllDocuments(yamlText)) walk(doc.toJS());
  return [...found].sort();
}

/**
 * The key of what a render at `commit` can depend on: the whole tree, or (with `scope`: the only paths an overlay
 * may reach, e.g. apps/web and components in a generated history) the trees of those paths, so that commits
 * which did not touch them share one render.
 */
interface RenderKey {
  key: string;
  paths: string[];
}

function renderKey(gitDir: string, commit: string, scope?: readonly string[]): Promise<RenderKey> {
  const id = `${gitDir}:${commit}:${scope?.join(',') ?? ''}`;
  let k = keys.get(id);
  if (!k) {
    k = readRenderKey(gitDir, commit, scope);
    keys.set(id, k);
  }
  return k;
}

async function readRenderKey(gitDir: string, commit: string, scope?: readonly string[]): Promise<RenderKey> {
  if (!scope) return { key: (await gitOk(['rev-parse', `${commit}^{tree}`], { cwd: gitDir })).trim(), paths: [] };
  const ids = await Promise.all(scope.map(async (p) => {
    const r = await git(['rev-parse', '--verify', '--quiet', `${commit}:${p}`], { cwd: gitDir });
    return r.code === 0 ? r.stdout.trim() : '-';
  }));
  return { key: scope.map((p, i) => `${p}=${ids[i]}`).join(','), paths: scope.filter((_, i) => ids[i] !== '-') };
}

/** What `kubectl kustomize <dir>` at `commit` deploys (cached by tree ids and directory). */
export async function renderImages(
  gitDir: string, commit: string, dir: string, scope?: readonly string[],
): Promise<Render> {
  const { key, paths } = await renderKey(gitDir, commit, scope);
  let r = renders.get(`${key}:${dir}`);
  if (!r) {
    r = (async () => {
      const root = await extract(gitDir, key, commit, paths);
      const k = await run('kubectl', ['kustomize', join(root, dir)], root);
      return k.code === 0 ? { ok: true, images: imagesIn(k.out) } : { ok: false, images: [], error: k.err.trim() };
    })();
    renders.set(`${key}:${dir}`, r);
  }
  return r;
}

/** Every image `dirs` rendered at any first-parent commit of `ref` (commits where one does not build add none). */
export async function imagesEver(
  gitDir: string, ref: string, dirs: readonly string[], scope?: readonly string[],
): Promise<Set<string>> {
  const commits = await firstParents(gitDir, ref);
  const all = await Promise.all(commits.flatMap((c) => dirs.map((d) => renderImages(gitDir, c, d, scope))));
  return new Set(all.flatMap((r) => r.images));
}

/** Removes the extracted trees; call from afterAll. */
export function disposeRenders(): void {
  if (scratchRoot) rmSync(scratchRoot, { recursive: true, force: true });
  scratchRoot = undefined;
  trees.clear();
  renders.clear();
  keys.clear();
}
