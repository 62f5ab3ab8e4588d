// The gitops-promote command: one verb per action and a few of its own, every flag, --help text and exit code
// generated from the verbs' definitions (src/core/verbs). Exit codes: 0 done, 1 refused / violation / unhealthy,
// 2 bad input, 3 could not decide.
import { UserError } from '../core/errors.js';
import { CONFIG_SCHEMA } from '../core/config/config-schema.js';
import { VERBS } from '../core/verbs/index.js';
import { exitCodeLines, renderHelp, usageLine, wrap } from '../core/verbs/render-help.js';
import type { Output } from './output.js';
import { packageVersion } from './version.js';

type Run = (argv: string[], out: Output) => number | Promise<number>;

// Each verb's code loads only when it runs: `edit` stays as quick to start as it can be.
const RUN: Record<string, Run> = {
  edit: async (a, o) => (await import('./edit-command.js')).runEdit(a, o),
  promote: async (a, o) => (await import('./promote-command.js')).runPromoteCommand(a, o),
  history: async (a, o) => (await import('./history-command.js')).runHistoryCommand(a, o),
  rollback: async (a, o) => (await import('./rollback-command.js')).runRollbackCommand(a, o),
  parity: async (a, o) => (await import('./parity-command.js')).runParityCommand(a, o),
  drift: async (a, o) => (await import('./parity-command.js')).runDriftCommand(a, o),
  'merge-reports': async (a, o) => (await import('./merge-reports-command.js')).runMergeReportsCommand(a, o),
  'wait-healthy': async (a, o) => (await import('./wait-healthy-command.js')).runWaitHealthyCommand(a, o),
  status: async (a, o) => (await import('./status-command.js')).runStatusCommand(a, o),
  schema: (_a, out) => {
    out.stdout(JSON.stringify(CONFIG_SCHEMA, null, 2));
    return 0;
  },
};

function usage(): string {
  const width = Math.max(...VERBS.map((v) => v.verb.length)) + 4;
  const verbs = VERBS.flatMap((v) => wrap(v.summary, 100, ' '.repeat(width), `  ${v.verb}`.padEnd(width)));
  return [
    'usage: gitops-promote VERB [options]', '       gitops-promote --version', '',
    'verbs:', ...verbs, '',
    'gitops-promote VERB --help: its options, defaults, environment variables and an example.', '',
    'exit codes:', ...exitCodeLines(),
  ].join('\n');
}

async function runVerb(verb: string, run: Run, rest: string[], out: Output): Promise<number> {
  try {
    return await run(rest, out);
  } catch (e) {
    if (e instanceof UserError) {
      out.stderr(`error: ${e.format()}`);
      return 2;
    }
    const code = (e as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      const def = VERBS.find((v) => v.verb === verb);
      out.stderr(`error: ${(e as Error).message.split('\n')[0]}; ${def ? usageLine(def) : ''}`);
      return 2;
    }
    out.stderr(`error: ${(e as Error).message ?? String(e)}`);
    return 1;
  }
}

export async function main(argv: string[], out: Output): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === '--help' || verb === '-h' || verb === 'help') {
    out.stdout(usage());
    return verb === undefined ? 2 : 0;
  }
  // Only as the first argument: `promote --version V` keeps its meaning.
  if (verb === '--version') {
    out.stdout(packageVersion());
    return 0;
  }
  const def = VERBS.find((v) => v.verb === verb);
  const run = RUN[verb];
  if (!def || !run) {
    out.stderr(`error: unknown verb ${JSON.stringify(verb)}; expected one of: ${VERBS.map((v) => v.verb).join(', ')}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    out.stdout(renderHelp(def));
    return 0;
  }
  return runVerb(verb, run, rest, out);
}
