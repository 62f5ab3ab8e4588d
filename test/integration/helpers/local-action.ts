// Runs an action through GitHub's @github/local-action, as its README tells a developer to:
// `local-action run <action dir> <entry> <.env file>`, the entry being src/actions/<name>/main.ts (the tool runs
// TypeScript sources through tsx and swaps @actions/core for its own stub, which cannot reach into a bundle).
// Inputs and the runner's variables go in the .env file; the stub prints each output as `::set-output name=K::V`
// and writes the job summary to GITHUB_STEP_SUMMARY. Its setFailed does not set an exit code (the process exits 0);
// an action that sets process.exitCode itself (bad input: 2) exits with it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { cleanEnv, inputEnvName } from './action-runner.js';
import { NODE24, REPO_ROOT } from './cli.js';

export const LOCAL_ACTION_BIN = join(REPO_ROOT, 'node_modules', '@github', 'local-action', 'bin', 'local-action.js');

export interface LocalActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Every `::set-output name=K::V` line of the log, in order; a later one wins. */
  outputs: Record<string, string>;
  summary: string;
}

export interface LocalActionOptions {
  /** The directory holding action.yml, from the repository root: `actions/promote`, or `.` for the root action. */
  actionDir: string;
  /** Inputs by their action.yml name; the stub fills in action.yml's defaults for the rest. */
  inputs: Record<string, string>;
  /** GITHUB_WORKSPACE: the config repository's checkout. */
  workspace: string;
  /** More variables for the .env file (GITHUB_*, the test-only back-off, a header value …). */
  env?: Record<string, string>;
  /** Kills a hung run; not a speed limit. */
  hangGuardMs?: number;
}

/** One `KEY=value` line of a .env file; values are double-quoted so `#` and spaces stay theirs. */
function envLine(key: string, value: string): string {
  if (/[\r\n"\\]/.test(value)) throw new Error(`${key}: a .env value in these tests is one line without quotes`);
  return `${key}="${value}"`;
}

/** The `::set-output name=K::V` lines the stub prints (one line each: these tests' outputs have no line breaks). */
export function setOutputLines(stdout: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of stdout.matchAll(/^::set-output name=([^:]+)::(.*)$/gm)) out[m[1] as string] = m[2] as string;
  return out;
}

export async function runLocalAction(name: string, o: LocalActionOptions): Promise<LocalActionRun> {
  const temp = mkdtempSync(join(tmpdir(), `gitops-promote-local-action-${name}-`));
  const summaryPath = join(temp, 'step_summary');
  writeFileSync(summaryPath, '');
  const dotenv = join(temp, '.env');
  const vars: Record<string, string> = {
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_REPOSITORY: 'octo-org/gitops',
    GITHUB_ACTOR: 'octocat',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_REF_TYPE: 'branch',
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: temp,
    ...o.env,
    ...Object.fromEntries(Object.entries(o.inputs).map(([k, v]) => [inputEnvName(k), v])),
  };
  writeFileSync(dotenv, `${Object.entries(vars).map(([k, v]) => envLine(k, v)).join('\n')}\n`);
  const entry = relative(join(REPO_ROOT, o.actionDir), join(REPO_ROOT, 'src', 'actions', name, 'main.ts'));
  // Node 24 first on PATH: the tool starts `npm exec tsx …`, whose `node` is then the one the actions run on.
  const env = cleanEnv({ PATH: `${dirname(NODE24)}:${process.env.PATH ?? ''}`, FORCE_COLOR: '0', NO_COLOR: '1' });
  try {
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(NODE24, [LOCAL_ACTION_BIN, 'run', o.actionDir, entry, dotenv], {
        cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (b: Buffer) => out.push(b));
      child.stderr.on('data', (b: Buffer) => err.push(b));
      const timer = setTimeout(() => child.kill('SIGKILL'), o.hangGuardMs ?? 50_000);
      child.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
      });
    });
    return { ...r, outputs: setOutputLines(r.stdout), summary: readFileSync(summaryPath, 'utf8') };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** Exit status and both streams, for failure messages. */
export function describeLocalRun(r: LocalActionRun): string {
  return `exit ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
}
