// A kustomization as kustomize reads it, for the parts parity needs: its images: entries (with the deprecated
// imageTags: appended, as kustomize's FixKustomization does) and every reference to another file, directory or
// remote location (its load closure). Only the first document counts for kustomize; more than one is refused here.
import { isScalar, LineCounter, parseAllDocuments, type Document } from 'yaml';
import { UserError, quote } from '../errors.js';
import {
  foldKey, goField, goParseOptions, goValue, GoYamlError, isGoMap, type GoMap, type GoValue,
} from './go-yaml.js';

export interface ImageEntry {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
  tagSuffix?: string;
  line: number;
}

export type RefKind = 'kustomization' | 'file' | 'file-or-kustomization';
export interface Reference { path: string; kind: RefKind; field: string; line: number }

export interface Kustomization {
  images: ImageEntry[];
  refs: Reference[];
  /** helmCharts / helmChartInflationGenerator: charts the renderer is never allowed to fetch. */
  helm: boolean;
}

/** What kustomize deploys for an images: entry over a container image of that name (api/filters/imagetag). */
export function entryReference(e: ImageEntry): string {
  return effectiveReferences([e])[0] as string;
}

interface Image { name: string; tag?: string; digest?: string }

/**
 * The images the entries produce, applied as kustomize applies them: in order, each to the image the ones before
 * it left (api/filters/imagetag/updater.go), so a later entry shadows an earlier one and a newName chains into
 * the next entry of that name. One result per image name the entries start from; a tag the resource supplies is
 * left out (the reference is then a name only, which no previous environment's full reference can equal).
 */
export function effectiveReferences(entries: readonly ImageEntry[]): string[] {
  const out = new Set<string>();
  for (const start of new Set(entries.map((e) => e.name))) {
    // An entry may name the image with its tag (web:v1): kustomize matches the resource's image with that tag.
    const tagged = /^(.*[^/:]):([\w.{}-]+)$/.exec(start);
    let cur: Image = tagged ? { name: tagged[1] as string, tag: tagged[2] } : { name: start };
    let touched = false;
    for (const e of entries) {
      if (e.name !== cur.name && e.name !== `${cur.name}:${cur.tag}`) continue;
      touched = true;
      cur = applyEntry(cur, e);
    }
    if (touched) out.add(referenceOf(cur));
  }
  return [...out];
}

const referenceOf = (i: Image): string =>
  `${i.name}${i.tag !== undefined ? `:${i.tag}` : ''}${i.digest ? `@${i.digest}` : ''}`;

function applyEntry(cur: Image, e: ImageEntry): Image {
  const next: Image = { ...cur, name: e.newName ?? cur.name };
  if (e.newTag && e.digest) Object.assign(next, { tag: e.newTag, digest: e.digest });
  else if (e.newTag) Object.assign(next, { tag: e.newTag, digest: undefined });
  else if (e.digest) Object.assign(next, { tag: undefined, digest: e.digest });
  // tagSuffix appends to whatever tag there is (the resource's when unknown: "*" never equals a real tag).
  if (e.tagSuffix) next.tag = `${next.tag ?? '*'}${e.tagSuffix}`;
  return next;
}

// The JSON names of kustomize's types.Kustomization and types.Image (api/types/kustomization.go, image.go): it
// decodes with DisallowUnknownFields, so any other key makes the kustomization invalid for it too.
const FIELDS = ['apiVersion', 'kind', 'metadata', 'openapi', 'namePrefix', 'nameSuffix', 'namespace', 'commonLabels',
  'labels', 'commonAnnotations', 'patchesStrategicMerge', 'patchesJson6902', 'patches', 'images', 'imageTags',
  'replacements', 'replicas', 'vars', 'sortOptions', 'resources', 'components', 'crds', 'bases', 'configMapGenerator',
  'secretGenerator', 'helmGlobals', 'helmCharts', 'helmChartInflationGenerator', 'generatorOptions', 'configurations',
  'generators', 'transformers', 'validators', 'inventory', 'buildMetadata'].map(foldKey);
const IMAGE_FIELDS = ['name', 'newName', 'newTag', 'digest', 'tagSuffix'].map(foldKey);

function refuseUnknown(m: GoMap, known: readonly string[], file: string, at: string): void {
  for (const [k, e] of m.entries) {
    if (known.includes(foldKey(k))) continue;
    const why = 'which kustomize does not know (it refuses the file); expected one of its fields';
    throw new UserError(`${at}has the field ${quote(k)}, ${why}`, file, e.line);
  }
}

const KUSTOMIZATION_REFS: [string, RefKind][] = [
  ['resources', 'file-or-kustomization'], ['bases', 'kustomization'], ['components', 'kustomization'],
  ['crds', 'file'], ['configurations', 'file'], ['generators', 'file-or-kustomization'],
  ['transformers', 'file-or-kustomization'], ['validators', 'file-or-kustomization'],
  // An entry that names no file is an inline patch to kustomize, which closure.ts lets pass for this field alone.
  ['patchesStrategicMerge', 'file'],
];

function str(v: GoValue | undefined, what: string, file: string, line: number): string | undefined {
  if (v === null || v === undefined || v === '') return undefined;
  if (typeof v !== 'string') {
    const why = 'not a string (kustomize refuses it); expected a quoted string';
    throw new UserError(`${what} is ${JSON.stringify(v)}, ${why}`, file, line);
  }
  return v;
}

const isEmptyDoc = (d: Document.Parsed): boolean =>
  d.contents === null || (isScalar(d.contents) && d.contents.value === null);

function docsOf(text: string, file: string): { doc?: Document.Parsed; lc: LineCounter } {
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, goParseOptions(lc));
  if (!Array.isArray(docs)) return { lc };
  const nonEmpty = docs.filter((d) => !isEmptyDoc(d));
  if (docs.length > 1 && docs[0] && isEmptyDoc(docs[0]) && nonEmpty.length) {
    const why = 'kustomize reads only the first, so this kustomization is empty for it';
    throw new UserError(`has an empty first YAML document; ${why}`, file, 1);
  }
  for (const d of docs) {
    const err = d.errors[0];
    if (err) throw new UserError(`is not valid YAML: ${err.message.split('\n')[0]}`, file, lc.linePos(err.pos[0]).line);
  }
  if (nonEmpty.length > 1) {
    const at = lc.linePos(nonEmpty[1]?.range[0] ?? 0).line;
    const expected = 'expected one kustomization per file (kustomize reads only the first)';
    throw new UserError(`has more than one YAML document; ${expected}`, file, at);
  }
  return { doc: nonEmpty[0], lc };
}

export function parseKustomization(text: string, file: string): Kustomization {
  const { doc, lc } = docsOf(text, file);
  const lineOf = (o: number): number => lc.linePos(o).line;
  let root: GoValue;
  try {
    root = doc ? goValue(doc.contents, doc, lineOf) : null;
  } catch (e) {
    if (e instanceof GoYamlError) throw new UserError(e.message, file, e.line);
    throw e;
  }
  if (root === null) return { images: [], refs: [], helm: false };
  if (!isGoMap(root)) throw new UserError('is not a mapping; expected a kustomization', file, 1);
  refuseUnknown(root, FIELDS, file, '');
  const images = [...imageList(root, 'images', file), ...imageList(root, 'imageTags', file)];
  const helm = ['helmCharts', 'helmChartInflationGenerator', 'helmGlobals'].some((f) => goField(root, f));
  return { images, refs: references(root, file), helm };
}

function imageList(root: GoMap, field: string, file: string): ImageEntry[] {
  const f = goField(root, field);
  if (!f || f.value === null) return [];
  if (!Array.isArray(f.value)) throw new UserError(`${f.key} is not a list; expected a list of images`, file, f.line);
  return f.value.map((it, i) => {
    if (!isGoMap(it)) throw new UserError(`${f.key}[${i}] is not a mapping; expected name/newTag/digest`, file, f.line);
    refuseUnknown(it, IMAGE_FIELDS, file, `${f.key}[${i}] `);
    const get = (k: string): string | undefined => {
      const g = goField(it, k);
      return g ? str(g.value, `${f.key}[${i}].${g.key}`, file, g.line) : undefined;
    };
    return {
      name: get('name') ?? '', newName: get('newName'), newTag: get('newTag'), digest: get('digest'),
      line: it.line, tagSuffix: get('tagSuffix'),
    };
  });
}

function references(root: GoMap, file: string): Reference[] {
  const refs: Reference[] = [];
  const add: Add = (v, kind, field, line) => {
    const p = typeof v === 'string' ? v.trim() : '';
    // Inline content (a patch or generator written in place, JSON or YAML) is not a path.
    if (p && !p.includes('\n') && !/^[{[]/.test(p)) refs.push({ path: p, kind, field, line });
  };
  const list = (field: string): { items: GoValue[]; line: number } => {
    const f = goField(root, field);
    return { items: f && Array.isArray(f.value) ? f.value : [], line: f?.line ?? 1 };
  };
  for (const [field, kind] of KUSTOMIZATION_REFS) {
    const { items, line } = list(field);
    for (const it of items) add(it, kind, field, line);
  }
  for (const field of ['patches', 'patchesJson6902', 'replacements']) {
    for (const it of list(field).items) if (isGoMap(it)) add(goField(it, 'path')?.value, 'file', field, it.line);
  }
  for (const field of ['configMapGenerator', 'secretGenerator', 'helmCharts']) {
    for (const it of list(field).items) if (isGoMap(it)) generatorFiles(it, field, add);
  }
  const openapi = goField(root, 'openapi');
  if (openapi && isGoMap(openapi.value)) add(goField(openapi.value, 'path')?.value, 'file', 'openapi', openapi.line);
  const r = refs.find((x) => x.path.startsWith('/'));
  if (r) {
    const message = `${r.field} names the absolute path ${quote(r.path)}; expected a path inside the repository`;
    throw new UserError(message, file, r.line);
  }
  return refs;
}

type Add = (v: GoValue | undefined, kind: RefKind, field: string, line: number) => void;

function generatorFiles(g: GoMap, field: string, add: Add): void {
  const files = goField(g, 'files')?.value;
  const envs = goField(g, 'envs')?.value;
  for (const f of Array.isArray(files) ? files : []) {
    if (typeof f === 'string') add(f.includes('=') ? f.slice(f.indexOf('=') + 1) : f, 'file', field, g.line);
  }
  for (const e of Array.isArray(envs) ? envs : []) add(e, 'file', field, g.line);
  add(goField(g, 'env')?.value, 'file', field, g.line);
  add(goField(g, 'valuesFile')?.value, 'file', field, g.line);
}
