// Find the node a --path names, in exactly one document, refusing aliases and merge keys with a pointer
// to where the value really lives.
import { isAlias, isMap, isScalar, isSeq, isPair, visit, type Document, type Node, type Alias, type Pair } from 'yaml';
import { UserError, quote } from './errors.js';
import { formatPath, type PathSegment } from './yaml-path.js';
import type { SourceText } from './source-text.js';

export interface Located {
  documentIndex: number;
  node: Node;
  /** The mapping pair whose value is the node, if any (to find the key for empty values). */
  pair?: Pair;
  /** Inside a flow collection ([...] or {...}): plain scalars follow stricter rules there. */
  inFlow: boolean;
}

type Outcome =
  | { kind: 'found'; located: Located }
  | { kind: 'blocked'; error: UserError }
  | { kind: 'miss'; depth: number; line: number; reason: string };

function describe(n: unknown): string {
  if (isMap(n)) return 'a mapping';
  if (isSeq(n)) return 'a list';
  if (isAlias(n)) return 'an alias';
  if (!isScalar(n)) return 'empty';
  const v = String(n.value);
  if (v.includes('\n')) return 'a multi-line string (YAML text inside a string is not edited)';
  if (v === '') return 'empty';
  return `the string ${quote(v.length > 60 ? `${v.slice(0, 57)}...` : v)}`;
}

const keyOf = (p: Pair): string | undefined => (isScalar(p.key) ? String(p.key.value) : undefined);

/** Every pair of `map` whose key is `key`. */
export function pairsNamed(map: Node, key: string): Pair<Node, Node>[] {
  if (!isMap(map)) return [];
  return (map.items as Pair<Node, Node>[]).filter((p) => isPair(p) && keyOf(p) === key);
}

/** Where the anchor that `alias` refers to sits: its path (if reachable by one) and line. */
export function anchorSite(doc: Document, alias: Alias, source: SourceText): { path?: PathSegment[]; line?: number } {
  let found: { path: PathSegment[]; offset: number } | undefined;
  const before = alias.range?.[0] ?? Infinity;
  const walk = (n: unknown, path: PathSegment[]): void => {
    if (!n || typeof n !== 'object') return;
    const node = n as Node;
    if ('anchor' in node && node.anchor === alias.source && node.range && node.range[0] < before) {
      found = { path, offset: node.range[0] };
    }
    if (isMap(node)) for (const p of node.items as Pair[]) {
      const k = keyOf(p);
      if (k !== undefined) walk(p.value, [...path, { kind: 'key', key: k }]);
    }
    else if (isSeq(node)) node.items.forEach((it, i) => walk(it, [...path, { kind: 'index', index: i }]));
  };
  walk(doc.contents, []);
  if (!found) return {};
  // The node starts after its "&name" (for a block mapping, on the next line): point at the anchor itself.
  const at = source.text.lastIndexOf(`&${alias.source}`, found.offset);
  return { path: found.path, line: source.lineOf(at >= 0 ? at : found.offset) };
}

/** "edit image.tag (anchor &image, line 3) instead": where the value an alias stands for can be edited. */
export function editInstead(doc: Document, alias: Alias, rest: PathSegment[], source: SourceText): string {
  const site = anchorSite(doc, alias, source);
  const at = site.line ? `anchor &${alias.source} at line ${site.line}` : `anchor &${alias.source}`;
  if (!site.path) return `edit the value at its ${at} instead`;
  return `edit ${quote(formatPath([...site.path, ...rest]))} (under the ${at}) instead, `
    + 'which changes every alias of it';
}

/** How many aliases in the document refer to `node` (which carries an anchor). */
export function aliasesOf(doc: Document, node: Node): Alias[] {
  const anchor = 'anchor' in node ? node.anchor : undefined;
  if (!anchor) return [];
  const found: Alias[] = [];
  visit(doc, { Alias(_, a) { if (a.source === anchor && a.resolve(doc) === node) found.push(a); } });
  return found;
}

/** Refuses a --document index the file does not have. */
export function checkDocumentIndex(document: number | undefined, count: number, file: string): void {
  if (document === undefined || (document >= 0 && document < count)) return;
  const expected = count ? `expected 0..${count - 1}` : 'expected a file with a YAML document';
  throw new UserError(
    `--document ${document}: the file has ${count} document${count === 1 ? '' : 's'} (numbered from 0); ${expected}`,
    file, 1);
}

function lineOfNode(n: Node | null | undefined, source: SourceText, fallback: number): number {
  return n?.range ? source.lineOf(n.range[0]) : fallback;
}

function resolveIn(
  doc: Document, documentIndex: number, segments: PathSegment[], source: SourceText, file: string, pathText: string,
): Outcome {
  let node: Node | null | undefined = doc.contents as Node | null;
  let pair: Pair | undefined;
  let inFlow = false;
  let line = lineOfNode(node, source, 1);
  for (let depth = 0; depth < segments.length; depth++) {
    const seg = segments[depth] as PathSegment;
    const here = formatPath(segments.slice(0, depth)) || 'the document root';
    if (isAlias(node)) {
      const err = new UserError(
        `--path ${quote(pathText)} goes through the alias *${node.source} at ${here}; `
          + `${editInstead(doc, node, segments.slice(depth), source)}`,
        file, lineOfNode(node, source, line));
      return { kind: 'blocked', error: err };
    }
    if (node && (isMap(node) || isSeq(node)) && node.flow) inFlow = true;
    const miss = (reason: string): Outcome => ({ kind: 'miss', depth, line, reason });
    let hits: { node: Node | null; pair?: Pair }[] = [];
    if (seg.kind === 'key') {
      if (!isMap(node)) {
        if (depth === 0 && (!node || (isScalar(node) && String(node.value) === ''))) {
          return miss(`document ${documentIndex} is empty`);
        }
        return miss(`${here} is ${describe(node)}, not a mapping with the key ${quote(seg.key)}`);
      }
      hits = pairsNamed(node, seg.key).map((p) => ({ node: p.value, pair: p }));
      if (!hits.length) {
        const merges = pairsNamed(node, '<<');
        for (const m of merges) {
          const sources = isSeq(m.value) ? m.value.items : [m.value];
          for (const s of sources) {
            if (isAlias(s) && pairsNamed(s.resolve(doc) as Node, seg.key).length) {
              const err = new UserError(
                `--path ${quote(pathText)}: the key ${quote(seg.key)} at ${here} `
                  + `comes from the merge key "<<: *${s.source}"; `
                  + `${editInstead(doc, s, segments.slice(depth), source)}`,
                file, lineOfNode(m.key as Node, source, line));
              return { kind: 'blocked', error: err };
            }
          }
        }
        const keys = (node.items as Pair[]).map(keyOf).filter((k): k is string => k !== undefined);
        return miss(`${here} has no key ${quote(seg.key)} `
          + `(its keys: ${keys.slice(0, 12).join(', ')}${keys.length > 12 ? ', …' : ''})`);
      }
      if (hits.length > 1) {
        const lines = hits.map((h) => lineOfNode(h.pair?.key as Node, source, line));
        return {
          kind: 'blocked',
          error: new UserError(
            `the key ${quote(seg.key)} appears ${hits.length} times at ${here} `
              + `(lines ${lines.join(', ')}); expected one`,
            file, lines[0]),
        };
      }
    } else if (seg.kind === 'index') {
      if (!isSeq(node)) return miss(`${here} is ${describe(node)}, not a list to take [${seg.index}] from`);
      if (seg.index >= node.items.length) {
        return miss(`${here} has ${node.items.length} items, so [${seg.index}] is out of range`);
      }
      hits = [{ node: node.items[seg.index] as Node | null }];
    } else {
      if (!isSeq(node)) {
        return miss(`${here} is ${describe(node)}, not a list to select [${seg.field}=${seg.equals}] from`);
      }
      hits = (node.items as Node[])
        .filter((it) => pairsNamed(it, seg.field)
          .some((p) => isScalar(p.value) && String(p.value.value) === seg.equals))
        .map((it) => ({ node: it }));
      if (!hits.length) {
        const seen = (node.items as Node[]).flatMap((it) => pairsNamed(it, seg.field)
          .map((p) => (isScalar(p.value) ? String(p.value.value) : '?')));
        return miss(`no item of ${here} has ${seg.field}=${seg.equals} `
          + `(found ${seg.field}: ${seen.slice(0, 12).join(', ') || 'none'})`);
      }
      if (hits.length > 1) {
        const lines = hits.map((h) => lineOfNode(h.node, source, line));
        return {
          kind: 'blocked',
          error: new UserError(`${hits.length} items of ${here} match [${seg.field}=${seg.equals}] `
            + `(lines ${lines.join(', ')}); expected exactly one`, file, lines[0]),
        };
      }
    }
    const hit = hits[0] as { node: Node | null; pair?: Pair };
    if (hit.node && (isMap(node) || isSeq(node)) && node.flow) inFlow = true;
    line = hit.pair ? lineOfNode(hit.pair.key as Node, source, line) : lineOfNode(hit.node, source, line);
    node = hit.node;
    pair = hit.pair;
  }
  if (isAlias(node)) {
    const err = new UserError(
      `--path ${quote(pathText)} is the alias *${node.source}; ${editInstead(doc, node, [], source)}`,
      file, lineOfNode(node, source, line));
    return { kind: 'blocked', error: err };
  }
  if (node === null || node === undefined) {
    // `key:` with nothing after it: an empty scalar we can fill. The yaml package gives it a null node only
    // in odd corners; normally it is an empty Scalar.
    return { kind: 'blocked', error: new UserError(`${formatPath(segments)} has no value node to edit`, file, line) };
  }
  return { kind: 'found', located: { documentIndex, node, pair, inFlow } };
}

/** The one node `segments` names: in document `document` if given, else in exactly one document. */
export function locatePath(
  docs: readonly Document.Parsed[], segments: PathSegment[], document: number | undefined,
  source: SourceText, file: string, pathText: string,
): Located {
  checkDocumentIndex(document, docs.length, file);
  const scope = docs.map((d, i) => ({ d, i })).filter(({ i }) => document === undefined || i === document);
  const outcomes = scope.map(({ d, i }) => resolveIn(d, i, segments, source, file, pathText));
  const resolved = outcomes.filter((o) => o.kind !== 'miss');
  if (resolved.length > 1) {
    const which = scope.filter((_, k) => outcomes[k]?.kind !== 'miss').map(({ i }) => i);
    const lines = which.map((i) => lineOfNode(docs[i]?.contents as Node, source, 1));
    throw new UserError(
      `--path ${quote(pathText)} resolves in ${which.length} documents `
        + `(${which.map((i, k) => `${i} at line ${lines[k]}`).join(', ')}); `
        + 'expected one, or pass --document N (0-based)',
      file, lines[0]);
  }
  const only = resolved[0];
  if (only?.kind === 'found') return only.located;
  if (only?.kind === 'blocked') throw only.error;
  const misses = outcomes.filter((o): o is Extract<Outcome, { kind: 'miss' }> => o.kind === 'miss');
  if (!misses.length) {
    throw new UserError(`--path ${quote(pathText)} not found: the file has no YAML document`, file, 1);
  }
  const best = misses.reduce((a, b) => (b.depth > a.depth ? b : a));
  const inDoc = scope.length > 1 ? ` in any of the ${scope.length} documents` : '';
  throw new UserError(`--path ${quote(pathText)} not found${inDoc}: ${best.reason}`, file, best.line);
}
