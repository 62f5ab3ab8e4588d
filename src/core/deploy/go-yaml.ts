// Reads YAML the way kustomize does: go-yaml v2 builds a map in document order (a later key, or a later merge
// `<<`, overwrites an earlier one), sigs.k8s.io/yaml turns it into JSON (keys sorted), and encoding/json matches
// struct fields case-insensitively with Unicode simple folding, the last matching key winning. Reading kustomize's
// input by YAML's spec instead (explicit keys beat merged ones, case matters) is how a check gets walked around.
import {
  isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, parseDocument,
  type Document, type DocumentOptions, type Node, type ParseOptions, type SchemaOptions,
} from 'yaml';

/** What go-yaml would refuse: the file is invalid for kustomize and Helm alike. */
export class GoYamlError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
    this.name = 'GoYamlError';
  }
}

export type GoValue = string | number | boolean | null | GoValue[] | GoMap;
export interface GoMap { kind: 'map'; entries: Map<string, { value: GoValue; line: number }>; line: number }

export const isGoMap = (v: unknown): v is GoMap => typeof v === 'object' && v !== null && (v as GoMap).kind === 'map';

/** encoding/json's fold for ASCII field names: case, plus the two non-ASCII letters that fold onto s and k. */
export const foldKey = (k: string): string => k.replace(/\u017f/g, 's').replace(/\u212a/g, 'k').toLowerCase();

/** The value encoding/json would decode into the Go field `name`: keys folded, the byte-wise last key wins. */
export function goField(m: GoMap, name: string): { value: GoValue; line: number; key: string } | undefined {
  const want = foldKey(name);
  const keys = [...m.entries.keys()].filter((k) => foldKey(k) === want);
  if (!keys.length) return undefined;
  const key = keys.sort((a, b) => (Buffer.from(a) < Buffer.from(b) ? -1 : 1)).pop() as string;
  const e = m.entries.get(key) as { value: GoValue; line: number };
  return { ...e, key };
}

/** Plain scalars go-yaml v2 resolves as numbers through strconv (base prefixes, underscores) that YAML 1.1 does not. */
const GO_NUMBER = /^[-+]?(0[xX][_0-9a-fA-F]+|0[oO][_0-7]+|0[bB][_01]+|\d[_\d]*|(\.\d+|\d+(\.\d*)?)([eE][-+]?\d+)?)$/;

export type LineOf = (offset: number) => number;

/**
 * How to parse for goValue: YAML 1.1 (go-yaml v2's), duplicate keys kept (the later wins in goMapOf), and `<<` left
 * as a plain key so that goMapOf merges in go-yaml's order rather than the yaml package's.
 */
export const goParseOptions = (lineCounter: LineCounter): ParseOptions & DocumentOptions & SchemaOptions =>
  ({ version: '1.1', uniqueKeys: false, lineCounter, merge: false });

/** A document's contents as go-yaml v2 would decode them (aliases resolved, merges applied in order). */
export function goValue(node: unknown, doc: Document.Parsed, lineOf: LineOf, depth = 0): GoValue {
  if (depth > 64) throw new GoYamlError('nesting deeper than 64 levels (or an alias cycle)', 1);
  if (isAlias(node)) return goValue(node.resolve(doc), doc, lineOf, depth + 1);
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || v === undefined) return null;
    // go-yaml v2 knows no sexagesimal numbers (1:20) and decodes timestamps into interface{} as strings.
    if (typeof v === 'number' && node.type === 'PLAIN' && node.source?.includes(':')) return node.source;
    if (typeof v === 'string' && node.type === 'PLAIN' && GO_NUMBER.test(v)) return Number(v.replace(/_/g, '')) || 0;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
    return node.source ?? String(v);
  }
  if (isSeq(node)) return node.items.map((it) => goValue(it, doc, lineOf, depth + 1));
  if (isMap(node)) return goMapOf(node as Node, doc, lineOf, depth);
  return null;
}

function goMapOf(node: Node, doc: Document.Parsed, lineOf: LineOf, depth: number): GoMap {
  const out: GoMap = { kind: 'map', entries: new Map(), line: lineOf(node.range?.[0] ?? 0) };
  if (!isMap(node)) return out;
  for (const pair of node.items) {
    const keyNode = pair.key as Node | null;
    const key = keyOf(keyNode, doc, lineOf, depth);
    const line = lineOf((keyNode as Node | null)?.range?.[0] ?? node.range?.[0] ?? 0);
    const plainMerge = key === '<<' && isScalar(keyNode) && keyNode.type === 'PLAIN';
    if (plainMerge) {
      mergeInto(out, goValue(pair.value, doc, lineOf, depth + 1), line);
      continue;
    }
    out.entries.delete(key); // a later duplicate wins and takes the later position, as in go-yaml's map
    out.entries.set(key, { value: goValue(pair.value, doc, lineOf, depth + 1), line });
  }
  return out;
}

function keyOf(keyNode: Node | null, doc: Document.Parsed, lineOf: LineOf, depth: number): string {
  // The yaml package marks a plain << key with a symbol in YAML 1.1 mode; go-yaml treats it as a merge.
  if (isScalar(keyNode)) return typeof keyNode.value === 'symbol' ? '<<' : String(keyNode.value);
  return isAlias(keyNode) ? String(goValue(keyNode, doc, lineOf, depth + 1)) : '';
}

/** go-yaml v2's merge: a map's keys overwrite; in a list of maps the first map has the last word. */
function mergeInto(out: GoMap, v: GoValue, line: number): void {
  const maps = Array.isArray(v) ? [...v].reverse() : [v];
  for (const m of maps) {
    if (!isGoMap(m)) throw new GoYamlError('a merge key << needs a map or a list of maps (go-yaml refuses it)', line);
    for (const [k, e] of m.entries) out.entries.set(k, e);
  }
}

/** A one-document text as plain JSON in go-yaml's reading (keys as written, sorted): to compare two versions. */
export function goPlain(text: string): unknown {
  const lc = new LineCounter();
  const doc = parseDocument(text, goParseOptions(lc));
  if (doc.errors.length) throw new Error(doc.errors[0]?.message);
  return toPlain(goValue(doc.contents, doc, (o) => lc.linePos(o).line));
}

/** Every document of a text in go-yaml's reading (empty documents dropped), for Helm values and Applications. */
export function goDocuments(text: string): GoValue[] {
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, goParseOptions(lc));
  if (!Array.isArray(docs)) return [];
  for (const d of docs) {
    const err = d.errors[0];
    if (err) throw new GoYamlError(err.message.split('\n')[0] ?? 'invalid YAML', lc.linePos(err.pos[0] ?? 0).line);
  }
  return docs.map((d) => goValue(d.contents, d, (o) => lc.linePos(o).line));
}

export function toPlain(v: GoValue): unknown {
  if (Array.isArray(v)) return v.map(toPlain);
  if (!isGoMap(v)) return v;
  const keys = [...v.entries.keys()].sort();
  return Object.fromEntries(keys.map((k) => [k, toPlain((v.entries.get(k) as { value: GoValue }).value)]));
}
