// GitPort on the git command line: argv arrays, never a shell. Commits are built with plumbing on a temporary
// index, so the user's working tree, index and branches are never touched. Large outputs (ls-tree, log, diff,
// grep) are read by a direct spawn that keeps Buffers and decodes once: @actions/exec's line buffer rescans
// NUL-separated output on every chunk (quadratic in an 8 MB `ls-tree -z`).
import { getExecOutput } from '@actions/exec';
import { spawn } from 'node:child_process';
import { StringDecoder } from 'node:string_decoder';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { CommitInfo, GitPort, GrepLine, HistoryCommit, Logger, PushResult } from '../core/ports.js';
import type { RepoSnapshot } from '../core/repo-snapshot.js';
import { decodeText } from '../core/yaml-documents.js';
import { UserError } from '../core/errors.js';
import { CatFileBatch } from './cat-file.js';
import { firstParentHistory, type HistoryGit } from './first-parent-history.js';

export interface GitCliOptions {
  cwd: string;
  remote?: string;
  /** Extra environment: auth (gitAuthEnv), identity. */
  env?: Record<string, string>;
  logger: Logger;
}

export interface GitRun { code: number; stdout: string; stderr: string }

const REJECTED = /\[rejected\]|non-fast-forward|fetch first|stale info|\[remote rejected\].*(cannot lock ref|reference already exists|failed to update ref)/i;
const FATAL = new RegExp('Authentication failed|returned error: 40[13]|Permission to .* denied|GH006|protected branch'
  + '|could not read Username|Repository not found|returned error: 404', 'i');

/**
 * glibc malloc settings for git children (ignored elsewhere; a user's own settings win). Walking a history whose
 * directories hold thousands of entries, git allocates and frees a large tree buffer per commit; with the default
 * dynamic thresholds every one is fresh memory from the kernel: 10,000 commits of a 20,000-app repository spent
 * 0.6 s in page faults, 0.07 s with these. Both must be set: either alone turns the adjustment off and is worse.
 */
/** Blob reads remembered (see blob()). */
const BLOBS_KEPT = 16384;
/** Above this many paths, a partial snapshot lists the whole tree instead (see snapshotOf). */
const PARTIAL_LIMIT = 1000;

const MALLOC_TUNING = process.env.MALLOC_MMAP_THRESHOLD_ || process.env.MALLOC_TRIM_THRESHOLD_ ? {}
  : { MALLOC_MMAP_THRESHOLD_: String(64 << 20), MALLOC_TRIM_THRESHOLD_: String(256 << 20) };

export class GitCli implements GitPort {
  readonly remote: string;
  private readonly env: NodeJS.ProcessEnv;
  private readonly ns = `refs/gitops-promote/${process.pid}-${randomBytes(3).toString('hex')}`;
  private readonly snapshots = new Map<string, Promise<RepoSnapshot & { modes: Map<string, string> }>>();
  private batch: CatFileBatch | undefined;
  private readonly blobs = new Map<string, Promise<Buffer>>();
  private shallow: boolean | undefined;
  /** The private refs fetchBranch fetched into, for dispose to delete by name. */
  private readonly fetched = new Set<string>();

  constructor(private readonly opts: GitCliOptions) {
    this.remote = opts.remote ?? 'origin';
    this.env = { ...MALLOC_TUNING, ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...opts.env };
  }

  async run(
    args: string[], o: { input?: string | Buffer; env?: Record<string, string>; allowFail?: boolean } = {},
  ): Promise<GitRun> {
    this.opts.logger.debug(`git ${args.join(' ')}`);
    const r = await getExecOutput('git', args, {
      cwd: this.opts.cwd,
      env: { ...this.env, ...o.env } as Record<string, string>,
      input: o.input === undefined ? undefined : Buffer.isBuffer(o.input) ? o.input : Buffer.from(o.input, 'utf8'),
      silent: true,
      ignoreReturnCode: true,
    });
    if (r.exitCode !== 0 && !o.allowFail) throw failure(args, r.exitCode, r.stderr);
    return { code: r.exitCode, stdout: r.stdout, stderr: r.stderr };
  }

  /** A command whose output may be large: stdout collected as Buffers, decoded once. */
  async output(args: string[], o: { allowFail?: boolean } = {}): Promise<GitRun> {
    this.opts.logger.debug(`git ${args.join(' ')}`);
    const r = await collect(args, this.opts.cwd, this.env);
    if (r.code !== 0 && !o.allowFail) throw failure(args, r.code, r.stderr);
    return r;
  }

  /** The remote's fetch URL (to scope auth), or undefined when there is no such remote. */
  async remoteUrl(): Promise<string | undefined> {
    const r = await this.run(['remote', 'get-url', this.remote], { allowFail: true });
    return r.code === 0 ? r.stdout.trim() : undefined;
  }

  async fetchBranch(branch: string): Promise<string | undefined> {
    if (this.shallow === undefined) {
      this.shallow = (await this.run(['rev-parse', '--is-shallow-repository'])).stdout.trim() === 'true';
    }
    const ref = `${this.ns}/${branch}`;
    // Noted before the fetch: one that fails half-way may still have written the ref.
    this.fetched.add(ref);
    // A shallow clone (actions/checkout's default) stays shallow but deep enough to tell whether a push landed.
    const args = [
      'fetch', '--no-tags', '--no-write-fetch-head', '--quiet', ...(this.shallow ? ['--depth=50'] : []),
      this.remote, `+refs/heads/${branch}:${ref}`,
    ];
    const r = await this.run(args, { allowFail: true });
    if (r.code !== 0) {
      if (/couldn't find remote ref|could not find remote ref/i.test(r.stderr)) return undefined;
      if (FATAL.test(r.stderr)) {
        throw new UserError(`cannot fetch ${branch} from ${this.remote}: ${r.stderr.trim().split('\n').pop()}; `
          + 'expected a token with contents access');
      }
      throw new Error(`git fetch failed (exit ${r.code}): ${r.stderr.trim().split('\n').slice(-2).join(' | ')}`);
    }
    return (await this.run(['rev-parse', '--verify', `${ref}^{commit}`])).stdout.trim();
  }

  snapshot(commit: string): Promise<RepoSnapshot & { modes: Map<string, string> }> {
    let s = this.snapshots.get(commit);
    if (!s) {
      s = this.loadSnapshot(commit);
      this.snapshots.set(commit, s);
    }
    return s;
  }

  async snapshotOf(commit: string, paths: readonly string[]): Promise<RepoSnapshot> {
    // A long pathspec list costs git more than listing everything; a listed snapshot is kept for later askers.
    if (paths.length > PARTIAL_LIMIT || this.snapshots.has(commit)) return this.snapshot(commit);
    return this.loadSnapshot(commit, paths);
  }

  private async loadSnapshot(
    commit: string, only?: readonly string[],
  ): Promise<RepoSnapshot & { modes: Map<string, string> }> {
    // Literal pathspecs: a file named `*.yaml` is that file, never a pattern.
    const spec = only ? ['--', ...only] : [];
    const literal = only ? ['--literal-pathspecs'] : [];
    const out = (await this.output([...literal, 'ls-tree', '-r', '-z', '--full-tree', commit, ...spec])).stdout;
    const blobs = new Map<string, string>();
    const modes = new Map<string, string>();
    for (const entry of out.split('\0')) {
      if (!entry) continue;
      const tab = entry.indexOf('\t');
      const [mode, type, sha] = entry.slice(0, tab).split(' ');
      if (type !== 'blob') continue;
      const path = entry.slice(tab + 1);
      blobs.set(path, sha as string);
      modes.set(path, mode as string);
    }
    return {
      commit,
      files: [...blobs.keys()],
      modes,
      mode: (path: string) => modes.get(path),
      blobId: (path: string) => blobs.get(path),
      read: async (path: string) => {
        const sha = blobs.get(path);
        if (!sha) {
          throw new UserError(`not in the repository at ${commit.slice(0, 12)}; expected the file to exist`, path);
        }
        return decodeText(await this.blob(sha), path);
      },
    };
  }

  async commit(parent: string, files: ReadonlyMap<string, string>, message: string): Promise<string> {
    const snap = await this.snapshot(parent);
    const dir = mkdtempSync(join(tmpdir(), 'gitops-promote-index-'));
    const env = { GIT_INDEX_FILE: join(dir, 'index') };
    try {
      await this.run(['read-tree', parent], { env });
      // One hash-object for all files; --no-filters stores the exact bytes (no autocrlf or clean filters).
      const paths = [...files.keys()];
      const blobs = paths.map((path, i) => {
        const tmp = join(dir, `blob-${i}`);
        writeFileSync(tmp, files.get(path) as string);
        return tmp;
      });
      const shas = (await this.run(
        ['hash-object', '-w', '--no-filters', '--stdin-paths'], { input: `${blobs.join('\n')}\n` },
      )).stdout.trim().split('\n');
      if (shas.length !== paths.length) {
        throw new Error(`git hash-object returned ${shas.length} ids for ${paths.length} files`);
      }
      const lines = paths.map((path, i) => `${snap.modes.get(path) ?? '100644'} ${shas[i]}\t${path}`);
      await this.run(['update-index', '--index-info'], { env, input: `${lines.join('\n')}\n` });
      const tree = (await this.run(['write-tree'], { env })).stdout.trim();
      const r = await this.run(['commit-tree', tree, '-p', parent, '-F', '-'], { input: message, allowFail: true });
      if (r.code !== 0) {
        if (/tell me who you are|empty ident|unable to auto-detect email/i.test(r.stderr)) {
          throw new UserError('git has no identity to commit with; '
            + 'expected git config user.name and user.email (or GIT_AUTHOR_NAME/GIT_AUTHOR_EMAIL)');
        }
        throw new Error(`git commit-tree failed: ${r.stderr.trim()}`);
      }
      return r.stdout.trim();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  private classify(r: GitRun): PushResult {
    if (r.code === 0) return { ok: true };
    const text = `${r.stdout}\n${r.stderr}`;
    const message = r.stderr.trim().split('\n').filter((l) => l && !l.startsWith('To ')).slice(-2).join(' | ')
      || `exit ${r.code}`;
    if (FATAL.test(text)) return { ok: false, kind: 'fatal', message };
    if (REJECTED.test(text)) return { ok: false, kind: 'rejected', message };
    return { ok: false, kind: 'transient', message };
  }

  async push(commit: string, branch: string, lease?: { expect: string | undefined }): Promise<PushResult> {
    const args = ['push', '--porcelain', '--no-verify'];
    if (lease) args.push(`--force-with-lease=refs/heads/${branch}:${lease.expect ?? ''}`);
    args.push(this.remote, `${commit}:refs/heads/${branch}`);
    return this.classify(await this.run(args, { allowFail: true }));
  }

  async deleteBranch(branch: string, expect: string): Promise<PushResult> {
    return this.classify(await this.run([
      'push', '--porcelain', `--force-with-lease=refs/heads/${branch}:${expect}`, this.remote, `:refs/heads/${branch}`,
    ], { allowFail: true }));
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return (await this.run(['merge-base', '--is-ancestor', ancestor, descendant], { allowFail: true })).code === 0;
  }

  async log(ref: string, opts: { grep?: string; paths?: string[]; max?: number } = {}): Promise<CommitInfo[]> {
    const args = ['log', '--format=%H%x00%P%x00%an%x00%aI%x00%cI%x00%B%x1e'];
    if (opts.grep) args.push('-E', `--grep=${opts.grep}`);
    if (opts.max) args.push(`--max-count=${opts.max}`);
    args.push(ref, '--', ...(opts.paths ?? []));
    const out = (await this.output(args)).stdout;
    return out.split('\x1e').map((r) => r.replace(/^\n/, '')).filter(Boolean).map((r) => {
      const [sha, parents, authorName, authorDate, committerDate, message] = r.split('\0');
      return {
        sha: sha as string, parents: (parents ?? '').split(' ').filter(Boolean), authorName: authorName ?? '',
        authorDate: authorDate ?? '', committerDate: committerDate ?? '', message: message ?? '',
      };
    });
  }

  async firstParentChanges(ref: string, paths?: readonly string[]): Promise<HistoryCommit[]> {
    const git: HistoryGit = {
      cwd: this.opts.cwd,
      parse: parseRawLog,
      output: (args, input, onText) => {
        this.opts.logger.debug(`git ${args.join(' ')}`);
        return collect(args, this.opts.cwd, this.env, input, onText);
      },
    };
    return firstParentHistory(git, ref, paths, paths?.length ? await this.extentOf(ref, paths) : undefined);
  }

  /**
   * How far into `ref`'s tree, in git's order, the last of `paths` lies (0..1), from the listing this run already
   * made of it; undefined when it made none. What a pathspec walk costs grows with it (first-parent-history.ts).
   */
  private async extentOf(ref: string, paths: readonly string[]): Promise<number | undefined> {
    const listed = this.snapshots.get(ref);
    if (!listed) return undefined;
    const files = (await listed).files;
    const want = new Set(paths);
    let last = -1;
    let found = 0;
    files.forEach((f, i) => {
      if (!want.has(f)) return;
      found++;
      last = i;
    });
    // A wanted path the tree no longer holds could sort anywhere: then the extent is not known.
    return found === want.size ? (last + 1) / files.length : undefined;
  }

  async grepLines(
    commit: string, groups: readonly (readonly string[])[], pathspecs: readonly string[],
  ): Promise<GrepLine[]> {
    if (!groups.length || !pathspecs.length) return [];
    const expr: string[] = [];
    groups.forEach((g, i) => {
      if (i) expr.push('--or');
      expr.push('(', ...g.flatMap((s, j) => (j ? ['--and', '-e', s] : ['-e', s])), ')');
    });
    // -a: a file with NUL bytes is searched as text too (no "Binary file matches" line without its text).
    // One thread: over a commit's blobs git's threads mostly wait on each other's object reads (100,000
    // kustomizations: 0.49 s of CPU with one thread, 0.81 s with two, and slower on the clock too).
    const args = ['grep', '--threads', '1', '-n', '-z', '-a', '-F', '--no-color', '--full-name', ...expr, commit, '--'];
    args.push(...pathspecs);
    const r = await this.output(args, { allowFail: true });
    if (r.code > 1) throw new Error(`git grep failed (exit ${r.code}): ${r.stderr.trim().split('\n').pop()}`);
    return parseGrepLines(r.stdout, `${commit}:`);
  }

  async readBlob(id: string): Promise<string> {
    return decodeText(await this.blob(id), id);
  }

  /**
   * A blob's bytes, read from git once while it is among the last BLOBS_KEPT asked for: drift reads each overlay
   * twice, moments apart, and a bound keeps 80,000 overlays from all staying in memory.
   */
  private blob(id: string): Promise<Buffer> {
    let b = this.blobs.get(id);
    if (!b) {
      this.batch ??= new CatFileBatch(this.opts.cwd, this.env);
      b = this.batch.read(id);
      if (this.blobs.size >= BLOBS_KEPT) {
        // The oldest half goes (a Map iterates in insertion order): amortised O(1) per read.
        let drop = BLOBS_KEPT / 2;
        for (const k of this.blobs.keys()) {
          if (drop-- <= 0) break;
          this.blobs.delete(k);
        }
      }
      this.blobs.set(id, b);
    }
    return b;
  }

  /** A local ref or sha, as a commit sha; undefined when it does not exist. */
  async resolveCommit(ref: string): Promise<string | undefined> {
    if (ref.startsWith('-')) return undefined;
    const r = await this.run(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { allowFail: true });
    return r.code === 0 ? r.stdout.trim() : undefined;
  }

  /** A commit by sha, fetched from the remote if the clone does not have it (shallow checkouts). */
  async ensureCommit(sha: string, what: string): Promise<string> {
    const have = await this.resolveCommit(sha);
    if (have) return have;
    if (/^[0-9a-f]{40}$/.test(sha)) {
      await this.run(['fetch', '--no-tags', '--quiet', this.remote, sha], { allowFail: true });
    }
    const got = await this.resolveCommit(sha);
    if (!got) {
      throw new UserError(`${what} commit ${JSON.stringify(sha)} is not in the clone and could not be fetched; `
        + 'expected a commit of this repository (use actions/checkout with fetch-depth: 0)');
    }
    return got;
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const r = await this.run(['merge-base', a, b], { allowFail: true });
    return r.code === 0 ? r.stdout.trim() : undefined;
  }

  async changedFiles(base: string, head: string): Promise<string[]> {
    return (await this.output(['diff', '--name-only', '-z', '--no-renames', base, head]))
      .stdout.split('\0').filter(Boolean);
  }

  async treeOf(commit: string): Promise<string> {
    return (await this.run(['rev-parse', '--verify', `${commit}^{tree}`])).stdout.trim();
  }

  async diff(path: string, before: string, after: string): Promise<string> {
    const dir = mkdtempSync(join(tmpdir(), 'gitops-promote-diff-'));
    try {
      writeFileSync(join(dir, 'a'), before);
      writeFileSync(join(dir, 'b'), after);
      const r = await this.run(
        ['diff', '--no-index', '--no-color', '--no-ext-diff', '-U2', join(dir, 'a'), join(dir, 'b')],
        { allowFail: true });
      const body = r.stdout.split('\n').slice(4).join('\n');
      return `--- a/${path}\n+++ b/${path}\n${body}`;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  /**
   * Remove the private refs this run fetched into, and stop the blob reader. The run knows its refs, so they are
   * deleted by name in one transaction (deleting a ref that is not there succeeds). Should that transaction fail
   * anyway, the namespace is listed and the refs found are deleted, as before.
   */
  async dispose(): Promise<void> {
    this.batch?.close();
    if (!this.fetched.size) return;
    if ((await this.deleteRefs([...this.fetched])).code === 0) return;
    const listed = await this.run(['for-each-ref', '--format=%(refname)', this.ns], { allowFail: true });
    const refs = listed.stdout.split('\n').filter(Boolean);
    if (refs.length) await this.deleteRefs(refs);
  }

  private deleteRefs(refs: readonly string[]): Promise<GitRun> {
    return this.run(['update-ref', '--stdin'], { input: refs.map((r) => `delete ${r}\n`).join(''), allowFail: true });
  }
}

/** A failed git command, named by its subcommand with the last lines git said about it. */
function failure(args: readonly string[], code: number, stderr: string): Error {
  return new Error(`git ${args[0]} failed (exit ${code}): ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
}

/**
 * git's stdout as one Buffer, decoded once (git itself is found on PATH, as @actions/exec finds it); or, with
 * `onText`, decoded as it arrives and handed over piece by piece (a history walk's output need not all be held).
 */
function collect(
  args: string[], cwd: string, env: NodeJS.ProcessEnv, input?: string, onText?: (s: string) => void,
): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    const p = spawn('git', args, { cwd, env, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    // A git that exits early closes its stdin: that shows in its exit code, not as an unhandled EPIPE.
    p.stdin?.on('error', () => undefined);
    p.stdin?.end(input);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const decoder = new StringDecoder('utf8');
    p.stdout?.on('data', (d: Buffer) => (onText ? onText(decoder.write(d)) : out.push(d)));
    p.stderr?.on('data', (d: Buffer) => err.push(d));
    p.on('error', reject);
    p.on('close', (code) => {
      if (onText) onText(decoder.end());
      const stdout = onText ? '' : Buffer.concat(out).toString('utf8');
      resolve({ code: code ?? 1, stdout, stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

/** `git grep -n -z` output: `rev:path NUL line NUL text` per line (text may hold NULs of its own). */
export function parseGrepLines(out: string, prefix: string): GrepLine[] {
  const lines: GrepLine[] = [];
  for (const rec of out.split('\n')) {
    const a = rec.indexOf('\0');
    const b = a < 0 ? -1 : rec.indexOf('\0', a + 1);
    if (b < 0) continue;
    const path = rec.slice(0, a);
    lines.push({ file: path.startsWith(prefix) ? path.slice(prefix.length) : path, text: rec.slice(b + 1) });
  }
  return lines;
}

const NO_BLOB = /^0+$/;

/** `git log --raw -z --format=%x01%H %cI`: a header per commit, then `:modes shas status\0path\0` entries. */
export function parseRawLog(out: string, keep?: (path: string) => boolean): HistoryCommit[] {
  const commits: HistoryCommit[] = [];
  for (const chunk of out.split('\x01')) {
    if (!chunk) continue;
    const end = chunk.indexOf('\0');
    const [sha, committerDate] = (end < 0 ? chunk : chunk.slice(0, end)).trim().split(' ');
    const c: HistoryCommit = { sha: sha as string, committerDate: committerDate ?? '', changes: [] };
    const parts = end < 0 ? [] : chunk.slice(end + 1).replace(/^\n/, '').split('\0');
    for (let i = 0; i + 1 < parts.length; i += 2) {
      const meta = (parts[i] as string).replace(/^\n/, '');
      if (!meta.startsWith(':')) break;
      const path = parts[i + 1] as string;
      if (keep && !keep(path)) continue;
      const [, newMode, , newBlob] = meta.slice(1).split(' ');
      const deleted = !newBlob || NO_BLOB.test(newBlob);
      c.changes.push({ path, blob: deleted ? undefined : newBlob, mode: deleted ? undefined : newMode });
    }
    commits.push(c);
  }
  return commits;
}
