// --image NAME: set newTag/digest on the kustomization `images:` entry named NAME, inserting or removing
// their lines so that what kustomize deploys is exactly VALUE (it lets a digest win over a tag).
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { UserError, quote } from './errors.js';
import { parseImageValue, type ImageValue } from './edit-value.js';
import { aliasesOf, checkDocumentIndex, editInstead, pairsNamed } from './locate.js';
import { editScalar } from './scalar-edit.js';
import { tokenFor } from './scalar-style.js';
import type { SourceText } from './source-text.js';
import type { Splice } from './splice.js';
import type { EditChange } from './edit.js';

export interface Entry {
  map: YAMLMap<Node, Node>;
  documentIndex: number;
}

export function findEntry(
  docs: readonly Document.Parsed[], name: string, document: number | undefined, src: SourceText, file: string,
): Entry {
  checkDocumentIndex(document, docs.length, file);
  const found: Entry[] = [];
  const names: string[] = [];
  let lists = 0;
  let listLine = 1;
  docs.forEach((doc, documentIndex) => {
    if (document !== undefined && documentIndex !== document) return;
    const images = doc.contents && isMap(doc.contents) ? pairsNamed(doc.contents, 'images') : [];
    for (const p of images) {
      if (!isSeq(p.value)) continue;
      if (!lists++) listLine = src.lineOf(p.key?.range?.[0] ?? 0);
      for (const item of p.value.items) {
        const n = isMap(item) ? pairsNamed(item, 'name')[0]?.value : undefined;
        if (!isScalar(n)) continue;
        names.push(String(n.value));
        if (String(n.value) === name) found.push({ map: item as YAMLMap<Node, Node>, documentIndex });
      }
    }
  });
  if (!lists) {
    throw new UserError(`--image ${quote(name)}: no top-level "images:" list; `
      + `expected a kustomization with an images: entry named ${quote(name)}`, file, 1);
  }
  if (!found.length) {
    throw new UserError(`--image ${quote(name)}: no images: entry has name ${quote(name)} `
      + `(names found: ${names.slice(0, 10).join(', ') || 'none'}${names.length > 10 ? ', …' : ''})`, file, listLine);
  }
  if (found.length > 1) {
    const lines = found.map((e) => src.lineOf(e.map.range?.[0] ?? 0));
    throw new UserError(`--image ${quote(name)}: ${found.length} images: entries have that name `
      + `(lines ${lines.join(', ')}); expected exactly one`, file, lines[0]);
  }
  return found[0] as Entry;
}

export function onePair(
  entry: YAMLMap<Node, Node>, key: string, src: SourceText, file: string,
): Pair<Node, Node> | undefined {
  const pairs = pairsNamed(entry, key);
  if (pairs.length > 1) {
    throw new UserError(`the images: entry has ${pairs.length} "${key}" keys; expected one`, file,
      src.lineOf(pairs[1]?.key?.range?.[0] ?? 0));
  }
  return pairs[0];
}

/** Offset where a pair's text ends (its value, or its key when the value is empty). */
function pairEnd(p: Pair<Node, Node>): number {
  return Math.max(p.value?.range?.[1] ?? 0, p.key?.range?.[1] ?? 0);
}

function removePair(entry: YAMLMap<Node, Node>, p: Pair<Node, Node>, src: SourceText, file: string): Splice[] {
  const text = src.text;
  const items = entry.items as Pair<Node, Node>[];
  const k = items.indexOf(p);
  const keyStart = p.key?.range?.[0] ?? 0;
  if (entry.flow) {
    // `{name: a, digest: x}` -> `{name: a}`: drop the separator before the pair (or after it, if first).
    const prev = items[k - 1];
    const next = items[k + 1];
    if (prev) return [{ start: pairEnd(prev), end: pairEnd(p), text: '' }];
    return [{ start: keyStart, end: next?.key?.range?.[0] ?? pairEnd(p), text: '' }];
  }
  const keyLine = src.lineOf(keyStart);
  const endLine = src.lineOf(pairEnd(p));
  const prefix = text.slice(src.lineStart(keyLine), keyStart);
  const after = text.slice(pairEnd(p), src.lineEnd(endLine));
  if (!/^[ \t-]*$/.test(prefix) || !/^[ \t]*(#.*)?$/.test(after)) {
    throw new UserError(`cannot remove "${String((p.key as { value?: unknown }).value)}": `
      + 'other content shares its line; expected one key per line', file, keyLine);
  }
  const splices: Splice[] = [];
  if (prefix.includes('-')) {
    // The removed key carried the entry's "- ": the next key takes it over.
    const next = items[k + 1];
    const nextStart = next?.key?.range?.[0];
    const nextLine = nextStart === undefined ? 0 : src.lineOf(nextStart);
    const nextPrefix = nextStart === undefined ? '' : text.slice(src.lineStart(nextLine), nextStart);
    if (nextStart === undefined || nextPrefix.length !== prefix.length || !/^ *$/.test(nextPrefix)) {
      throw new UserError(`cannot remove "${String((p.key as { value?: unknown }).value)}": `
        + 'it starts the list item and no key below it can take over the "- "', file, keyLine);
    }
    splices.push({ start: src.lineStart(nextLine), end: nextStart, text: prefix });
  }
  const lastWithoutEol = src.eolOf(endLine) === '' && keyLine > 1;
  splices.push(lastWithoutEol
    ? { start: src.lineEnd(keyLine - 1), end: src.lineEnd(endLine), text: '' } // keep "no final newline"
    : { start: src.lineStart(keyLine), end: src.lineNext(endLine), text: '' });
  return splices;
}

function insertAfter(
  entry: YAMLMap<Node, Node>, anchor: Pair<Node, Node>, lines: [string, string][], src: SourceText,
): Splice {
  if (entry.flow) {
    const at = pairEnd(anchor);
    return { start: at, end: at, text: lines.map(([k, v]) => `, ${k}: ${tokenFor(v, 'plain', true)}`).join('') };
  }
  const keyStart = anchor.key?.range?.[0] ?? 0;
  const line = src.lineOf(pairEnd(anchor));
  const at = src.lineEnd(line);
  const eol = src.eolOf(line) || src.eol;
  const indent = ' '.repeat(src.column(keyStart));
  return {
    start: at, end: at, text: lines.map(([k, v]) => `${eol}${indent}${k}: ${tokenFor(v, 'plain', false)}`).join(''),
  };
}

interface ImageKeys {
  set: { newTag?: string; digest?: string };
  remove: Pair<Node, Node>[];
}

/**
 * Which of newTag/digest to set and which lines to drop so that kustomize deploys exactly VALUE. Its image
 * transformer appends `@digest` to whatever newTag holds, so a combined `newTag: tag@sha256:…` stays combined only
 * when no digest line sits beside it (that pair would deploy `tag@new@old`); otherwise the value is split, as
 * `kustomize edit set image` does.
 */
function imageKeys(
  want: ImageValue, value: string, tagPair: Pair<Node, Node> | undefined, digestPair: Pair<Node, Node> | undefined,
): ImageKeys {
  if (want.kind === 'digest') return { set: { digest: want.digest }, remove: tagPair ? [tagPair] : [] };
  if (want.kind === 'tag') return { set: { newTag: want.tag }, remove: digestPair ? [digestPair] : [] };
  const combined = !!tagPair && isScalar(tagPair.value) && String(tagPair.value.value).includes('@');
  if (combined && !digestPair) return { set: { newTag: value }, remove: [] };
  return { set: { newTag: want.tag, digest: want.digest }, remove: [] };
}

export interface ImagePlan {
  splices: Splice[];
  changes: EditChange[];
  anchor?: string;
  sharedByAliases: number;
}

export function planImageEdit(
  docs: readonly Document.Parsed[], name: string, value: string, document: number | undefined,
  src: SourceText, file: string,
): ImagePlan {
  const { map: entry, documentIndex } = findEntry(docs, name, document, src, file);
  const doc = docs[documentIndex] as Document.Parsed;
  const entryLine = src.lineOf(entry.range?.[0] ?? 0);
  const want = parseImageValue(value, file, entryLine);
  const tagPair = onePair(entry, 'newTag', src, file);
  const digestPair = onePair(entry, 'digest', src, file);
  const { set, remove } = imageKeys(want, value, tagPair, digestPair);

  const splices: Splice[] = [];
  const changes: EditChange[] = [];
  const inserts: [string, string][] = [];
  let anchor: string | undefined;
  let sharedByAliases = 0;
  for (const p of [tagPair, digestPair]) {
    if (p && isAlias(p.value)) {
      const key = String((p.key as { value?: unknown }).value);
      throw new UserError(
        `images[name=${name}].${key} is the alias *${p.value.source}; ${editInstead(doc, p.value, [], src)}`,
        file, src.lineOf(p.value.range?.[0] ?? 0));
    }
  }
  for (const p of remove) {
    const users = p.value ? aliasesOf(doc, p.value) : [];
    if (users.length) {
      const key = String((p.key as { value?: unknown }).value);
      throw new UserError(
        `cannot remove ${key} of images[name=${name}]: it is the anchor &${(p.value as { anchor?: string }).anchor}, `
          + `used by ${users.length} alias${users.length === 1 ? '' : 'es'} `
          + `(line ${users.map((a) => src.lineOf(a.range?.[0] ?? 0)).join(', ')}); `
          + 'expected a value no alias depends on',
        file, src.lineOf(p.key?.range?.[0] ?? 0));
    }
  }
  for (const key of ['newTag', 'digest'] as const) {
    const v = set[key];
    if (v === undefined) continue;
    const pair = key === 'newTag' ? tagPair : digestPair;
    if (!pair) {
      inserts.push([key, v]);
      continue;
    }
    const e = editScalar(pair.value as Node, pair, v, !!entry.flow, src, file, `images[name=${name}].${key}`);
    const shared = pair.value ? aliasesOf(doc, pair.value) : [];
    if (shared.length) {
      anchor = (pair.value as { anchor?: string }).anchor;
      sharedByAliases = shared.length;
    }
    if (e.splice.text !== src.text.slice(e.splice.start, e.splice.end)) {
      splices.push(e.splice);
      changes.push({ line: e.line, field: key, from: e.from, to: v });
    }
  }
  if (inserts.length) {
    // newTag goes right after name/newName; a digest after newTag when there is one.
    const order = ['name', 'newName', ...(inserts[0]?.[0] === 'digest' ? ['newTag'] : [])];
    const anchors = order.map((k) => onePair(entry, k, src, file))
      .filter((p): p is Pair<Node, Node> => !!p && !remove.includes(p));
    const anchor = anchors.reduce((a, b) => (pairEnd(b) > pairEnd(a) ? b : a));
    splices.push(insertAfter(entry, anchor, inserts, src));
    const line = src.lineOf(pairEnd(anchor)) + 1;
    inserts.forEach(([k, v], i) =>
      changes.push({ line: entry.flow ? line - 1 : line + i, field: k, from: null, to: v }));
  }
  for (const p of remove) {
    splices.push(...removePair(entry, p, src, file));
    changes.push({
      line: src.lineOf(p.key?.range?.[0] ?? 0),
      field: String((p.key as { value?: unknown }).value),
      from: isScalar(p.value) ? String(p.value.value) : '',
      to: null,
    });
  }
  return { splices, changes, anchor, sharedByAliases };
}
