// The docs' reference tables, generated between marker comments in docs/*.md:
//   <!-- generated:reference VERB --> … <!-- /generated -->   inputs and flags, environment, examples
//   <!-- generated:outputs ACTION --> … <!-- /generated -->   an action's outputs
//   <!-- generated:exit-codes --> … <!-- /generated -->        the one exit-code table
import { flagName, inputName, type OptionDef, type VerbDef } from './definition.js';
import { defaultOf, descriptionOf, valuesOf } from './describe.js';
import { EXIT_CODES } from './exit-codes.js';
import { ACTIONS, verbDef } from './index.js';
import { usageLine } from './render-help.js';
import { yamlDefault } from './render-action.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (s: string): string => `\`${s}\``;

function why(o: OptionDef): string {
  if (!o.why) return '';
  const what = o.only === 'input' ? 'Action only' : o.only === 'flag' ? 'CLI only' : 'Differs on purpose';
  return ` *${what}: ${o.why}.*`;
}

function optionRow(v: VerbDef, o: OptionDef, withInputs: boolean): string {
  const input = inputName(o);
  const flag = flagName(o);
  const side = input !== undefined && withInputs ? 'input' : 'flag';
  const values = o.choices ? ` One of: ${valuesOf(o)}.` : o.range ? ` From ${valuesOf(o)}.` : '';
  const literal = side === 'input' && yamlDefault(o) !== undefined ? yamlDefault(o)
    : o.defaultText === undefined && o.configKey === undefined ? o.default : undefined;
  const dflt = literal !== undefined ? code(literal) : defaultOf(v, o, side);
  const cells = [
    ...(withInputs ? [input ? code(input) : '—'] : []),
    flag ? code(o.type === 'boolean' ? `--${flag}` : `--${flag} ${o.arg ?? 'VALUE'}`) : '—',
    `${o.required ? '**required** ' : ''}${descriptionOf(v, o, side)}${values}${withInputs ? why(o) : ''}`,
    dflt === undefined ? '' : dflt,
  ];
  return `| ${cells.map(cell).join(' | ')} |`;
}

export function referenceTable(v: VerbDef): string[] {
  const withInputs = ACTIONS.some((a) => a.verbs.includes(v));
  const head = withInputs ? ['action input', 'CLI flag', 'description', 'default'] : ['flag', 'description', 'default'];
  const out = [code(usageLine(v).replace(/^usage: /, '')), ''];
  out.push(`| ${head.join(' | ')} |`, `|${head.map(() => ' --- |').join('')}`);
  out.push(...v.options.map((o) => optionRow(v, o, withInputs)));
  if (v.env.length) {
    out.push('', 'Environment variables (CLI):', '');
    out.push(...v.env.map((e) => `- ${code(e.name)}: ${cell(e.description)}`));
  }
  if (v.examples.length) out.push('', '```', ...v.examples, '```');
  return out;
}

export function outputsTable(dir: string): string[] {
  const a = ACTIONS.find((x) => x.dir === dir);
  if (!a) throw new Error(`no action ${dir}`);
  const rows = a.outputs.map((o) => `| ${code(o.name)} | ${cell(o.description)} |`);
  return ['| output | description |', '| --- | --- |', ...rows];
}

export function exitCodeTable(): string[] {
  return ['| exit code | meaning |', '| --- | --- |', ...EXIT_CODES.map((e) => `| ${e.code} | ${cell(e.meaning)} |`)];
}

function block(kind: string, arg: string, file: string): string[] {
  if (kind === 'exit-codes') return exitCodeTable();
  if (kind === 'outputs') return outputsTable(arg);
  const v = kind === 'reference' ? verbDef(arg) : undefined;
  if (!v) throw new Error(`${file}: unknown generated block ${JSON.stringify(`${kind} ${arg}`.trim())}`);
  return referenceTable(v);
}

/** The text with every generated block filled in from the definitions (the markers stay). */
export function fillGenerated(text: string, file: string): string {
  const re = /(<!-- generated:([a-z-]+)(?: ([a-z-]+))? -->\n)[\s\S]*?(<!-- \/generated -->)/g;
  return text.replace(re, (_m, open: string, kind: string, arg: string | undefined, close: string) =>
    `${open}${block(kind, arg ?? '', file).join('\n')}\n${close}`);
}
