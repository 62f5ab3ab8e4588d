// The gitops-promote command: one verb per action, the same rules, exit codes 0 ok, 1 refused/failed, 2 bad input.
import { UserError } from '../core/errors.js';
import { CONFIG_SCHEMA } from '../core/config/config-schema.js';
import { USAGE as VERB_USAGE } from './usage.js';
import type { Output } from './output.js';
import { packageVersion } from './version.js';

const VERBS: Record<string, { usage: string; run: (argv: string[], out: Output) => number | Promise<number> }> = {
  // Each verb's code loads only when it runs: `edit` stays as quick to start as it can be.
  edit: { usage: VERB_USAGE.edit, run: async (a, o) => (await import('./edit-command.js')).runEdit(a, o) },
  promote: { usage: VERB_USAGE.promote, run: async (a, o) => (await import('./promote-command.js')).runPromoteCommand(a, o) },
  history: { usage: VERB_USAGE.history, run: async (a, o) => (await import('./history-command.js')).runHistoryCommand(a, o) },
  rollback: { usage: VERB_USAGE.rollback, run: async (a, o) => (await import('./rollback-command.js')).runRollbackCommand(a, o) },
  parity: { usage: VERB_USAGE.parity, run: async (a, o) => (await import('./parity-command.js')).runParityCommand(a, o) },
  drift: { usage: VERB_USAGE.drift, run: async (a, o) => (await import('./parity-command.js')).runDriftCommand(a, o) },
  'wait-healthy': { usage: VERB_USAGE['wait-healthy'], run: async (a, o) => (await import('./wait-healthy-command.js')).runWaitHealthyCommand(a, o) },
  'merge-reports': { usage: VERB_USAGE['merge-reports'], run: async (a, o) => (await import('./merge-reports-command.js')).runMergeReportsCommand(a, o) },
  status: { usage: VERB_USAGE.status, run: async (a, o) => (await import('./status-command.js')).runStatusCommand(a, o) },
  schema: {
    usage: VERB_USAGE.schema,
    run: (_argv, out) => {
      out.stdout(JSON.stringify(CONFIG_SCHEMA, null, 2));
      return 0;
    },
  },
};

const USAGE = ['usage: gitops-promote VERB [options]', '       gitops-promote --version', '', 'verbs:', ...Object.values(VERBS).map((v) => `  ${v.usage.replace(/^usage: gitops-promote /, '')}`)].join('\n');

export async function main(argv: string[], out: Output): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === '--help' || verb === '-h' || verb === 'help') {
    out.stdout(USAGE);
    return verb === undefined ? 2 : 0;
  }
  // Only as the first argument: `promote --version V` keeps its meaning.
  if (verb === '--version') {
    out.stdout(packageVersion());
    return 0;
  }
  const cmd = VERBS[verb];
  if (!cmd) {
    out.stderr(`error: unknown verb ${JSON.stringify(verb)}; expected one of: ${Object.keys(VERBS).join(', ')}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    out.stdout(cmd.usage);
    return 0;
  }
  try {
    return await cmd.run(rest, out);
  } catch (e) {
    if (e instanceof UserError) {
      out.stderr(`error: ${e.format()}`);
      return 2;
    }
    const code = (e as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      out.stderr(`error: ${(e as Error).message.split('\n')[0]}; ${cmd.usage}`);
      return 2;
    }
    out.stderr(`error: ${(e as Error).message ?? String(e)}`);
    return 1;
  }
}
