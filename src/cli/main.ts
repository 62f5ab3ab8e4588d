// The gitops-promote command: one verb per action, the same rules, exit codes 0 ok, 1 refused/failed, 2 bad input.
import { UserError } from '../core/errors.js';
import { CONFIG_SCHEMA } from '../core/config/config-schema.js';
import { EDIT_USAGE, runEdit } from './edit-command.js';
import { HISTORY_USAGE, runHistoryCommand } from './history-command.js';
import { PROMOTE_USAGE, runPromoteCommand } from './promote-command.js';
import { STATUS_USAGE, runStatusCommand } from './status-command.js';
import type { Output } from './output.js';

const VERBS: Record<string, { usage: string; run: (argv: string[], out: Output) => number | Promise<number> }> = {
  edit: { usage: EDIT_USAGE, run: runEdit },
  promote: { usage: PROMOTE_USAGE, run: runPromoteCommand },
  history: { usage: HISTORY_USAGE, run: runHistoryCommand },
  status: { usage: STATUS_USAGE, run: runStatusCommand },
  schema: {
    usage: 'usage: gitops-promote schema   (prints the JSON Schema of gitops-promote.yaml)',
    run: (_argv, out) => {
      out.stdout(JSON.stringify(CONFIG_SCHEMA, null, 2));
      return 0;
    },
  },
};

const USAGE = ['usage: gitops-promote VERB [options]', '', 'verbs:', ...Object.values(VERBS).map((v) => `  ${v.usage.replace(/^usage: gitops-promote /, '')}`)].join('\n');

export async function main(argv: string[], out: Output): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === '--help' || verb === '-h' || verb === 'help') {
    out.stdout(USAGE);
    return verb === undefined ? 2 : 0;
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
