// Property check behind the round-trip tests: for every scalar of a file and several value shapes, the edit
// changes only that scalar's lines, and the file reads back (YAML 1.1 and 1.2) as before with that one value
// replaced by the exact string.
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, Scalar, type Node, type Pair } from 'yaml';
import { editYamlText } from '../../src/core/edit.js';
import { UserError } from '../../src/core/errors.js';
import { SourceText } from '../../src/core/source-text.js';
import { formatPath, type PathSegment } from '../../src/core/yaml-path.js';

export const SHAPES = ['v9.8.7', '1.10', '0e5', 'on', '2024-01-01', "it's", `@sha256:${'c'.repeat(64)}`, 'a,b', '#x', '-', '0755', 'null'];

interface Target { document: number; segments: PathSegment[]; node: Scalar; anchored: boolean }

function targets(text: string): Target[] {
  const out: Target[] = [];
  parseAllDocuments(text, { schema: 'failsafe', uniqueKeys: false }).forEach((doc, document) => {
    if (!('contents' in doc)) return;
    // `shared`: under an anchored node, so aliases and merge keys elsewhere change with the edit.
    const walk = (n: unknown, segments: PathSegment[], shared = false): void => {
      shared ||= !!(n as { anchor?: string } | null)?.anchor;
      if (isScalar(n) && segments.length) {
        out.push({ document, segments, node: n, anchored: shared });
      } else if (isMap(n)) {
        const keys = (n.items as Pair[]).map((p) => (isScalar(p.key) ? String(p.key.value) : undefined));
        (n.items as Pair[]).forEach((p, i) => {
          const k = keys[i];
          // Paths can only name unique scalar keys; merge keys hand their values to other paths.
          if (k === undefined || k === '<<' || keys.indexOf(k) !== keys.lastIndexOf(k)) return;
          walk(p.value, [...segments, { kind: 'key', key: k }], shared);
        });
      } else if (isSeq(n)) n.items.forEach((it, index) => walk(it, [...segments, { kind: 'index', index }], shared));
      // Aliases are not descended: their values live (and are edited) at the anchor.
    };
    walk(doc.contents, []);
  });
  return out;
}

function toJs(text: string, version: '1.1' | '1.2'): unknown[] {
  return parseAllDocuments(text, { version, uniqueKeys: false, merge: false, prettyErrors: false, logLevel: 'silent' })
    .map((d) => ('toJS' in d ? d.toJS({ maxAliasCount: -1 }) : null));
}

function setIn(data: unknown[], document: number, segments: PathSegment[], value: string): void {
  let node = data as unknown as Record<string | number, unknown>;
  const keys: (string | number)[] = [document, ...segments.map((s) => (s.kind === 'key' ? s.key : s.kind === 'index' ? s.index : ''))];
  for (const k of keys.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
  node[keys[keys.length - 1] as string | number] = value;
}

export interface RoundTripReport { edits: number; refused: number; failures: string[] }

/** `pick(i)` chooses which shapes the i-th scalar gets (all of them by default). */
export function roundTrip(text: string, label: string, pick: (i: number) => string[] = () => SHAPES): RoundTripReport {
  const src = new SourceText(text);
  const report: RoundTripReport = { edits: 0, refused: 0, failures: [] };
  const before = { '1.1': toJs(text, '1.1'), '1.2': toJs(text, '1.2') };
  const docCount = before['1.1'].length;
  targets(text).forEach((t, i) => {
    const pathText = formatPath(t.segments);
    const line = src.lineOf(t.node.range?.[0] ?? 0);
    const endLine = src.lineOf(t.node.range?.[1] ?? 0);
    const block = t.node.type === Scalar.BLOCK_LITERAL || t.node.type === Scalar.BLOCK_FOLDED;
    for (const value of pick(i)) {
      const where = `${label}:${line} ${pathText} = ${JSON.stringify(value)}`;
      let out: string;
      try {
        out = editYamlText(text, { target: { kind: 'path', path: pathText }, value, document: docCount > 1 ? t.document : undefined }, label).text;
      } catch (e) {
        if (block && e instanceof UserError) { report.refused++; continue; }
        report.failures.push(`${where}: threw ${(e as Error).message}`);
        continue;
      }
      report.edits++;
      if (block) { report.failures.push(`${where}: a block scalar was edited`); continue; }
      // 1. Bytes: everything outside the scalar's own lines is identical.
      let p = 0;
      while (p < text.length && p < out.length && text[p] === out[p]) p++;
      let s = 0;
      while (s < text.length - p && s < out.length - p && text[text.length - 1 - s] === out[out.length - 1 - s]) s++;
      if (p < text.length - s || p < out.length - s) {
        if (p < src.lineStart(line) || text.length - s > src.lineEnd(endLine)) {
          report.failures.push(`${where}: bytes changed outside lines ${line}-${endLine} (original ${p}..${text.length - s})`);
          continue;
        }
      }
      // 2. Data: the same documents with exactly this value replaced, under both YAML versions.
      for (const version of ['1.1', '1.2'] as const) {
        const want = structuredClone(before[version]);
        setIn(want, t.document, t.segments, value);
        const got = toJs(out, version);
        if (t.anchored) {
          // Aliases of an anchored node change with it: compare the target only.
          let g: unknown = got[t.document];
          for (const seg of t.segments) g = (g as Record<string | number, unknown>)?.[seg.kind === 'key' ? seg.key : seg.kind === 'index' ? seg.index : ''];
          if (g !== value) report.failures.push(`${where}: YAML ${version} reads ${JSON.stringify(g)}`);
        } else if (JSON.stringify(got) !== JSON.stringify(want)) {
          report.failures.push(`${where}: YAML ${version} data differs beyond the edited value`);
        }
      }
      if (isAlias(t.node as unknown as Node)) report.failures.push(`${where}: edited an alias`);
    }
  });
  return report;
}
