// `gitops-promote edit FILE... (--image NAME | --path PATH) [--document N] --to VALUE [--json]` (src/core/verbs).
// Several files are validated first and written only when every one of them can be edited.
import { readFileSync } from 'node:fs';
import { editYamlText, type EditResult, type EditTarget } from '../core/edit.js';
import { UserError, quote } from '../core/errors.js';
import { decodeText } from '../core/yaml-documents.js';
import { writeFilesAtomic } from '../adapters/atomic-file.js';
import { optionOf } from '../core/verbs/definition.js';
import { EDIT } from '../core/verbs/file-verbs.js';
import { usageLine } from '../core/verbs/render-help.js';
import { parseFlags } from './flag-source.js';
import type { Output } from './output.js';

export const EDIT_USAGE = usageLine(EDIT);

function readFile(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file'
      : code === 'EISDIR' ? 'is a directory'
        : code === 'EACCES' ? 'permission denied' : String(code);
    throw new UserError(`cannot read: ${why}; expected a YAML file`, file);
  }
  return decodeText(bytes, file);
}

export async function runEdit(argv: string[], out: Output): Promise<number> {
  const { source, positionals } = parseFlags(EDIT, argv);
  const given = (name: string): string | undefined => source.value(optionOf(EDIT, name));
  const values = { image: given('image'), path: given('path'), document: given('document'), to: given('to') };
  if (!positionals.length) throw new UserError(`edit needs a FILE; ${EDIT_USAGE}`);
  if ((values.image === undefined) === (values.path === undefined)) {
    throw new UserError(`edit needs exactly one of --image NAME or --path PATH; ${EDIT_USAGE}`);
  }
  if (values.to === undefined) throw new UserError(source.missing(optionOf(EDIT, 'to')));
  let document: number | undefined;
  if (values.document !== undefined) {
    if (!/^[0-9]{1,6}$/.test(values.document)) {
      throw new UserError(`--document ${quote(values.document)} is not a document index; `
        + 'expected a 0-based number such as 0');
    }
    document = Number(values.document);
  }
  const target: EditTarget = values.image !== undefined
    ? { kind: 'image', name: values.image }
    : { kind: 'path', path: values.path as string };
  const results: { file: string; result: EditResult }[] = [];
  for (const file of positionals) {
    const text = readFile(file);
    results.push({ file, result: editYamlText(text, { target, value: values.to, document }, file) });
  }
  await writeFilesAtomic(results
    .filter((r) => r.result.changed)
    .map(({ file, result }) => ({ file, text: result.text })));
  if (source.value(optionOf(EDIT, 'json')) === 'true') {
    out.stdout(JSON.stringify(results.map(({ file, result: r }) => ({
      file, changed: r.changed, changes: r.changes, anchor: r.anchor ?? null, sharedByAliases: r.sharedByAliases,
    }))));
    return 0;
  }
  for (const { file, result: r } of results) {
    if (!r.changed) {
      out.stdout(`${file}: unchanged (already ${values.to})`);
      continue;
    }
    for (const c of r.changes) {
      const what = c.from === null ? `inserted ${c.field}: ${c.to}`
        : c.to === null ? `removed ${c.field}: ${c.from}`
          : `${c.field}: ${c.from === '' ? '(empty)' : c.from} -> ${c.to}`;
      out.stdout(`${file}:${c.line}: ${what}`);
    }
    if (r.anchor) {
      out.stdout(`${file}: the edited value is anchor &${r.anchor}, shared by `
        + `${r.sharedByAliases === 1 ? '1 alias that changes' : `${r.sharedByAliases} aliases that change`} with it`);
    }
  }
  return 0;
}
