// The action's inputs (the committed action.yml files) against the CLI's flags (the options the CLI hands to
// parseArgs and its --help): same names, descriptions and defaults, except where the verb's definition says they
// differ on purpose and why. Also: the committed action.yml files and docs tables are what the build generates.
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { cliOptions } from '../../src/cli/flag-source.js';
import { main } from '../../src/cli/main.js';
import { flagName, inputName, type OptionDef, type VerbDef } from '../../src/core/verbs/definition.js';
import { ACTIONS, VERBS } from '../../src/core/verbs/index.js';
import { actionInputs, renderActionYml } from '../../src/core/verbs/render-action.js';
import { fillGenerated } from '../../src/core/verbs/render-docs.js';
import { renderHelp } from '../../src/core/verbs/render-help.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
interface Yml { inputs: Record<string, { description: string; required: boolean; default?: string }> }
const actionYml = (dir: string): Yml => parse(readFileSync(join(root, 'actions', dir, 'action.yml'), 'utf8')) as Yml;

/** An input's description split into its words and its default ("Default: X." in the text, or `default:`). */
function inputSays(i: Yml['inputs'][string]): { text: string; dflt?: string } {
  const m = /^(.*?)(?: From \d+ to \d+\.)?(?: One per line\.)?(?: Default: (.*)\.)?$/s.exec(i.description.replace(/\s+/g, ' '));
  return { text: (m?.[1] ?? '').trim(), dflt: i.default ?? m?.[2] };
}

/** What `VERB --help` says about a flag: its text without the generated parts, and its default. */
function helpSays(help: string, flag: string): { text: string; dflt?: string } | undefined {
  const lines = help.split('\n');
  const at = lines.findIndex((l) => new RegExp(`^  --${flag}( |$)`).test(l));
  if (at < 0) return undefined;
  const more = lines.slice(at + 1).findIndex((l) => !/^ {28}\S/.test(l));
  const body = lines.slice(at, at + 1 + (more < 0 ? lines.length : more)).join(' ').replace(/^ {2}--\S+( [^ ]+)? +/, '');
  const text = body.replace(/\s+/g, ' ').replace(/^\(required\) /, '').replace(/ Repeatable\.$/, '');
  const m = /^(.*?)(?: One of: [^.]*\.)?(?: From \d+ to \d+\.)?(?: Default: (.*)\.)?$/s.exec(text);
  return { text: (m?.[1] ?? '').trim(), dflt: m?.[2] };
}

/** `to` and --to both read as "to": how the two sides name other options. */
const plain = (s: string | undefined): string | undefined => s?.replace(/`([a-z-]+)`/g, '$1').replace(/--([a-z-]+)/g, '$1');
const differs = (o: OptionDef): boolean =>
  !!(o.only || o.inputName || o.flagName || o.inputDescription || o.flagDescription || o.inputDefault);

describe('verb definitions: action inputs and CLI flags agree', () => {
  const pairs = ACTIONS.flatMap((a) => a.verbs.map((v) => [a.dir, v.verb, a, v] as const));

  it.each(pairs)('%s / %s: every input is a flag of the same name, description and default, or says why not', (_d, _v, a, v) => {
    const yml = actionYml(a.dir);
    const flags = cliOptions(v);
    const help = renderHelp(v);
    for (const o of v.options) {
      const input = inputName(o);
      const flag = flagName(o);
      if (differs(o)) expect(o.why?.trim()).toBeTruthy();
      if (input !== undefined) expect(Object.keys(yml.inputs)).toContain(input);
      if (flag !== undefined) expect(Object.keys(flags)).toContain(flag);
      if (input === undefined || flag === undefined) continue;
      const inputSide = inputSays(yml.inputs[input] as Yml['inputs'][string]);
      const flagSide = helpSays(help, flag);
      expect(flagSide).toBeDefined();
      if (!o.inputDescription && !o.flagDescription) {
        expect({ option: o.name, text: plain(flagSide?.text) }).toEqual({ option: o.name, text: plain(inputSide.text) });
      }
      const dflt = o.type === 'boolean' ? (flagSide?.dflt ?? 'false') : flagSide?.dflt;
      if (!o.inputDefault) expect({ option: o.name, dflt: plain(dflt) }).toEqual({ option: o.name, dflt: plain(inputSide.dflt) });
      expect(yml.inputs[input]?.required).toBe(o.required === true);
    }
  });

  it.each(ACTIONS.map((a) => [a.dir, a] as const))('%s: action.yml has exactly the inputs its verbs define', (_d, a) => {
    expect(Object.keys(actionYml(a.dir).inputs)).toEqual(actionInputs(a).map((i) => i.name));
  });

  it('every flag the CLI parses is in its verb definition, and nothing else', () => {
    for (const v of VERBS) {
      const defined = v.options.map(flagName).filter((f): f is string => f !== undefined).sort();
      expect({ verb: v.verb, flags: Object.keys(cliOptions(v)).sort() }).toEqual({ verb: v.verb, flags: defined });
    }
  });

  it('an input only, a flag only or a different word always says why; the same on both sides says nothing', () => {
    const all = VERBS.flatMap((v) => v.options.map((o) => ({ verb: v.verb, o })));
    const unexplained = all.filter(({ o }) => differs(o) && !o.why?.trim()).map(({ verb, o }) => `${verb} ${o.name}`);
    expect(unexplained).toEqual([]);
    // The exceptions the issue names, as the definitions state them.
    const only = (verb: VerbDef, name: string): OptionDef['only'] => verb.options.find((o) => o.name === name)?.only;
    const [promote] = ACTIONS.map((a) => a.verbs[0] as VerbDef);
    expect([only(promote as VerbDef, 'token'), only(promote as VerbDef, 'json'), only(promote as VerbDef, 'repo')])
      .toEqual(['input', 'flag', 'flag']);
  });
});

describe('generated files are what the definitions generate', () => {
  it.each(ACTIONS.map((a) => [a.dir, a] as const))('actions/%s/action.yml', (dir, a) => {
    expect(readFileSync(join(root, 'actions', dir, 'action.yml'), 'utf8')).toBe(renderActionYml(a, `../../dist/${dir}/index.js`));
  });

  it('the root action.yml is promote', () => {
    const promote = ACTIONS.find((a) => a.dir === 'promote');
    expect(readFileSync(join(root, 'action.yml'), 'utf8')).toBe(renderActionYml(promote as (typeof ACTIONS)[number], 'dist/promote/index.js'));
  });

  it('the docs tables (README.md, docs/*.md) are filled in and current', () => {
    const files = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
    const withBlocks = files.filter((f) => readFileSync(join(root, f), 'utf8').includes('<!-- generated:'));
    expect(withBlocks).toEqual(expect.arrayContaining(['README.md', 'docs/cli.md', 'docs/promote.md', 'docs/wait-healthy.md']));
    for (const f of withBlocks) {
      const text = readFileSync(join(root, f), 'utf8');
      expect({ file: f, current: fillGenerated(text, f) === text }).toEqual({ file: f, current: true });
    }
  });

  it('docs/cli.md has a reference for every verb', () => {
    const cli = readFileSync(join(root, 'docs/cli.md'), 'utf8');
    for (const v of VERBS) expect(cli).toContain(`<!-- generated:reference ${v.verb} -->\n\`gitops-promote ${v.verb}`);
  });
});

describe('--help of every verb', () => {
  async function help(verb: string): Promise<string> {
    const out: string[] = [];
    const code = await main([verb, '--help'], { stdout: (l) => out.push(l), stderr: (l) => out.push(l) });
    expect(code).toBe(0);
    return out.join('\n');
  }

  it.each(VERBS.map((v) => [v.verb, v] as const))('%s: options, defaults, exit codes, environment, an example', async (verb, v) => {
    const text = await help(verb);
    expect(text.split('\n')[0]).toMatch(new RegExp(`^usage: gitops-promote ${verb}\\b`));
    for (const o of v.options) if (flagName(o)) expect(text).toMatch(new RegExp(`\\n  --${flagName(o)}\\b`));
    expect(text).toMatch(/\nexit codes:\n {2}0 {4}done[^]*\n {2}1 {4}refused[^]*\n {2}2 {4}bad input[^]*\n {2}3 {4}could not decide/);
    for (const e of v.env) expect(text).toContain(`\n  ${e.name}`);
    expect(text).toContain(`\n  ${v.examples[0]}`);
  });

  it('states the defaults the code applies, from one place (max-attempts 10, wait-healthy timing)', async () => {
    expect(await help('promote')).toMatch(/--max-attempts N +How many times[^]*Default: delivery\.maxAttempts in the config, else\s+10\./);
    expect(await help('rollback')).toMatch(/--max-attempts N +How many times[^]*Default: delivery\.maxAttempts in the config, else\s+10\./);
    const wh = await help('wait-healthy');
    expect(wh).toMatch(/--interval DURATION +Time between samples[^]*Default: health\.<env>\.interval\s+in the config, else 10s\./);
    expect(wh).toMatch(/--timeout DURATION +Overall deadline\. Default: health\.<env>\.timeout in the config, else 10m\./);
  });

  it('says where the config comes from (the commit read) for every verb that reads one', async () => {
    for (const verb of ['promote', 'rollback', 'status', 'history', 'parity', 'drift', 'wait-healthy']) {
      expect(await help(verb)).toMatch(/--config PATH +Path of the config file from the repository root, read from the commit\s+being read/);
    }
  });
});
