// The CLI's flags, parsed with the options the verb's definition lists, as an OptionSource: the verbs' readers
// (src/core/verbs) see them as the action's inputs are seen.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { flagName, flagsOf, type OptionDef, type VerbDef } from '../core/verbs/definition.js';
import type { OptionSource } from '../core/verbs/option-source.js';
import { usageLine } from '../core/verbs/render-help.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs' options for a verb: every flag of its definition, and nothing else. */
export function cliOptions(v: VerbDef): Options {
  const out: Options = {};
  for (const o of flagsOf(v)) {
    const name = flagName(o) as string;
    out[name] = o.type === 'boolean' ? { type: 'boolean' } : { type: 'string', multiple: o.type === 'list' };
  }
  return out;
}

export interface ParsedFlags {
  source: OptionSource;
  positionals: string[];
  /** Whether a flag was given (booleans: set). */
  given: (o: OptionDef) => boolean;
}

export function parseFlags(v: VerbDef, argv: string[]): ParsedFlags {
  const options = cliOptions(v);
  const { values, positionals } = parseArgs({ args: argv, strict: true, allowPositionals: !!v.positionals, options });
  const get = (o: OptionDef): string | boolean | string[] | undefined => {
    const name = flagName(o);
    return name === undefined ? undefined : (values as Record<string, string | boolean | string[] | undefined>)[name];
  };
  const many = (o: OptionDef): string[] => {
    const x = get(o);
    return Array.isArray(x) ? x : typeof x === 'string' ? [x] : [];
  };
  const source: OptionSource = {
    value: (o) => {
      const x = get(o);
      if (x === undefined || x === false) return undefined;
      if (x === true) return 'true';
      // As typed: a terminal passes exactly what was meant (edit --to keeps its spaces to refuse them).
      return Array.isArray(x) ? x.join('\n') : x;
    },
    values: (o) => many(o).filter((s) => s.trim() !== ''),
    label: (o) => `--${flagName(o) ?? o.name}`,
    name: (o) => `--${flagName(o) ?? o.name}`,
    missing: (o) => `${v.verb} needs --${flagName(o) ?? o.name} ${o.arg ?? 'VALUE'}; ${usageLine(v)}`,
  };
  return { source, positionals, given: (o) => get(o) !== undefined && get(o) !== false };
}
