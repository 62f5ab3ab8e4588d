// One definition per verb, pure data: the action's inputs (action.yml), the CLI's flags and --help, and the docs'
// reference tables are all generated from it, so they cannot disagree. An entry that differs between the action
// and the CLI on purpose says so (only, inputName/flagName, inputDescription/flagDescription) and says why.

export type OptionType = 'string' | 'boolean' | 'int' | 'list';

export interface OptionDef {
  /** The action input's name and the CLI flag's name (without --), unless inputName / flagName say otherwise. */
  name: string;
  /**
   * string: one value; boolean: true or false (a flag without a value on the CLI); int: a whole number in range;
   * list: several values (an input's lines, a repeated flag).
   */
  type: OptionType;
  /** What follows the flag in usage lines, e.g. ENV. */
  arg?: string;
  /** One or two sentences. `{{name}}` names another option of the verb: `name` in action.yml, --name in --help. */
  description: string;
  required?: boolean;
  choices?: readonly string[];
  /** Inclusive bounds of an int. */
  range?: readonly [number, number];
  /** The value used when the option is not given (and configKey, if any, is not set either). */
  default?: string;
  /** The config key whose value applies when the option is not given (input > config > default). */
  configKey?: string;
  /** A default that is not a value, e.g. "the environment before {{to}}". */
  defaultText?: string;
  /** Only an action input or only a CLI flag; `why` says why. */
  only?: 'input' | 'flag';
  /** The input's name when it differs from the flag's on purpose (`why`). */
  inputName?: string;
  /** The flag's name when it differs from the input's on purpose (`why`). */
  flagName?: string;
  /** The input's description when it differs on purpose (`why`). */
  inputDescription?: string;
  /** The flag's description when it differs on purpose (`why`). */
  flagDescription?: string;
  /** The action.yml default when it is an expression the runner fills in (e.g. ${{ github.token }}). */
  inputDefault?: string;
  /** Why this entry differs between the action and the CLI; required whenever it does. */
  why?: string;
}

export interface EnvVarDef {
  name: string;
  description: string;
}

export interface VerbDef {
  /** The CLI verb. */
  verb: string;
  /** One line for the verb list and the top of --help. */
  summary: string;
  /** More about it in --help (where the config comes from, what is read). */
  details?: readonly string[];
  /** Positional arguments, e.g. FILE... for edit. */
  positionals?: { arg: string; description: string };
  /** A usage line when the generated one cannot say it (mutually exclusive options). */
  synopsis?: string;
  options: readonly OptionDef[];
  /** Environment variables the CLI verb reads. */
  env: readonly EnvVarDef[];
  /** Command lines that work, for --help and the docs. */
  examples: readonly string[];
}

export interface OutputDef {
  name: string;
  description: string;
}

export interface ActionDef {
  /** actions/<dir>/action.yml, dist/<dir>/index.js. */
  dir: string;
  name: string;
  description: string;
  branding: { icon: string; color: string };
  /** Its inputs are these verbs' options that are inputs, in order, each name once. */
  verbs: readonly VerbDef[];
  outputs: readonly OutputDef[];
}

export const inputName = (o: OptionDef): string | undefined => (o.only === 'flag' ? undefined : o.inputName ?? o.name);
export const flagName = (o: OptionDef): string | undefined => (o.only === 'input' ? undefined : o.flagName ?? o.name);

/** The options of a verb that are action inputs / CLI flags. */
export const inputsOf = (v: VerbDef): OptionDef[] => v.options.filter((o) => inputName(o) !== undefined);
export const flagsOf = (v: VerbDef): OptionDef[] => v.options.filter((o) => flagName(o) !== undefined);

/** The option of a verb by its definition name (tests and resolvers ask for one that must exist). */
export function optionOf(v: VerbDef, name: string): OptionDef {
  const o = v.options.find((x) => x.name === name);
  if (!o) throw new Error(`verb ${v.verb} has no option ${name}`);
  return o;
}
