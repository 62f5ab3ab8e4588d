// Renders a kustomize overlay the way Argo CD and Flux would, from files taken out of git objects (never from a
// checkout of the PR, so nothing of the PR runs): the files are written into a fresh scratch directory and
// `kustomize build` / `kubectl kustomize` runs there without helm, alpha plugins or exec functions, with an
// environment that makes any remote resource fail at once (proxy on a closed loopback port, no git transport).
import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, chmod, mkdir, mkdtemp, realpath, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UserError, quote } from '../core/errors.js';

/** One entry of a git tree, path relative to the repository root. mode as git writes it. */
export interface TreeFile {
  path: string;
  /** 100644 (or 100664) file, 100755 executable, 120000 symlink (`target`), 040000 directory, 160000 submodule. */
  mode: string;
  /** The file's text; undefined when not available (binary): written empty, since only generators read such. */
  text?: string;
  target?: string;
}

export type RenderResult = { manifests: string } | { error: string };

export interface Renderer {
  readonly tool: 'kustomize' | 'kubectl';
  /** e.g. "kustomize v5.5.0" or "kubectl v1.32.4 (kustomize v5.5.0)". */
  readonly version: string;
  render(files: readonly TreeFile[], dir: string): Promise<RenderResult>;
}

export type RendererChoice = 'auto' | 'kustomize' | 'kubectl';

export interface RendererOptions {
  /** Where to look for the tool, also the PATH it runs with (default: this process's PATH). */
  path?: string;
  /** How long one render may run (default 60 s). */
  timeoutMs?: number;
}

interface Tool {
  tool: 'kustomize' | 'kubectl';
  bin: string;
  version: string;
}
type Detected = Tool | { missing: string };

const DEFAULT_TIMEOUT_MS = 60_000;
const PROBE_TIMEOUT_MS = 15_000;
const MAX_OUTPUT_BYTES = 64 * 1024 * 1024;
/** CI has 2 cores: more renders at once only queue inside the kernel and starve the tests. */
const MAX_RENDERS = 2;
/** A loopback port nothing listens on (discard): a remote resource is refused at once, not timed out. */
const DEAD_PROXY = 'http://127.0.0.1:9';

const detections = new Map<string, Promise<Detected>>();

/**
 * The renderer to use. auto: `kustomize` on PATH, else `kubectl` with an embedded kustomize, else undefined
 * (static mode). An explicit choice that is not available is a UserError. Each tool is probed once per PATH.
 */
export async function findRenderer(choice: RendererChoice, o: RendererOptions = {}): Promise<Renderer | undefined> {
  const searchPath = o.path ?? process.env.PATH ?? '';
  const tools = choice === 'auto' ? (['kustomize', 'kubectl'] as const) : [choice];
  const reasons: string[] = [];
  for (const name of tools) {
    const found = await detect(name, searchPath);
    if ('missing' in found) reasons.push(found.missing);
    else return renderer(found, searchPath, o.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  }
  if (choice === 'auto') return undefined;
  const alternative = choice === 'kustomize' ? 'kubectl' : 'kustomize';
  throw new UserError(`render ${quote(choice)}: ${reasons.join('; ')}; expected ${choice === 'kustomize'
    ? 'a kustomize binary on PATH' : 'kubectl 1.24 or newer (it embeds kustomize v4+) on PATH'}, or render: auto, ` +
    `${alternative} or none`);
}

function detect(name: 'kustomize' | 'kubectl', searchPath: string): Promise<Detected> {
  const key = `${name}\0${searchPath}`;
  let found = detections.get(key);
  if (!found) {
    found = name === 'kustomize' ? detectKustomize(searchPath) : detectKubectl(searchPath);
    detections.set(key, found);
  }
  return found;
}

async function detectKustomize(searchPath: string): Promise<Detected> {
  const bin = await which('kustomize', searchPath);
  if (!bin) return { missing: 'kustomize is not on PATH' };
  const run = await runTool(bin, ['version'], tmpdir(), toolEnv(searchPath, tmpdir()), PROBE_TIMEOUT_MS);
  // v5 prints "v5.5.0"; v4 "{Version:kustomize/v4.5.7 GitCommit:…}"; v3 "{KustomizeVersion:3.8.7 …}".
  const version = /v?(\d+\.\d+\.\d+[\w.+-]*)/.exec(run.stdout)?.[1];
  if (run.code !== 0 || !version) return { missing: `${bin} version failed: ${toolMessage(run, [])}` };
  return { tool: 'kustomize', bin, version: `kustomize v${version}` };
}

async function detectKubectl(searchPath: string): Promise<Detected> {
  const bin = await which('kubectl', searchPath);
  if (!bin) return { missing: 'kubectl is not on PATH' };
  const run = await runTool(bin, ['version', '--client', '-o', 'json'], tmpdir(), toolEnv(searchPath, tmpdir()),
    PROBE_TIMEOUT_MS);
  let info: { clientVersion?: { gitVersion?: unknown }; kustomizeVersion?: unknown } = {};
  try {
    info = JSON.parse(run.stdout) as typeof info;
  } catch {
    return { missing: `${bin} version --client -o json failed: ${toolMessage(run, [])}` };
  }
  const kubectl = typeof info.clientVersion?.gitVersion === 'string' ? info.clientVersion.gitVersion : 'unknown';
  // kubectl before 1.24 prints no kustomizeVersion; before 1.21 it embeds kustomize v2, which has no components.
  if (typeof info.kustomizeVersion !== 'string' || info.kustomizeVersion === '')
    return { missing: `kubectl ${kubectl} (${bin}) does not say which kustomize it embeds` };
  return { tool: 'kubectl', bin, version: `kubectl ${kubectl} (kustomize ${info.kustomizeVersion})` };
}

async function which(name: string, searchPath: string): Promise<string | undefined> {
  for (const dir of searchPath.split(':')) {
    if (!dir || !path.isAbsolute(dir)) continue; // a relative PATH entry would depend on the scratch cwd
    const candidate = path.join(dir, name);
    try {
      await access(candidate, constants.X_OK);
      if ((await stat(candidate)).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

function renderer(t: Tool, searchPath: string, timeoutMs: number): Renderer {
  return {
    tool: t.tool,
    version: t.version,
    render: (files, dir) => limit(() => renderIn(t, files, dir, searchPath, timeoutMs)),
  };
}

async function renderIn(t: Tool, files: readonly TreeFile[], dir: string, searchPath: string, timeoutMs: number):
Promise<RenderResult> {
  const target = dir.replace(/\/+$/, '') || '.';
  const bad = target === '.' ? undefined : pathProblem(target);
  if (bad) return { error: `overlay directory ${quote(dir)} ${bad}` };
  const made = await mkdtemp(path.join(tmpdir(), 'gitops-promote-kustomize-'));
  try {
    const root = await realpath(made);
    const problem = await materialise(root, files);
    if (problem) return { error: problem };
    // "./" keeps a directory named like a flag (-x) from being read as one.
    const args = t.tool === 'kustomize' ? ['build', `./${target}`] : ['kustomize', `./${target}`];
    const run = await runTool(t.bin, args, root, toolEnv(searchPath, root), timeoutMs);
    const name = t.tool === 'kustomize' ? 'kustomize build' : 'kubectl kustomize';
    if (run.failure) return { error: `${name} ${target}: ${run.failure}` };
    if (run.code !== 0) return { error: `${name} ${target}: ${toolMessage(run, [made, root])}` };
    return { manifests: run.stdout };
  } finally {
    await rm(made, { recursive: true, force: true });
  }
}

/** Only what the tool needs; the proxy and git settings make remote bases and URLs fail fast, offline or not. */
function toolEnv(searchPath: string, home: string): NodeJS.ProcessEnv {
  return {
    PATH: searchPath,
    HOME: home,
    HTTP_PROXY: DEAD_PROXY,
    HTTPS_PROXY: DEAD_PROXY,
    http_proxy: DEAD_PROXY,
    https_proxy: DEAD_PROXY,
    NO_PROXY: '',
    no_proxy: '',
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_NOSYSTEM: '1',
    // No git transport at all: ssh:// and file:// (another repository on this machine) ignore the proxy.
    GIT_ALLOW_PROTOCOL: 'none',
    GIT_SSH_COMMAND: 'false',
  };
}

// ---- the scratch tree ------------------------------------------------------------------------------------------

/** Why `p` is not a safe repository path, or undefined. */
function pathProblem(p: string): string | undefined {
  if (p.includes('\0')) return 'contains a NUL byte';
  if (p.startsWith('/')) return 'is absolute; expected a path relative to the repository root';
  if (p.split('/').some((s) => s === '' || s === '.' || s === '..'))
    return 'has an empty, "." or ".." segment; expected a plain relative path';
  return undefined;
}

/** Checks every path first (so nothing is written for a bad list), then files, then symlinks. */
async function materialise(root: string, files: readonly TreeFile[]): Promise<string | undefined> {
  const problem = listProblem(files);
  if (problem) return problem;
  let current = '';
  try {
    // Every regular file is written before any symlink exists, so no write can pass through a link.
    for (const f of files) {
      if (f.mode === '120000') continue;
      current = f.path;
      const full = path.join(root, f.path);
      if (f.mode === '040000' || f.mode === '160000') {
        await mkdir(full, { recursive: true }); // a submodule is an empty directory, as in a fresh checkout
        continue;
      }
      await mkdir(path.dirname(full), { recursive: true });
      const mode = f.mode === '100755' ? 0o755 : 0o644;
      await writeFile(full, f.text ?? '', { mode, flag: 'wx' });
      await chmod(full, mode); // the umask may have taken bits away
    }
    for (const f of files) {
      if (f.mode !== '120000') continue;
      current = f.path;
      await mkdir(path.dirname(path.join(root, f.path)), { recursive: true });
      await symlink(f.target ?? '', path.join(root, f.path));
    }
  } catch (e) {
    return `cannot write ${quote(current)} into the scratch tree: ${(e as NodeJS.ErrnoException).code ?? 'error'}`;
  }
  return symlinksEscaping(root, files);
}

/** Paths, modes and symlink targets, checked before anything is written. */
function listProblem(files: readonly TreeFile[]): string | undefined {
  const modes = new Map<string, string>();
  for (const f of files) {
    const bad = pathProblem(f.path);
    if (bad) return `tree path ${quote(f.path)} ${bad}`;
    if (modes.has(f.path)) return `tree path ${quote(f.path)} is listed twice`;
    modes.set(f.path, f.mode);
    // 100664 is the mode of group-writable files in old repositories; git checks them out as 100644.
    if (!['100644', '100664', '100755', '120000', '040000', '160000'].includes(f.mode))
      return `tree path ${quote(f.path)} has mode ${quote(f.mode)}; expected 100644, 100755, 120000, 040000 or 160000`;
    if (f.mode === '120000' && !linkInside(f.path, f.target ?? ''))
      return `symlink ${f.path} points outside the repository (${f.target ?? ''})`;
  }
  for (const f of files) {
    // A path below a file or a symlink cannot come from git; below a symlink it could be written outside the root.
    const parts = f.path.split('/');
    for (let i = 1; i < parts.length; i++) {
      const above = parts.slice(0, i).join('/');
      const mode = modes.get(above);
      if (mode !== undefined && mode !== '040000')
        return `tree path ${quote(f.path)} is below ${quote(above)}, which is not a directory`;
    }
  }
  return undefined;
}

/** The target, resolved as text from the link's directory, stays inside the root. */
function linkInside(linkPath: string, target: string): boolean {
  if (target === '' || target.includes('\0') || path.posix.isAbsolute(target)) return false;
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(linkPath), target));
  return resolved !== '..' && !resolved.startsWith('../');
}

/**
 * The text check cannot see a chain (a/up -> .., a/x -> up/../..): each link is also resolved on disk. A link that
 * resolves to nothing is left for the tool to report.
 */
async function symlinksEscaping(root: string, files: readonly TreeFile[]): Promise<string | undefined> {
  for (const f of files) {
    if (f.mode !== '120000') continue;
    let real: string;
    try {
      real = await realpath(path.join(root, f.path));
    } catch {
      continue;
    }
    if (real !== root && !real.startsWith(root + path.sep))
      return `symlink ${f.path} points outside the repository (${f.target ?? ''})`;
  }
  return undefined;
}

// ---- the process -----------------------------------------------------------------------------------------------

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Why the tool did not finish on its own: not started, timed out, too much output. */
  failure?: string;
}

function runTool(bin: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number): Promise<Run> {
  return new Promise((resolve) => {
    // Its own process group, so a timeout also ends the git processes kustomize started.
    const child = spawn(bin, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    let failure: string | undefined;
    const stop = (why: string): void => {
      failure ??= why;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timer = setTimeout(() => stop(`timed out after ${timeoutMs / 1000} s`), timeoutMs);
    const keep = (into: Buffer[]) => (b: Buffer): void => {
      size += b.length;
      if (size > MAX_OUTPUT_BYTES) stop(`printed more than ${MAX_OUTPUT_BYTES / 1024 / 1024} MiB`);
      else into.push(b);
    };
    child.stdout.on('data', keep(out));
    child.stderr.on('data', keep(err));
    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ code: null, stdout: '', stderr: '', failure: `cannot run ${bin}: ${e.code ?? e.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      const text = (b: Buffer[]): string => Buffer.concat(b).toString('utf8');
      resolve({ code, stdout: text(out), stderr: text(err), ...(failure ? { failure } : {}) });
    });
  });
}

const toolMessage = (run: Run, scratch: readonly string[]): string =>
  run.failure ?? cleanToolError(run.stderr || run.stdout, scratch);

const KLOG = /^[EWIF]\d{4} \d\d:\d\d:\d\d\.\d+\s+\d+ [^\]]*\] ?/;
const MAX_LINES = 8;
const MAX_CHARS = 1500;

/**
 * The part of a tool's stderr a reader needs, on one line: kubectl's klog wrapper (`E1130 10:52:10.245996 2300
 * run.go:72] "command failed" err="…"` or `err=<` … `>`) and `Error:` prefixes removed, the scratch directory
 * removed so paths read as repository paths, the last lines kept.
 */
export function cleanToolError(stderr: string, scratch: readonly string[]): string {
  let text = stderr;
  for (const dir of scratch) text = text.split(`${dir}/`).join('').split(dir).join('.');
  const lines: string[] = [];
  let inBlock = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(KLOG, '');
    if (inBlock) {
      if (/^\s*>\s*$/.test(raw)) inBlock = false;
      else lines.push(raw.trim());
      continue;
    }
    const quoted = /^"command failed" err=("(?:[^"\\]|\\.)*")\s*$/.exec(line);
    if (quoted?.[1]) lines.push(unquote(quoted[1]));
    else if (/^"command failed" err=<\s*$/.test(line)) inBlock = true;
    else lines.push(line.trim());
  }
  const kept = lines.map((l) => l.replace(/^(error|Error): /, '')).filter((l) => l !== '').slice(-MAX_LINES);
  const one = kept.join(' ').replace(/\s+/g, ' ').trim();
  if (one === '') return 'failed without a message';
  return one.length > MAX_CHARS ? `…${one.slice(-MAX_CHARS)}` : one;
}

function unquote(goQuoted: string): string {
  try {
    return JSON.parse(goQuoted) as string;
  } catch {
    return goQuoted.slice(1, -1);
  }
}

// ---- at most MAX_RENDERS at once -------------------------------------------------------------------------------

let running = 0;
const waiting: (() => void)[] = [];

async function limit<T>(job: () => Promise<T>): Promise<T> {
  if (running >= MAX_RENDERS) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await job();
  } finally {
    const next = waiting.shift();
    if (next) next(); // the slot passes straight to the next job
    else running--;
  }
}
