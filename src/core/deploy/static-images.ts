// The static model of what a target deploys, read from its own file without a renderer.
// - A kustomization target: the references its images: entries produce (kustomize's rules, see kustomization.ts).
// - A path target (Helm values, an Argo CD Application): every scalar whose key names an image, tag, digest,
//   repository, registry, chart or revision, plus the configured path itself, as "key.path=value" strings. A chart
//   may read an image from a key named otherwise: that is beyond what this model can see (docs say so).
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { parseYaml } from '../yaml-documents.js';
import type { Target } from '../layout.js';
import { entryReference, parseKustomization } from './kustomization.js';

export interface StaticImages { images: string[]; line: number }

export function kustomizationImages(text: string, file: string): StaticImages {
  const k = parseKustomization(text, file);
  const images = [...new Set(k.images.map(entryReference))].sort();
  return { images, line: k.images[k.images.length - 1]?.line ?? 1 };
}

const IDENTITY_KEY = /(^|[._\-[\]=])(image|images|tag|digest|repository|registry|chart|targetrevision|repourl|version)([._\-[\]=]|$)/i;

export function pathTargetImages(text: string, t: Target): StaticImages {
  const { documents } = parseYaml(text, t.file);
  const out = new Set<string>();
  documents.forEach((doc, i) => {
    if (t.document !== undefined && i !== t.document) return;
    walk(doc.contents as Node | null, '', (key, value) => {
      if (IDENTITY_KEY.test(key) || key === t.path) out.add(`${t.document ?? i}:${key}=${value}`);
    });
  });
  return { images: [...out].sort(), line: 1 };
}

/** Calls `seen` for every scalar with its key path; a Helm/Argo `parameters` item is keyed by its name. */
function walk(node: Node | null, at: string, seen: (key: string, value: string) => void, depth = 0): void {
  if (!node || depth > 64) return;
  if (isScalar(node)) {
    seen(at, String(node.value));
  } else if (isMap(node)) {
    for (const p of node.items) {
      const k = isScalar(p.key) ? String(p.key.value) : '';
      walk(p.value as Node | null, at ? `${at}.${k}` : k, seen, depth + 1);
    }
  } else if (isSeq(node)) {
    node.items.forEach((it, i) => {
      const named = isMap(it) ? it.items.find((p) => isScalar(p.key) && p.key.value === 'name') : undefined;
      const label = named && isScalar(named.value) ? `[name=${String(named.value.value)}]` : `[${i}]`;
      walk(it as Node, `${at}${label}`, seen, depth + 1);
    });
  }
}
