// Where a verb's options come from: the action's inputs or the CLI's flags. Both implement OptionSource, and every
// verb reads its options through the typed readers below, so both say the same about the same bad value.
import { UserError, quote } from '../errors.js';
import { checkName } from '../validate-names.js';
import type { OptionDef } from './definition.js';

export interface OptionSource {
  /** The value given (an input's trimmed); undefined when not given (an empty input is not given). */
  value(o: OptionDef): string | undefined;
  /** Every value given: a repeated flag's, or an input's non-empty lines. */
  values(o: OptionDef): string[];
  /** How a message names the option and its value: input "max-attempts" or --max-attempts. */
  label(o: OptionDef): string;
  /** How a name check names it: to or --to. */
  name(o: OptionDef): string;
  /** The message when a required option is missing. */
  missing(o: OptionDef): string;
}

export function readText(src: OptionSource, o: OptionDef): string | undefined {
  const v = src.value(o);
  return v === undefined || v.trim() === '' ? undefined : v;
}

export function readRequired(src: OptionSource, o: OptionDef): string {
  const v = readText(src, o);
  if (v === undefined) throw new UserError(src.missing(o));
  return v;
}

/** true or false (any case the runner's getBooleanInput takes); not given: the definition's default. */
export function readBool(src: OptionSource, o: OptionDef): boolean {
  const v = readText(src, o);
  if (v === undefined) return o.default === 'true';
  if (/^(true|True|TRUE)$/.test(v)) return true;
  if (/^(false|False|FALSE)$/.test(v)) return false;
  throw new UserError(`${src.label(o)} is ${quote(v)}; expected true or false`);
}

/** A whole number in the definition's range; undefined when not given (the config or the default decides). */
export function readInt(src: OptionSource, o: OptionDef): number | undefined {
  const v = readText(src, o);
  if (v === undefined) return undefined;
  const [min, max] = o.range ?? [0, Number.MAX_SAFE_INTEGER];
  if (!/^[0-9]{1,15}$/.test(v) || Number(v) < min || Number(v) > max) {
    throw new UserError(`${src.label(o)} is ${quote(v)}; expected a whole number from ${min} to ${max}`);
  }
  return Number(v);
}

/** One of the definition's choices; undefined when not given. */
export function readChoice<T extends string>(src: OptionSource, o: OptionDef): T | undefined {
  const v = readText(src, o);
  if (v === undefined) return undefined;
  const choices = o.choices ?? [];
  if (!choices.includes(v)) {
    throw new UserError(`${src.label(o)} is ${quote(v)}; expected one of ${choices.join(', ')}`);
  }
  return v as T;
}

/** A reason recorded in the commit: not given or "false" is off; blank or "true" alone is refused. */
export function readReason(src: OptionSource, o: OptionDef): string | undefined {
  const v = src.value(o);
  if (v === undefined || v === 'false') return undefined;
  if (v.trim() === '' || v === 'true') {
    const flag = src.name(o).startsWith('--');
    const example = `e.g. ${src.name(o)}${flag ? ' ' : ': '}"hotfix for INC-1234"`;
    throw new UserError(`${src.label(o)} is ${quote(v)}; expected the reason itself (it is recorded in the commit), `
      + example);
  }
  return v;
}

/** A name that ends up in refs, paths and trailers (app, environment, region). */
export function readName(src: OptionSource, o: OptionDef): string | undefined {
  const v = readText(src, o);
  return v === undefined ? undefined : checkName(src.name(o), v);
}

/** Names given as a comma- or newline-separated list, or as a repeated flag. */
export function readNames(src: OptionSource, o: OptionDef): string[] {
  const all = src.values(o).flatMap((v) => v.split(/[,\n]/)).map((s) => s.trim()).filter(Boolean);
  return all.map((s) => checkName(src.name(o), s));
}

/** The value given, else the config's, else the default: input > config > default. */
export function settle<T>(given: T | undefined, fromConfig: T | undefined, fallback: T): T {
  return given ?? fromConfig ?? fallback;
}
