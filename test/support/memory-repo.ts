// In-memory stand-ins for the core's ports: a RepoSnapshot over a map of files, and a GitPort whose commits are
// plain objects (parent + files) and whose remote is one branch pointer. Pushes can be scripted per attempt to
// play races and ambiguous failures; sleeps are recorded, never waited. Real-git behaviour is covered by the
// integration tests; these fakes keep the core's unit tests fast and exact.
import { UserError, quote } from '../../src/core/errors.js';
import { createHash } from 'node:crypto';
import type { CommitInfo, GitPort, HistoryCommit, PushResult } from '../../src/core/ports.js';
import type { RepoSnapshot } from '../../src/core/repo-snapshot.js';

export type FileMap = Readonly<Record<string, string>>;

/** A snapshot of these files; read() throws a UserError for a file that is not there. */
export function memorySnapshot(files: FileMap | ReadonlyMap<string, string>, commit?: string): RepoSnapshot {
  const map = files instanceof Map ? new Map(files) : new Map(Object.entries(files as FileMap));
  return {
    commit,
    files: [...map.keys()].sort(),
    read: async (path: string): Promise<string> => {
      const text = map.get(path);
      if (text === undefined) throw new UserError(`${quote(path)} is not in the repository`, path);
      return text;
    },
  };
}

export interface MemoryCommit {
  sha: string;
  parent?: string;
  files: ReadonlyMap<string, string>;
  message: string;
  author: string;
  date: string;
}

/**
 * What the remote does with one push call:
 * - 'ok': a normal push (fast-forward only; 'rejected' when the remote moved).
 * - { race }: another actor first commits `race` onto the remote, then the push is handled normally (so rejected).
 * - { transient, landed }: the push fails ambiguously; with landed: true the remote did take the commit.
 * - { fatal }: the push fails for good.
 */
export type PushStep =
  | 'ok'
  | { race: FileMap; message?: string }
  | { transient: string; landed: boolean }
  | { fatal: string };

export interface PushCall { commit: string; branch: string; result: PushResult }

export class MemoryGit implements GitPort {
  readonly commits = new Map<string, MemoryCommit>();
  /** Tips of remote branches by name. */
  readonly remote = new Map<string, string>();
  readonly pushes: PushCall[] = [];
  readonly fetches: string[] = [];
  /** Commits made through commit() (not the ones the fake itself made for setup or races). */
  readonly made: string[] = [];
  private readonly script: PushStep[];
  private seq = 0;

  constructor(files: FileMap, opts: { branch?: string; pushes?: PushStep[] } = {}) {
    const root = this.add(undefined, new Map(Object.entries(files)), 'initial', 'setup');
    this.remote.set(opts.branch ?? 'main', root);
    this.script = [...(opts.pushes ?? [])];
  }

  /** Script what the next pushes do (after setup pushes have run). */
  scriptPushes(...steps: PushStep[]): void {
    this.script.push(...steps);
  }

  /** The tip of a remote branch; throws when there is none. */
  tip(branch = 'main'): string {
    const t = this.remote.get(branch);
    if (!t) throw new Error(`no branch ${branch}`);
    return t;
  }

  /** The files of a commit (default: the remote tip) as a plain object, for exact comparisons. */
  filesAt(commit = this.tip()): Record<string, string> {
    const c = this.get(commit);
    return Object.fromEntries([...c.files.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** Commit `changes` onto the remote branch as someone else would (a racing promotion). */
  advanceRemote(changes: FileMap, message = 'someone else', branch = 'main'): string {
    const parent = this.tip(branch);
    const files = new Map(this.get(parent).files);
    for (const [k, v] of Object.entries(changes)) files.set(k, v);
    const sha = this.add(parent, files, message, 'other');
    this.remote.set(branch, sha);
    return sha;
  }

  /** Commits from `sha` back to the root, newest first (first parents). */
  history(sha = this.tip()): MemoryCommit[] {
    const out: MemoryCommit[] = [];
    for (let c: MemoryCommit | undefined = this.get(sha); c; c = c.parent ? this.get(c.parent) : undefined) out.push(c);
    return out;
  }

  private get(sha: string): MemoryCommit {
    const c = this.commits.get(sha);
    if (!c) throw new Error(`no commit ${sha}`);
    return c;
  }

  private add(parent: string | undefined, files: ReadonlyMap<string, string>, message: string, author: string): string {
    this.seq++;
    const sha = this.seq.toString(16).padStart(40, '0');
    const date = new Date(Date.UTC(2026, 10, 27, 10, this.seq)).toISOString();
    this.commits.set(sha, { sha, parent, files, message, author, date });
    return sha;
  }

  async fetchBranch(branch: string): Promise<string | undefined> {
    this.fetches.push(branch);
    return this.remote.get(branch);
  }

  async snapshot(commit: string): Promise<RepoSnapshot> {
    return memorySnapshot(this.get(commit).files, commit);
  }

  async commit(parent: string, files: ReadonlyMap<string, string>, message: string): Promise<string> {
    const next = new Map(this.get(parent).files);
    for (const [k, v] of files) {
      if (!next.has(k)) throw new Error(`commit: ${k} is not in ${parent}`);
      next.set(k, v);
    }
    const sha = this.add(parent, next, message, 'promoter');
    this.made.push(sha);
    return sha;
  }

  async push(commit: string, branch: string, lease?: { expect: string | undefined }): Promise<PushResult> {
    const step = this.script.shift() ?? 'ok';
    const result = await this.apply(step, commit, branch, lease);
    this.pushes.push({ commit, branch, result });
    return result;
  }

  private async apply(step: PushStep, commit: string, branch: string, lease?: { expect: string | undefined }): Promise<PushResult> {
    if (typeof step === 'object' && 'fatal' in step) return { ok: false, kind: 'fatal', message: step.fatal };
    if (typeof step === 'object' && 'transient' in step) {
      if (step.landed) this.remote.set(branch, commit);
      return { ok: false, kind: 'transient', message: step.transient };
    }
    if (typeof step === 'object' && 'race' in step) this.advanceRemote(step.race, step.message ?? 'a racing promotion', branch);
    const current = this.remote.get(branch);
    if (lease) {
      if (current !== lease.expect) return { ok: false, kind: 'rejected', message: 'stale info' };
    } else if (current !== undefined && !(await this.isAncestor(current, commit))) {
      return { ok: false, kind: 'rejected', message: 'non-fast-forward' };
    }
    this.remote.set(branch, commit);
    return { ok: true };
  }

  async deleteBranch(branch: string, expect: string): Promise<PushResult> {
    if (this.remote.get(branch) !== expect) return { ok: false, kind: 'rejected', message: 'stale info' };
    this.remote.delete(branch);
    return { ok: true };
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return this.history(descendant).some((c) => c.sha === ancestor);
  }

  async log(ref: string, opts: { grep?: string; paths?: string[]; max?: number } = {}): Promise<CommitInfo[]> {
    // "base..head": commits reachable from head but not from base, as git log reads a range.
    const [from, to] = ref.includes('..') ? (ref.split('..') as [string, string]) : [undefined, ref];
    const sha = this.remote.get(to) ?? to;
    const excluded = from === undefined ? new Set<string>() : new Set(this.history(this.remote.get(from) ?? from).map((c) => c.sha));
    const grep = opts.grep === undefined ? undefined : new RegExp(opts.grep, 'm');
    const out = this.history(sha)
      .filter((c) => !excluded.has(c.sha))
      .filter((c) => !grep || grep.test(c.message))
      .filter((c) => {
        if (!opts.paths) return true;
        const before = c.parent ? this.get(c.parent).files : new Map<string, string>();
        return opts.paths.some((p) => before.get(p) !== c.files.get(p));
      })
      .map((c): CommitInfo => ({ sha: c.sha, parents: c.parent ? [c.parent] : [], authorName: c.author, authorDate: c.date, committerDate: c.date, message: c.message }));
    return opts.max === undefined ? out : out.slice(0, opts.max);
  }

  /** First-parent history with each commit's changes; blob ids are content hashes (readBlob reverses them). */
  async firstParentChanges(ref: string, paths?: readonly string[]): Promise<HistoryCommit[]> {
    const want = paths && paths.length ? new Set(paths) : undefined;
    return this.history(this.remote.get(ref) ?? ref).map((c) => {
      const before = c.parent ? this.get(c.parent).files : new Map<string, string>();
      const changed = [...new Set([...before.keys(), ...c.files.keys()])].filter((p) => before.get(p) !== c.files.get(p));
      const changes = changed.filter((p) => !want || want.has(p)).sort().map((path) => {
        const text = c.files.get(path);
        return { path, blob: text === undefined ? undefined : this.blobOf(text), mode: text === undefined ? undefined : '100644' };
      });
      return { sha: c.sha, committerDate: c.date, changes };
    }).filter((c) => !want || c.changes.length > 0);
  }

  private readonly blobs = new Map<string, string>();

  private blobOf(text: string): string {
    const id = createHash('sha1').update(text).digest('hex');
    this.blobs.set(id, text);
    return id;
  }

  async readBlob(id: string): Promise<string> {
    const text = this.blobs.get(id);
    if (text === undefined) throw new Error(`no blob ${id}`);
    return text;
  }

  async treeOf(commit: string): Promise<string> {
    return `tree:${JSON.stringify([...this.get(commit).files.entries()].sort())}`;
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const ours = new Set(this.history(this.remote.get(a) ?? a).map((c) => c.sha));
    return this.history(this.remote.get(b) ?? b).find((c) => ours.has(c.sha))?.sha;
  }

  async changedFiles(base: string, head: string): Promise<string[]> {
    const a = this.get(base).files;
    const b = this.get(head).files;
    return [...new Set([...a.keys(), ...b.keys()])].filter((p) => a.get(p) !== b.get(p)).sort();
  }
}

/** Retry options that record the waits instead of sleeping. */
export function recordedRetry(maxAttempts: number, backoff: (attempt: number) => number = (n) => n * 100): { maxAttempts: number; backoff: (attempt: number) => number; sleep: (ms: number) => Promise<void>; slept: number[] } {
  const slept: number[] = [];
  return { maxAttempts, backoff, sleep: async (ms: number) => { slept.push(ms); }, slept };
}

/** A digest for fixtures: sha256 of 64 times `c`. */
export const digest = (c: string): string => `sha256:${c.repeat(64)}`;

/**
 * A kustomization overlay whose images: entry ghcr.io/acme/<app> holds `version` (TAG, TAG@DIGEST or @DIGEST);
 * `others` adds further images: entries (name → newTag) after it.
 */
export function kustomization(app: string, version: string | undefined, others: Record<string, string> = {}): string {
  const at = version?.indexOf('@') ?? -1;
  const tag = version === undefined ? undefined : at < 0 ? version : version.slice(0, at);
  const dig = version !== undefined && at >= 0 ? version.slice(at + 1) : undefined;
  return [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    'resources:',
    '  - ../../base',
    'images:',
    `  - name: ghcr.io/acme/${app}`,
    ...(tag ? [`    newTag: ${tag}`] : []),
    ...(dig ? [`    digest: ${dig}`] : []),
    ...Object.entries(others).flatMap(([name, t]) => [`  - name: ${name}`, `    newTag: "${t}"`]),
    '',
  ].join('\n');
}

export const overlay = (app: string, dir: string): string => `apps/${app}/overlays/${dir}/kustomization.yaml`;

/**
 * A zero-config repository with three apps in dev, staging and prod (regions eu and us):
 * - web:    dev v1.2.0, staging v1.1.0, prod-eu/prod-us v1.0.0
 * - api:    dev v2.1.0, staging-eu/staging-us v2.1.0 (regional staging), prod-eu v2.0.0, prod-us v1.9.0
 * - worker: dev v3.1.0@digest('a'), staging v3.0.0 (+ a redis entry), prod/eu and prod/us v3.0.0 (prod/us + redis)
 */
export function sampleRepo(): Record<string, string> {
  const redis = { 'docker.io/library/redis': '7.2' };
  return {
    'README.md': '# config\n',
    'apps/web/base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
    [overlay('web', 'dev')]: kustomization('web', 'v1.2.0'),
    [overlay('web', 'staging')]: kustomization('web', 'v1.1.0'),
    [overlay('web', 'prod-eu')]: kustomization('web', 'v1.0.0'),
    [overlay('web', 'prod-us')]: kustomization('web', 'v1.0.0'),
    [overlay('api', 'dev')]: kustomization('api', 'v2.1.0'),
    [overlay('api', 'staging-eu')]: kustomization('api', 'v2.1.0'),
    [overlay('api', 'staging-us')]: kustomization('api', 'v2.1.0'),
    [overlay('api', 'prod-eu')]: kustomization('api', 'v2.0.0'),
    [overlay('api', 'prod-us')]: kustomization('api', 'v1.9.0'),
    [overlay('worker', 'dev')]: kustomization('worker', `v3.1.0@${digest('a')}`),
    [overlay('worker', 'staging')]: kustomization('worker', 'v3.0.0', redis),
    [overlay('worker', 'prod/eu')]: kustomization('worker', 'v3.0.0'),
    [overlay('worker', 'prod/us')]: kustomization('worker', 'v3.0.0', redis),
  };
}
