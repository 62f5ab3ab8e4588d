// The static model of what a target deploys, read from its own file without a renderer.
// - A kustomization target: the references its images: entries produce (kustomize's rules, see kustomization.ts).
// - A path target (Helm values, an Argo CD Application): every scalar whose key names an image, tag, digest,
//   repository, registry, chart or revision, plus the configured path itself, as "key.path=value" strings. A chart
//   may read an image from a key named otherwise: that is beyond what this model can see (docs say so).
import { parseYaml } from '../yaml-documents.js';
import type { Target } from '../layout.js';
import { effectiveReferences, parseKustomization } from './kustomization.js';
import { goDocuments, GoYamlError, isGoMap, type GoValue } from './go-yaml.js';
import { UserError } from '../errors.js';
import { quickKustomizationImages } from '../quick-read.js';

export interface StaticImages { images: string[]; line: number }

export function kustomizationImages(text: string, file: string): StaticImages {
  return quickKustomizationImages(text) ?? fullKustomizationImages(text, file);
}

/** The reference reader: kustomize's own rules on a full parse. */
export function fullKustomizationImages(text: string, file: string): StaticImages {
  const k = parseKustomization(text, file);
  const images = effectiveReferences(k.images).sort();
  return { images, line: k.images[k.images.length - 1]?.line ?? 1 };
}

const IDENTITY = new Set([
  'image', 'images', 'tag', 'digest', 'repository', 'registry', 'version', 'chart', 'targetrevision', 'repourl',
]);

/** Whether a key path names what is deployed: its last key (or a parameter's name) is an image, tag, digest, … */
function isIdentityKey(key: string): boolean {
  const param = /\[name=([^\]]*)\]\.value$/.exec(key);
  const path = (param ? param[1] as string : key).replace(/\[[^\]]*\]/g, '');
  const parts = path.split('.');
  const last = (parts[parts.length - 1] ?? '').toLowerCase();
  const parent = (parts[parts.length - 2] ?? '').toLowerCase();
  return IDENTITY.has(last) || (last === 'name' && parent.includes('image'));
}

export function pathTargetImages(text: string, t: Target): StaticImages {
  parseYaml(text, t.file); // the same errors, with lines, as every other reader of the file
  let documents: GoValue[];
  try {
    // Helm and Argo CD read YAML with go-yaml (sigs.k8s.io/yaml): aliases resolved, merges applied in order.
    documents = goDocuments(text);
  } catch (e) {
    if (e instanceof GoYamlError) throw new UserError(e.message, t.file, e.line);
    throw e;
  }
  const out = new Set<string>();
  documents.forEach((doc, i) => {
    if (t.document !== undefined && i !== t.document) return;
    walk(doc, '', (key, value) => {
      if (isIdentityKey(key) || key === t.path) out.add(`${t.document ?? i}:${key}=${value}`);
    });
  });
  return { images: [...out].sort(), line: 1 };
}

/** Calls `seen` for every scalar with its key path; a Helm/Argo `parameters` item is keyed by its name. */
function walk(v: GoValue, at: string, seen: (key: string, value: string) => void, depth = 0): void {
  if (v === null || depth > 64) return;
  if (Array.isArray(v)) {
    v.forEach((it, i) => {
      const named = isGoMap(it) ? it.entries.get('name')?.value : undefined;
      walk(it, `${at}${typeof named === 'string' ? `[name=${named}]` : `[${i}]`}`, seen, depth + 1);
    });
  } else if (isGoMap(v)) {
    for (const [k, e] of v.entries) walk(e.value, at ? `${at}.${k}` : k, seen, depth + 1);
  } else {
    seen(at, String(v));
  }
}
