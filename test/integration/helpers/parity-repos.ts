// Config repositories with a promotion history, for the verify-staging-parity integration tests: a bare origin
// (served over file:// or the git test server), a developer's clone in which the real CLI bundle promotes and
// rolls back, and pull-request branches and merge-queue commits written with plumbing (dated when asked).
// The overlays really build: each app has a base (a Deployment running ghcr.io/acme/<app> with an envoy sidecar),
// so the same repositories serve the renderer (`kubectl kustomize`) and the static model (render: none).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCliBundle, type CliRun } from './action-runner.js';
import { cloneRepo, createBareRepo, gitOk, headOf, type FileMap } from './git-repo.js';

export const APPS = ['web', 'api'] as const;
/** Zero-config overlay directories: dev, staging, prod in regions eu-west-1 and us-east-1. */
export const DIRS = ['dev', 'staging', 'prod-eu-west-1', 'prod-us-east-1'] as const;
export const PROD_DIRS = ['prod-eu-west-1', 'prod-us-east-1'] as const;

export const overlayPath = (app: string, dir: string): string => `apps/${app}/overlays/${dir}/kustomization.yaml`;

/** The 1-based line of newTag in overlayText(): where an annotation about the version must point. */
export const TAG_LINE = 12;

export const ENVOY = 'docker.io/envoyproxy/envoy';
/** What an overlay deploys for the app's own container at `tag`, as kustomize writes it. */
export const appImage = (app: string, tag: string): string => `ghcr.io/acme/${app}:${tag}`;
/** Everything an overlay at `tag` deploys, as the renderer reports it (sorted): the app and the pinned sidecar. */
export const renderedImages = (app: string, tag: string): string[] => [`${ENVOY}:v1.29.1`, appImage(app, tag)];

/** The app's base Deployment: its own container and the envoy sidecar (the overlays pin both tags). */
export function deploymentText(app: string): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${app}`,
    'spec:',
    '  replicas: 1',
    '  selector:',
    `    matchLabels: {app: ${app}}`,
    '  template:',
    '    metadata:',
    `      labels: {app: ${app}}`,
    '    spec:',
    '      containers:',
    `        - name: ${app}`,
    `          image: ghcr.io/acme/${app}:v0.0.0`,
    '        - name: envoy',
    `          image: ${ENVOY}:v1.28.0`,
    '',
  ].join('\n');
}

export const deploymentPath = (app: string): string => `apps/${app}/base/deployment.yaml`;

/** A kustomize overlay as teams write them: comments, a namespace, a sidecar image before the app's own. */
export function overlayText(app: string, dir: string, tag: string | undefined): string {
  return [
    `# ${app} in ${dir}: the tag below is written by gitops-promote.`,
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    `namespace: ${app}`,
    'resources:',
    '  - ../../base',
    'images:',
    '  - name: docker.io/envoyproxy/envoy',
    '    newTag: v1.29.1 # sidecar, pinned',
    `  - name: ghcr.io/acme/${app}`,
    '    # promoted',
    ...(tag === undefined ? [] : [`    newTag: ${tag}`]),
    'replicas:',
    `  - name: ${app}`,
    '    count: 2',
    '',
  ].join('\n');
}

/** `app:dir` → tag, as overlay files. */
export function overlays(tags: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(tags).map(([key, tag]) => {
    const [app, dir] = key.split(':') as [string, string];
    return [overlayPath(app, dir), overlayText(app, dir, tag)];
  }));
}

/** Every app in every dir at `tag` (default v1.0.0), overridden by `over`, plus a README and bases. */
export function seedFiles(over: Record<string, string> = {}, tag = 'v1.0.0', apps: readonly string[] = APPS): FileMap {
  const all: Record<string, string> = {};
  for (const app of apps) for (const dir of DIRS) all[`${app}:${dir}`] = tag;
  const files: FileMap = { 'README.md': '# gitops config\n' };
  for (const app of apps) {
    files[`apps/${app}/base/kustomization.yaml`] = 'resources:\n  - deployment.yaml\n';
    files[deploymentPath(app)] = deploymentText(app);
  }
  return { ...files, ...overlays({ ...all, ...over }) };
}

export const DEVELOPER = { name: 'Dana Developer', email: 'dana@acme.example' };

/**
 * Writes a commit on `parent` in a bare repo with plumbing (a throw-away index): `files` set (null deletes),
 * dated `date` (ISO) when given. Moves `branch` to it when given. Returns the commit.
 */
export async function plumbingCommit(bare: string, parent: string | undefined, files: Record<string, string | null>, message: string, o: { branch?: string; date?: string; parents?: string[] } = {}): Promise<string> {
  const scratch = mkdtempSync(join(tmpdir(), 'gitops-promote-parity-index-'));
  try {
    const env: NodeJS.ProcessEnv = { GIT_INDEX_FILE: join(scratch, 'index'), GIT_AUTHOR_NAME: DEVELOPER.name, GIT_AUTHOR_EMAIL: DEVELOPER.email, GIT_COMMITTER_NAME: DEVELOPER.name, GIT_COMMITTER_EMAIL: DEVELOPER.email };
    if (o.date) Object.assign(env, { GIT_AUTHOR_DATE: o.date, GIT_COMMITTER_DATE: o.date });
    const at = { cwd: bare, env };
    if (parent) await gitOk(['read-tree', parent], at);
    // Two git processes for the whole change, not two per file: one hash-object over blob files in the scratch
    // dir, one update-index (mode 0 removes an entry). Each spawn from a jest worker costs a fork of it.
    const entries = Object.entries(files);
    const writes = entries.filter((e): e is [string, string] => e[1] !== null);
    const blobFiles = writes.map(([, text], i) => {
      const file = join(scratch, `blob-${i}`);
      writeFileSync(file, text);
      return `${file}\n`;
    });
    const hashArgs = ['hash-object', '-w', '--stdin-paths'];
    const hashed = writes.length ? await gitOk(hashArgs, { ...at, input: blobFiles.join('') }) : '';
    const blobs = hashed.trim().split('\n');
    const removed = entries.filter(([, text]) => text === null).map(([path]) => `0 ${'0'.repeat(40)}\t${path}\0`);
    const lines = [...removed, ...writes.map(([path], i) => `100644 ${blobs[i]}\t${path}\0`)];
    if (lines.length) await gitOk(['update-index', '-z', '--index-info'], { ...at, input: lines.join('') });
    const tree = (await gitOk(['write-tree'], at)).trim();
    const parents = o.parents ?? (parent ? [parent] : []);
    const sha = (await gitOk(['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-F', '-'], { ...at, input: message })).trim();
    if (o.branch) await gitOk(['update-ref', `refs/heads/${o.branch}`, sha], at);
    return sha;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** A promotion commit message with the trailers `gitops-promote promote` writes. */
export function promotionMessage(app: string, env: string, version: string, previous: string, from?: string, gateSkipped?: string): string {
  const trailers = [`Promoted-App: ${app}`, `Promoted-Env: ${env}`, `Promoted-Version: ${version}`, `Previous-Version: ${previous}`, ...(from ? [`Promoted-From: ${from}`] : []), `Promoted-By: ${DEVELOPER.name}`, ...(gateSkipped ? [`Gate-Skipped: ${gateSkipped}`] : [])];
  return `promote(${app}): ${env} ${previous} -> ${version}\n\nPromote ${app} ${version} to ${env}.\n\n${trailers.join('\n')}\n`;
}

/** A rollback commit message with the trailers `gitops-promote rollback` writes. */
export function rollbackMessage(app: string, env: string, bad: string, good: string, rollbackOf: string): string {
  return `rollback(${app}): ${env} ${bad} -> ${good}\n\nRoll ${app} in ${env} back to ${good}, undoing ${rollbackOf.slice(0, 12)}.\n\nRollback-App: ${app}\nRollback-Env: ${env}\nRollback-Of: ${rollbackOf}\nRolled-Back-Version: ${bad}\nRestored-Version: ${good}\nRolled-Back-By: ${DEVELOPER.name}\n`;
}

export function expectExit(r: CliRun, code: number): CliRun {
  if (r.code !== code) throw new Error(`expected exit ${code}, got ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`);
  return r;
}

/** A config repo: `bare` (origin) and `dir`, a developer's full clone of it over file:// with an identity. */
export class ConfigRepo {
  private constructor(readonly bare: string, readonly dir: string, readonly url: string) {}

  static async create(root: string, name: string, files: FileMap): Promise<ConfigRepo> {
    const bare = await createBareRepo(root, name, files, { message: 'Initial config', author: DEVELOPER });
    const url = pathToFileURL(bare).href;
    const dir = await cloneRepo(url, join(root, `${name}-clone`));
    await gitOk(['config', 'user.name', DEVELOPER.name], { cwd: dir });
    await gitOk(['config', 'user.email', DEVELOPER.email], { cwd: dir });
    return new ConfigRepo(bare, dir, url);
  }

  /** `gitops-promote ARGS` in the clone (dist/cli/index.js under Node 24). */
  cli(args: readonly string[], env: Record<string, string | undefined> = {}): Promise<CliRun> {
    return runCliBundle(args, this.dir, env);
  }

  /** `gitops-promote promote ARGS --branch main` (optionally dated), which must succeed; returns the new main. */
  async promote(args: readonly string[], date?: string): Promise<string> {
    expectExit(await this.cli(['promote', ...args, '--branch', 'main'], date ? { GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date } : {}), 0);
    return this.tip('main');
  }

  /** `gitops-promote rollback ARGS --branch main`, which must succeed; returns the new main. */
  async rollback(args: readonly string[]): Promise<string> {
    expectExit(await this.cli(['rollback', ...args, '--branch', 'main']), 0);
    return this.tip('main');
  }

  /** A commit on `branch` of origin (created from `from` when it does not exist yet). */
  async commit(branch: string, files: Record<string, string | null>, message: string, o: { from?: string; date?: string } = {}): Promise<string> {
    const current = await this.tipOrUndefined(branch);
    const parent = current ?? (o.from ? await headOf(this.bare, o.from) : undefined);
    return plumbingCommit(this.bare, parent, files, message, { branch, date: o.date });
  }

  /** A merge-queue commit: `head`'s branch merged onto `base`, on gh-readonly-queue/main/pr-N-<base sha>. */
  async mergeQueueCommit(base: string, prHead: string, pr: number): Promise<{ sha: string; ref: string }> {
    // git merge-tree --write-tree (git 2.38+) merges without a work tree, as GitHub builds the group's commit.
    const tree = (await gitOk(['merge-tree', '--write-tree', base, prHead], { cwd: this.bare })).trim().split('\n')[0] as string;
    const sha = (await gitOk(['commit-tree', tree, '-p', base, '-p', prHead, '-F', '-'], { cwd: this.bare, input: `Merge pull request #${pr}\n` })).trim();
    const ref = `gh-readonly-queue/main/pr-${pr}-${base}`;
    await gitOk(['update-ref', `refs/heads/${ref}`, sha], { cwd: this.bare });
    return { sha, ref };
  }

  tip(branch: string): Promise<string> {
    return headOf(this.bare, branch);
  }

  async tipOrUndefined(branch: string): Promise<string | undefined> {
    try {
      return await headOf(this.bare, `refs/heads/${branch}`);
    } catch {
      return undefined;
    }
  }

  /** Fetches every branch of origin into the clone's refs/remotes/origin/*. */
  async sync(): Promise<void> {
    await gitOk(['fetch', '--quiet', '--prune', 'origin', '+refs/heads/*:refs/remotes/origin/*'], { cwd: this.dir });
  }

  /** A full clone checked out (detached) at `commit`, as actions/checkout with fetch-depth: 0 leaves it. */
  async checkout(dir: string, commit: string, url = this.url, env: NodeJS.ProcessEnv = {}): Promise<string> {
    await cloneRepo(url, dir, env);
    await gitOk(['checkout', '--quiet', '--detach', commit], { cwd: dir });
    return dir;
  }
}

/** ISO time `hours` before now (for soak and behind-after against the real clock the bundles use). */
export const hoursAgo = (hours: number): string => new Date(Date.now() - hours * 3_600_000).toISOString();
