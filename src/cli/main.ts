// The gitops-promote command: one verb per action, the same rules, exit codes 0 ok, 1 refused/failed, 2 bad input.
import { UserError } from '../core/errors.js';
import { EDIT_USAGE, runEdit } from './edit-command.js';
import type { Output } from './output.js';

const VERBS: Record<string, { usage: string; run: (argv: string[], out: Output) => number | Promise<number> }> = {
  edit: { usage: EDIT_USAGE, run: runEdit },
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
