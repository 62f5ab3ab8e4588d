// Runs a built bundle the way its host does. runAction: `dist/<name>/index.js` as the GitHub runner runs a
// node24 action — a Node 24 process with INPUT_* (defaults from action.yml filled in, like the runner), the
// GITHUB_* / RUNNER_* variables, and GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and GITHUB_EVENT_PATH files — then reads
// back the exit code, outputs, summary and workflow-command annotations. runCliBundle: `dist/cli/index.js`
// asynchronously (tests that serve git over HTTP from this process must not block its event loop).
// Runs report no duration on purpose: tests never assert wall time (timing lives in bench/).
// The environment is built from scratch on top of gitEnv(): the developer's git config, identity and any
// GITHUB_*/INPUT_* of a CI job running these tests never leak into the process under test.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CLI_BUNDLE, NODE24, REPO_ROOT } from './cli.js';
import { gitEnv } from './git-repo.js';

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  /** Every property of the command (file, line, col, endLine, title, …), unescaped. */
  properties: Record<string, string>;
}

export interface BundleRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface ActionRun extends BundleRun {
  /** Parsed GITHUB_OUTPUT (both `name=value` and `name<<DELIM` forms). */
  outputs: Record<string, string>;
  /** The raw bytes the action wrote to GITHUB_OUTPUT. */
  outputFile: string;
  /** What the action appended to GITHUB_STEP_SUMMARY. */
  summary: string;
  /** ::error / ::warning / ::notice workflow commands from stdout, in order. */
  annotations: Annotation[];
  /** Values registered with ::add-mask:: (the runner hides these; the lines never reach the log). */
  masks: string[];
  /** stdout without the ::add-mask:: lines, i.e. what the runner would show (before masking). */
  log: string;
  /** The environment the action ran with (for debugging a failed test). */
  env: Record<string, string>;
}

export interface ActionRunOptions {
  /** Inputs by their action.yml name (e.g. 'dry-run'); undefined or absent: not given (the default applies). */
  inputs: Record<string, string | undefined>;
  /** GITHUB_WORKSPACE, also the working directory. */
  workspace: string;
  /** owner/repo. */
  repository?: string;
  actor?: string;
  actorId?: string;
  runId?: string;
  runAttempt?: string;
  serverUrl?: string;
  apiUrl?: string;
  /** GITHUB_REF_NAME; with refType 'branch' the default branch the action promotes on. */
  refName?: string;
  refType?: 'branch' | 'tag';
  /** ${{ github.token }}: what an input whose default is that expression receives. */
  githubToken?: string;
  eventName?: string;
  /** The webhook payload written to GITHUB_EVENT_PATH (default: a workflow_dispatch payload with the inputs). */
  event?: Record<string, unknown>;
  /** Extra variables, layered last; undefined removes one. */
  env?: Record<string, string | undefined>;
  timeoutMs?: number;
}

interface ActionYml {
  inputs?: Record<string, { required?: boolean; default?: unknown }>;
  outputs?: Record<string, unknown>;
  runs?: { using?: string; main?: string };
}

/** The action's metadata, actions/<name>/action.yml. */
export function actionMetadata(name: string): ActionYml {
  return parse(readFileSync(join(REPO_ROOT, 'actions', name, 'action.yml'), 'utf8')) as ActionYml;
}

/** INPUT_<NAME> exactly as @actions/core's getInput looks it up: spaces become _, upper-cased, hyphens kept. */
export const inputEnvName = (name: string): string => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

// Variables of the host that must not reach the process under test: a CI job's own runner context, inputs and
// outputs, and jest's NODE_OPTIONS (--experimental-vm-modules).
const HOST_ONLY = /^(GITHUB_|INPUT_|RUNNER_|ACTIONS_|STATE_|NODE_OPTIONS$|FORCE_COLOR$|GITOPS_PROMOTE_)/;

/** gitEnv() minus the host's runner variables and minus a commit identity (the runner has none). */
export function cleanEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const base = gitEnv({ GIT_AUTHOR_NAME: undefined, GIT_AUTHOR_EMAIL: undefined, GIT_COMMITTER_NAME: undefined, GIT_COMMITTER_EMAIL: undefined });
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(base)) if (v !== undefined && !HOST_ONLY.test(k)) env[k] = v;
  env.NO_COLOR = '1';
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/** Spawns Node 24 on `bundle` (never blocking this process's event loop). */
export function runBundle(bundle: string, args: readonly string[], cwd: string, env: Record<string, string>, timeoutMs = 45_000): Promise<BundleRun> {
  if (!existsSync(NODE24)) throw new Error(`the Node 24 binary is missing: ${NODE24}`);
  if (!existsSync(bundle)) throw new Error(`the bundle is missing (run \`npm run build\`): ${bundle}`);
  return new Promise((resolve, reject) => {
    const child = spawn(NODE24, [bundle, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const [stdout, stderr] = [out, err].map((b) => Buffer.concat(b).toString('utf8')) as [string, string];
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** GITHUB_OUTPUT's file-command format: `name=value` lines and `name<<DELIM` … `DELIM` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      let j = i + 1;
      for (; j < lines.length && lines[j] !== delim; j++) value.push(lines[j] as string);
      if (j >= lines.length) throw new Error(`GITHUB_OUTPUT: no closing ${delim} for ${name}`);
      out[name] = value.join('\n');
      i = j;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`GITHUB_OUTPUT: cannot parse line ${JSON.stringify(line)}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

const unescapeData = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string): string => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');

/** `::error file=a.yaml,line=3::message` lines (workflow commands) of a log. */
export function parseAnnotations(stdout: string): Annotation[] {
  const found: Annotation[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const p of (m[2] ?? '').split(',')) {
      const eq = p.indexOf('=');
      if (eq > 0) properties[p.slice(0, eq)] = unescapeProperty(p.slice(eq + 1));
    }
    const a: Annotation = { level: m[1] as Annotation['level'], message: unescapeData(m[3] ?? ''), properties };
    if (properties.file !== undefined) a.file = properties.file;
    if (properties.line !== undefined) a.line = Number(properties.line);
    found.push(a);
  }
  return found;
}

let runSeq = 0;

/** Runs dist/<name>/index.js as a node24 action step. */
export async function runAction(name: string, o: ActionRunOptions): Promise<ActionRun> {
  const meta = actionMetadata(name);
  if (meta.runs?.using !== 'node24') throw new Error(`actions/${name}/action.yml runs.using is ${String(meta.runs?.using)}; expected node24`);
  const bundle = join(REPO_ROOT, 'actions', name, meta.runs.main ?? '');
  const declared = meta.inputs ?? {};
  for (const k of Object.keys(o.inputs)) if (!(k in declared)) throw new Error(`input ${JSON.stringify(k)} is not declared in actions/${name}/action.yml`);

  const temp = mkdtempSync(join(tmpdir(), `gitops-promote-runner-${++runSeq}-`));
  const runnerTemp = join(temp, 'runner-temp');
  mkdirSync(runnerTemp);
  const outputPath = join(temp, 'github_output');
  const summaryPath = join(temp, 'step_summary');
  const eventPath = join(temp, 'event.json');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');

  const token = o.githubToken ?? '';
  const inputs: Record<string, string> = {};
  // The runner passes every input with a default (evaluated), then what the workflow gave.
  for (const [k, spec] of Object.entries(declared)) {
    if (spec.default === undefined || spec.default === null) continue;
    inputs[k] = String(spec.default).replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
  }
  for (const [k, v] of Object.entries(o.inputs)) if (v !== undefined) inputs[k] = v;

  const repository = o.repository ?? 'octo-org/gitops';
  const eventName = o.eventName ?? 'workflow_dispatch';
  const event = o.event ?? {
    inputs: Object.fromEntries(Object.entries(o.inputs).filter(([k, v]) => v !== undefined && k !== 'token')),
    ref: `refs/heads/${o.refName ?? 'main'}`,
    repository: { full_name: repository, name: repository.split('/')[1], owner: { login: repository.split('/')[0] } },
    sender: { login: o.actor ?? 'octocat', id: Number(o.actorId ?? '583231'), type: 'User' },
    workflow: '.github/workflows/promote.yml',
  };
  writeFileSync(eventPath, JSON.stringify(event, null, 2));

  const env = cleanEnv({
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0],
    GITHUB_ACTOR: o.actor ?? 'octocat',
    GITHUB_ACTOR_ID: o.actorId ?? '583231',
    GITHUB_TRIGGERING_ACTOR: o.actor ?? 'octocat',
    GITHUB_RUN_ID: o.runId ?? '9876543210',
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: o.runAttempt ?? '1',
    GITHUB_JOB: 'promote',
    GITHUB_WORKFLOW: 'promote',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SERVER_URL: o.serverUrl ?? 'https://github.com',
    GITHUB_API_URL: o.apiUrl ?? 'https://api.github.com',
    GITHUB_GRAPHQL_URL: `${o.apiUrl ?? 'https://api.github.com'}/graphql`,
    GITHUB_REF: o.refType === 'tag' ? `refs/tags/${o.refName ?? 'main'}` : `refs/heads/${o.refName ?? 'main'}`,
    GITHUB_REF_NAME: o.refName ?? 'main',
    GITHUB_REF_TYPE: o.refType ?? 'branch',
    GITHUB_SHA: '0000000000000000000000000000000000000000',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_ENV: join(temp, 'github_env'),
    GITHUB_PATH: join(temp, 'github_path'),
    GITHUB_STATE: join(temp, 'github_state'),
    GITHUB_ACTION: `__${name}`,
    GITHUB_ACTION_PATH: join(REPO_ROOT, 'actions', name),
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_DEBUG: undefined,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [inputEnvName(k), v])),
    ...o.env,
  });
  for (const f of ['github_env', 'github_path', 'github_state']) writeFileSync(join(temp, f), '');

  try {
    const r = await runBundle(bundle, [], o.workspace, env, o.timeoutMs);
    const outputFile = readFileSync(outputPath, 'utf8');
    const masks: string[] = [];
    const log: string[] = [];
    for (const line of r.stdout.split('\n')) {
      const m = /^::add-mask::(.*)$/.exec(line);
      if (m) masks.push(unescapeData(m[1] ?? ''));
      else log.push(line);
    }
    return {
      ...r,
      outputs: parseOutputFile(outputFile),
      outputFile,
      summary: readFileSync(summaryPath, 'utf8'),
      annotations: parseAnnotations(r.stdout),
      masks,
      log: log.join('\n'),
      env,
    };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** Exit status and both streams, for failure messages. */
export function describeRun(r: ActionRun | BundleRun): string {
  return `exit ${r.code}${r.signal ? ` (${r.signal})` : ''}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
}

export interface CliRun extends BundleRun {
  out: string[];
  err: string[];
}

/** `node dist/cli/index.js ...args` in `cwd`, asynchronously, with a clean environment plus `env`. */
export async function runCliBundle(args: readonly string[], cwd: string, env: Record<string, string | undefined> = {}, timeoutMs?: number): Promise<CliRun> {
  const r = await runBundle(CLI_BUNDLE, args, cwd, cleanEnv({ GIT_TERMINAL_PROMPT: '0', ...env }), timeoutMs);
  const lines = (s: string): string[] => (s === '' ? [] : s.replace(/\n$/, '').split('\n'));
  return { ...r, out: lines(r.stdout), err: lines(r.stderr) };
}

/** Fails with the whole log when the exit code is not `code`. */
export function expectCode<R extends ActionRun | BundleRun>(r: R, code: number): R {
  if (r.code !== code) throw new Error(`expected exit ${code}, got ${describeRun(r)}`);
  return r;
}
