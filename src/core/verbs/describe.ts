// The words every rendering shares (action.yml, --help, docs): an option's description and default, for one side.
import { flagName, inputName, type OptionDef, type VerbDef } from './definition.js';

export type Side = 'input' | 'flag';

/** {{name}} → `name` (an input) or --name (a flag); the other side's name when the option is only there. */
export function mention(verb: VerbDef, text: string, side: Side): string {
  return text.replace(/\{\{([a-z][a-z-]*)\}\}/g, (whole, name: string) => {
    const o = verb.options.find((x) => x.name === name);
    if (!o) throw new Error(`${verb.verb}: the text ${JSON.stringify(text)} names ${whole}, which is not an option`);
    const input = inputName(o);
    const flag = flagName(o);
    if (side === 'input') return input ? `\`${input}\`` : `--${flag}`;
    return flag ? `--${flag}` : `\`${input}\``;
  });
}

export function descriptionOf(verb: VerbDef, o: OptionDef, side: Side): string {
  const own = side === 'input' ? o.inputDescription : o.flagDescription;
  return mention(verb, own ?? o.description, side);
}

/** The default in words, e.g. "delivery.mode in the config, else push"; undefined when there is none. */
export function defaultOf(verb: VerbDef, o: OptionDef, side: Side): string | undefined {
  if (o.defaultText !== undefined) return mention(verb, o.defaultText, side);
  if (o.configKey !== undefined) {
    return `${o.configKey} in the config${o.default !== undefined ? `, else ${o.default}` : ''}`;
  }
  return o.default;
}

/** What the option takes: its choices, or its range. */
export function valuesOf(o: OptionDef): string | undefined {
  if (o.choices) return o.choices.join(', ');
  if (o.range) return `${o.range[0]} to ${o.range[1]}`;
  return undefined;
}
