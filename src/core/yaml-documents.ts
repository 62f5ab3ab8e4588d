// Parse a YAML text into documents whose nodes carry exact source ranges. The failsafe schema keeps every
// scalar as the string written in the file, so `1.10` stays "1.10" and keys like `on` stay "on".
import { parseAllDocuments, visit, type Document } from 'yaml';
import { UserError } from './errors.js';
import { SourceText } from './source-text.js';

export interface ParsedYaml {
  source: SourceText;
  documents: Document.Parsed[];
}

// One decoder for every file: a whole-buffer decode keeps no state between calls.
const DECODER = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Refuses what is not UTF-8 YAML text: the message names the file and line of the first problem. */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    throw new UserError('is UTF-16 text; expected a UTF-8 YAML file', file, 1);
  const nul = bytes.indexOf(0);
  const text = DECODER.decode(bytes);
  if (nul >= 0) {
    throw new UserError('contains a NUL byte (binary data); expected a YAML file', file,
      lineAt(text, text.indexOf('\0')));
  }
  const bad = text.indexOf('\ufffd');
  if (bad >= 0 && !Buffer.from(text, 'utf8').equals(Buffer.from(bytes))) {
    throw new UserError('is not valid UTF-8; expected a UTF-8 YAML file', file, lineAt(text, bad));
  }
  return text;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function parseYaml(text: string, file: string): ParsedYaml {
  const source = new SourceText(text);
  // An empty text gives an EmptyStream, which is an empty array.
  const documents: Document.Parsed[] = [
    ...parseAllDocuments(text, { schema: 'failsafe', uniqueKeys: false, prettyErrors: false }),
  ];
  for (const doc of documents) {
    const err = doc.errors[0];
    if (err) {
      // Errors found at the end of the text (an unclosed "[") belong on the last line that has content.
      const line = source.lineOf(Math.min(err.pos[0], text.trimEnd().length));
      const what = err.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'parse error';
      throw new UserError(`not valid YAML: ${what}; expected a YAML file`, file, line);
    }
    // The parser accepts an alias whose anchor does not exist; every consumer (kustomize, Helm) refuses it.
    if (!text.includes('*')) continue;
    visit(doc, {
      Alias(_, alias) {
        if (alias.resolve(doc) === undefined) {
          throw new UserError(
            `not valid YAML: the alias *${alias.source} has no anchor &${alias.source} before it; expected a YAML file`,
            file, source.lineOf(alias.range?.[0] ?? 0));
        }
      },
    });
  }
  return { source, documents };
}
