// Read and set the version a target holds. For kustomize images the version is newTag, `tag@sha256:…` when a
// digest is pinned too, or `@sha256:…` for a digest alone.
import { isAlias, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { editYamlText, type EditResult } from './edit.js';
import { UserError, quote } from './errors.js';
import { findEntry, onePair } from './kustomize-image.js';
import { pairsNamed, locatePath } from './locate.js';
import { parseYaml } from './yaml-documents.js';
import { parsePath } from './yaml-path.js';
import { quickTargetVersion } from './quick-read.js';
import type { Target } from './layout.js';

export interface TargetVersion {
  /** undefined when the target holds no version yet (no newTag/digest, or an empty value). */
  version?: string;
  /** The line the version is on (or the entry's line), for annotations. */
  line: number;
  /** For image targets: the images: entry name actually used (resolves image: auto). */
  imageName?: string;
}

function imageNames(docs: readonly Document.Parsed[], document: number | undefined): string[] {
  const names: string[] = [];
  docs.forEach((doc, i) => {
    if (document !== undefined && i !== document) return;
    const images = isMap(doc.contents) ? pairsNamed(doc.contents, 'images') : [];
    for (const p of images) {
      if (!isSeq(p.value)) continue;
      for (const it of p.value.items) {
        const n = isMap(it) ? pairsNamed(it as Node, 'name')[0]?.value : undefined;
        if (isScalar(n)) names.push(String(n.value));
      }
    }
  });
  return names;
}

/** Zero-config's `image: auto`: the only images: entry, or the one whose last path segment is the app. */
function autoImage(docs: readonly Document.Parsed[], t: Target): string {
  const names = imageNames(docs, t.document);
  if (names.length === 1) return names[0] as string;
  const byApp = names.filter((n) => n.split('/').pop()?.split(':')[0] === t.app);
  if (byApp.length === 1) return byApp[0] as string;
  throw new UserError(names.length
    ? `cannot tell which images: entry is app ${quote(t.app)} (entries: ${names.join(', ')}); `
      + `expected one entry, or one named .../${t.app}; say which with image: in gitops-promote.yaml`
    : `has no images: entries; expected a kustomization with an images: entry for app ${quote(t.app)}`, t.file, 1);
}

export function readTargetVersion(text: string, t: Target): TargetVersion {
  // Most overlays are plain: read without a full parse (the same answer; anything else takes the full reader).
  return quickTargetVersion(text, t) ?? fullTargetVersion(text, t);
}

/** The reference reader: a full YAML parse with exact ranges. */
export function fullTargetVersion(text: string, t: Target): TargetVersion {
  const { source: src, documents } = parseYaml(text, t.file);
  if (t.image !== undefined) {
    const name = t.image === 'auto' ? autoImage(documents, t) : t.image;
    const { map: entry, documentIndex } = findEntry(documents, name, t.document, src, t.file);
    const doc = documents[documentIndex] as Document.Parsed;
    const value = (k: string): string | undefined => {
      const p = onePair(entry, k, src, t.file);
      let v: unknown = p?.value;
      if (isAlias(v)) v = v.resolve(doc);
      return isScalar(v) && String(v.value) !== '' ? String(v.value) : undefined;
    };
    const tag = value('newTag');
    const digest = value('digest');
    const line = src.lineOf(
      (onePair(entry, 'newTag', src, t.file) ?? onePair(entry, 'digest', src, t.file))?.value?.range?.[0]
        ?? entry.range?.[0] ?? 0);
    const version = tag && digest ? `${tag}@${digest}` : tag ?? (digest ? `@${digest}` : undefined);
    return { version, line, imageName: name };
  }
  const pathText = t.path as string;
  const loc = locatePath(documents, parsePath(pathText), t.document, src, t.file, pathText);
  const node = loc.node;
  if (!isScalar(node)) {
    throw new UserError(`${pathText} is not a scalar; expected a version value`, t.file,
      node.range ? src.lineOf(node.range[0]) : 1);
  }
  const v = String(node.value);
  return { version: v === '' ? undefined : v, line: node.range ? src.lineOf(node.range[0]) : 1 };
}

export function setTargetVersion(text: string, t: Target, imageName: string | undefined, version: string): EditResult {
  const target = t.image !== undefined
    ? { kind: 'image' as const, name: imageName ?? (t.image as string) }
    : { kind: 'path' as const, path: t.path as string };
  return editYamlText(text, { target, value: version, document: t.document }, t.file);
}
