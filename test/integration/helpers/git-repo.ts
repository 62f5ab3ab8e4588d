// Real-git helpers for integration tests: bare repos seeded through plumbing, clones, commits and
// read-back (heads, blobs, logs, refs). Every git call is an argv array (never a shell) and runs with
// an isolated environment, so the developer's own git config, credentials and locale never leak in.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export interface GitIdentity {
  name: string;
  email: string;
}

/** Author and committer of every commit made through these helpers unless told otherwise. */
export const TEST_IDENTITY: GitIdentity = { name: 'Promote Test', email: 'promote-test@example.invalid' };

export interface GitResult {
  stdout: string;
  stderr: string;
  /** Exit code; -1 when git was killed by a signal (timeout). */
  code: number;
}

export interface GitOptions {
  cwd: string;
  /** Added on top of gitEnv(); a value of undefined removes that variable. */
  env?: NodeJS.ProcessEnv;
  input?: string | Buffer;
  /** Kill git after this many ms (default 30 s) so a hung transfer fails the test instead of hanging it. */
  timeoutMs?: number;
}

export type FileMap = Record<string, string | Buffer>;

let home: string | undefined;

/** The empty HOME every git child gets (created on first use, once per test file). */
export function gitHome(): string {
  home ??= mkdtempSync(join(tmpdir(), 'gitops-promote-git-home-'));
  return home;
}

/** Removes the temp HOME; call from afterAll. A later git call creates a fresh one. */
export function disposeGitHome(): void {
  if (home) rmSync(home, { recursive: true, force: true });
  home = undefined;
}

// Inherited variables that would redirect git (e.g. GIT_DIR/GIT_INDEX_FILE when jest runs inside a git hook),
// inject config (GIT_CONFIG_COUNT/PARAMETERS) or answer auth prompts (askpass).
const DROP = /^(GIT_|SSH_ASKPASS$|LANGUAGE$|LC_)/;

/**
 * A deterministic environment for git: fixed identity, no system or global config, no prompts,
 * C locale (tests match English messages such as "fetch first"). `extra` is layered on top.
 */
export function gitEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!DROP.test(k)) env[k] = v;
  const h = gitHome();
  Object.assign(env, {
    GIT_AUTHOR_NAME: TEST_IDENTITY.name,
    GIT_AUTHOR_EMAIL: TEST_IDENTITY.email,
    GIT_COMMITTER_NAME: TEST_IDENTITY.name,
    GIT_COMMITTER_EMAIL: TEST_IDENTITY.email,
    GIT_CONFIG_NOSYSTEM: '1',
    // Both HOME and XDG point into the empty temp dir; GIT_CONFIG_GLOBAL names a file that does not exist.
    HOME: h,
    XDG_CONFIG_HOME: join(h, '.config'),
    GIT_CONFIG_GLOBAL: join(h, '.gitconfig'),
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: '',
    LC_ALL: 'C',
  });
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/** Runs `git ...args`; never throws for a non-zero exit (check `code`). */
export function git(args: readonly string[], opts: GitOptions): Promise<GitResult> {
  return gitRaw(args, opts).then((r) => ({ stdout: r.stdout.toString('utf8'), stderr: r.stderr, code: r.code }));
}

/** Like git() but throws (with stderr) on a non-zero exit; returns stdout. */
export async function gitOk(args: readonly string[], opts: GitOptions): Promise<string> {
  return (await gitRawOk(args, opts)).toString('utf8');
}

interface RawResult {
  stdout: Buffer;
  stderr: string;
  code: number;
}

function gitRaw(args: readonly string[], opts: GitOptions): Promise<RawResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('git', [...args], { cwd: opts.cwd, env: gitEnv(opts.env), stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    // git may exit before reading all of stdin (e.g. on an early error): ignore EPIPE, the exit code tells.
    child.stdin.on('error', () => undefined);
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 30_000);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? -1 });
    });
    child.stdin.end(opts.input ?? '');
  });
}

async function gitRawOk(args: readonly string[], opts: GitOptions): Promise<Buffer> {
  const r = await gitRaw(args, opts);
  if (r.code !== 0) throw new Error(`git ${args.join(' ')} (in ${opts.cwd}) exited ${r.code}:\n${r.stderr}`);
  return r.stdout;
}

function identityEnv(author?: GitIdentity): NodeJS.ProcessEnv {
  if (!author) return {};
  return { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email };
}

/**
 * Writes `files` as a commit on top of `parent` (or as a root commit) without a work tree: blobs via
 * hash-object, a throw-away index (GIT_INDEX_FILE) seeded from the parent's tree, write-tree, commit-tree.
 */
async function plumbingCommit(gitDir: string, parent: string | undefined, files: FileMap, message: string, author?: GitIdentity): Promise<string> {
  const scratch = mkdtempSync(join(tmpdir(), 'gitops-promote-index-'));
  try {
    const env = { ...identityEnv(author), GIT_INDEX_FILE: join(scratch, 'index') };
    const o = { cwd: gitDir, env };
    if (parent) await gitOk(['read-tree', parent], o);
    // One hash-object for every blob (--stdin-paths, from files in the scratch dir), not one process per file: a
    // config repo of twenty apps is hundreds of files, and each spawn from a jest worker costs a fork of it.
    const paths = Object.keys(files);
    const blobs = paths.map((_, i) => join(scratch, `blob-${i}`));
    paths.forEach((path, i) => writeFileSync(blobs[i] as string, files[path] as string | Buffer));
    const shas = paths.length
      ? (await gitOk(['hash-object', '-w', '--no-filters', '--stdin-paths'], { ...o, input: `${blobs.join('\n')}\n` }))
        .trim().split('\n')
      : [];
    const entries = paths.map((path, i) => `100644 ${shas[i]}\t${path}\0`);
    // -z: paths are NUL-terminated, so names with spaces or newlines need no quoting.
    if (entries.length > 0) await gitOk(['update-index', '-z', '--index-info'], { ...o, input: entries.join('') });
    const tree = (await gitOk(['write-tree'], o)).trim();
    const commitArgs = ['commit-tree', tree, ...(parent ? ['-p', parent] : []), '-F', '-'];
    return (await gitOk(commitArgs, { ...o, input: message })).trim();
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export interface BareRepoOptions {
  /** Default branch, also HEAD (default "main"). */
  branch?: string;
  /** Message of the seed commit. */
  message?: string;
  author?: GitIdentity;
}

/** Creates `<root>/<name>.git`, a bare repo with one commit holding `files` on `branch`; returns its path. */
export async function createBareRepo(root: string, name: string, files: FileMap, opts: BareRepoOptions = {}): Promise<string> {
  const branch = opts.branch ?? 'main';
  const bare = join(resolve(root), `${name}.git`);
  mkdirSync(bare, { recursive: true });
  await gitOk(['init', '--quiet', '--bare', '-b', branch, bare], { cwd: root });
  // http-backend only enables receive-pack for authenticated users unless told; say so explicitly.
  await gitOk(['config', 'http.receivepack', 'true'], { cwd: bare });
  // No auto gc: a detached gc after receive-pack could outlive the test and race the temp-dir removal.
  await gitOk(['config', 'gc.auto', '0'], { cwd: bare });
  await gitOk(['config', 'receive.autogc', 'false'], { cwd: bare });
  const sha = await plumbingCommit(bare, undefined, files, opts.message ?? 'Initial commit', opts.author);
  await gitOk(['update-ref', `refs/heads/${branch}`, sha, ''], { cwd: bare });
  return bare;
}

/**
 * Commits `files` straight into a bare repo on `branch` (e.g. another writer racing the tool under test).
 * Fails if the branch moved meanwhile (update-ref with the old value). Returns the new commit.
 */
export async function commitToBare(bare: string, branch: string, files: FileMap, message: string, author?: GitIdentity): Promise<string> {
  const ref = `refs/heads/${branch}`;
  const parent = (await gitOk(['rev-parse', '--verify', '--quiet', ref], { cwd: bare })).trim();
  const sha = await plumbingCommit(bare, parent, files, message, author);
  await gitOk(['update-ref', ref, sha, parent], { cwd: bare });
  return sha;
}

/** `git clone url dir`; throws with git's stderr when the clone fails. `env` is layered on gitEnv(). */
export async function cloneRepo(url: string, dir: string, env: NodeJS.ProcessEnv = {}): Promise<string> {
  const target = resolve(dir);
  mkdirSync(dirname(target), { recursive: true });
  await gitOk(['clone', '--quiet', url, target], { cwd: dirname(target), env });
  return target;
}

/**
 * Writes `files` (null deletes) into a work tree, stages exactly those paths and commits; returns the new
 * commit. Throws if git refuses (e.g. nothing changed).
 */
export async function commitFiles(workdir: string, files: Record<string, string | Buffer | null>, message: string): Promise<string> {
  const paths = Object.keys(files);
  for (const [path, content] of Object.entries(files)) {
    const abs = join(workdir, path);
    if (content === null) {
      rmSync(abs, { force: true });
    } else {
      mkdirSync(dirname(abs), { recursive: true });
      writeFileSync(abs, content);
    }
  }
  if (paths.length > 0) await gitOk(['add', '--all', '--', ...paths], { cwd: workdir });
  await gitOk(['commit', '--quiet', '-F', '-'], { cwd: workdir, input: message });
  return headOf(workdir, 'HEAD');
}

/** The commit `ref` points to in a bare repo or a work tree; throws if it does not resolve. */
export async function headOf(repo: string, ref: string): Promise<string> {
  return (await gitOk(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], { cwd: repo })).trim();
}

/** The bytes of `path` at `ref`. */
export function readBlobBytes(repo: string, ref: string, path: string): Promise<Buffer> {
  return gitRawOk(['cat-file', 'blob', `${ref}:${path}`], { cwd: repo });
}

/** The text (UTF-8) of `path` at `ref`. */
export async function readBlob(repo: string, ref: string, path: string): Promise<string> {
  return (await readBlobBytes(repo, ref, path)).toString('utf8');
}

export interface LogEntry {
  sha: string;
  /** First line of the message. */
  subject: string;
  /** Everything after the subject line and its blank separator, without the trailing newline. */
  body: string;
  /** Parent commits, first parent first. */
  parents: string[];
}

/** History reachable from `ref`, newest first. */
export async function logOf(repo: string, ref: string): Promise<LogEntry[]> {
  const out = await gitOk(['log', '--format=%H%x00%P%x00%B%x1e', ref, '--'], { cwd: repo });
  const entries: LogEntry[] = [];
  for (const rec of out.split('\x1e')) {
    // git puts a newline between records; the last split piece is just that newline.
    const r = rec.replace(/^\n/, '');
    if (r === '') continue;
    const [sha = '', parents = '', message = ''] = r.split('\0');
    const msg = message.replace(/\n+$/, '');
    const nl = msg.indexOf('\n');
    entries.push({
      sha,
      subject: nl < 0 ? msg : msg.slice(0, nl),
      body: nl < 0 ? '' : msg.slice(nl + 1).replace(/^\n+/, ''),
      parents: parents === '' ? [] : parents.split(' '),
    });
  }
  return entries;
}

/** Every ref (branches, tags, remote-tracking refs) → the object it points to. HEAD is not listed. */
export async function refsOf(repo: string): Promise<Record<string, string>> {
  const out = await gitOk(['for-each-ref', '--format=%(refname)%00%(objectname)'], { cwd: repo });
  const refs: Record<string, string> = {};
  for (const line of out.split('\n')) {
    if (line === '') continue;
    const [name = '', sha = ''] = line.split('\0');
    refs[name] = sha;
  }
  return refs;
}

/** A fresh temp directory. */
export function makeTempDir(prefix = 'gitops-promote-git-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Removes a directory tree (retries: git may still be closing files). */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
}
