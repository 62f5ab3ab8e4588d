// The two questions asked of every overlay of a big repository — which version does this target hold (status,
// drift's matrix) and which images does this kustomization deploy (drift, parity's previous environment) — answered
// from the simple-YAML tree when the file is that plain. undefined means "ask the full reader": whatever the quick
// reader cannot vouch for (an unusual key, a number-like tag, an image entry it cannot pick) goes there, errors too.
import { effectiveReferences, type ImageEntry } from './deploy/kustomization.js';
import type { StaticImages } from './deploy/static-images.js';
import type { Target } from './layout.js';
import { readSimpleYaml, type SimpleMap, type SimpleNode } from './simple-yaml.js';
import type { TargetVersion } from './target-version.js';

const SCALAR_FIELDS = new Set(['apiVersion', 'kind', 'namespace', 'namePrefix', 'nameSuffix']);
const PATH_LISTS = new Set(['resources', 'components', 'bases', 'crds']);
const IMAGE_FIELDS = new Set(['name', 'newName', 'newTag', 'digest', 'tagSuffix']);

interface QuickEntry { map: SimpleMap; values: Map<string, { value: string; line: number }> }

/**
 * The last texts read and their entries: drift asks both questions of each overlay (its version for the matrix, its
 * images for the judge) moments apart, and the second answer then costs no parse. Entries are never changed by
 * their readers, so sharing them is safe; the bound keeps memory flat however many overlays pass through.
 */
const recent = new Map<string, QuickEntry[] | undefined>();
// One drift slice's overlays (1,000 apps × 4) fit; more only costs memory and time where each text is read once.
const RECENT = 4096;

function quickEntries(text: string): QuickEntry[] | undefined {
  if (recent.has(text)) return recent.get(text);
  if (recent.size >= RECENT) recent.clear();
  const entries = readEntries(text);
  recent.set(text, entries);
  return entries;
}

/** The images: entries of a plain kustomization whose every key is one the quick readers know. */
function readEntries(text: string): QuickEntry[] | undefined {
  const root = readSimpleYaml(text);
  if (root?.kind !== 'map') return undefined;
  let entries: QuickEntry[] | undefined;
  for (const [key, v] of root.entries) {
    const known = SCALAR_FIELDS.has(key) ? v.kind === 'scalar' : PATH_LISTS.has(key) ? plainPaths(v) : key === 'images';
    if (!known) return undefined;
    if (key !== 'images') continue;
    if (v.kind !== 'seq') return undefined;
    entries = [];
    for (const it of v.items) {
      if (it.kind !== 'map') return undefined;
      const values = new Map<string, { value: string; line: number }>();
      for (const [k, x] of it.entries) {
        if (!IMAGE_FIELDS.has(k) || x.kind !== 'scalar') return undefined;
        values.set(k, { value: x.value, line: x.line });
      }
      if (!values.has('name')) return undefined;
      entries.push({ map: it, values });
    }
  }
  return entries?.length ? entries : undefined;
}

/** A list of relative paths: kustomize would follow them, and nothing in them can change an images: reading. */
const plainPaths = (v: SimpleNode): boolean =>
  v.kind === 'seq' && v.items.every((i) => i.kind === 'scalar' && !i.value.startsWith('/'));

/** readTargetVersion for an image target, when the file is plain enough; undefined otherwise. */
export function quickTargetVersion(text: string, t: Target): TargetVersion | undefined {
  if (t.image === undefined || t.document !== undefined) return undefined;
  const entries = quickEntries(text);
  if (!entries) return undefined;
  const names = entries.map((e) => e.values.get('name')?.value as string);
  let name = t.image;
  if (name === 'auto') {
    const byApp = names.filter((n) => n.split('/').pop()?.split(':')[0] === t.app);
    if (names.length === 1) name = names[0] as string;
    else if (byApp.length === 1) name = byApp[0] as string;
    else return undefined;
  }
  const found = entries.filter((e) => e.values.get('name')?.value === name);
  if (found.length !== 1) return undefined;
  const e = (found[0] as QuickEntry).values;
  const tag = e.get('newTag');
  const digest = e.get('digest');
  const version = tag && digest ? `${tag.value}@${digest.value}` : tag?.value ?? (digest ? `@${digest.value}` : undefined);
  return { version, line: (tag ?? digest)?.line ?? (found[0] as QuickEntry).map.line, imageName: name };
}

/** kustomizationImages for a plain kustomization; undefined otherwise. */
export function quickKustomizationImages(text: string): StaticImages | undefined {
  const entries = quickEntries(text);
  if (!entries) return undefined;
  const list: ImageEntry[] = entries.map((e) => {
    const get = (k: string): string | undefined => e.values.get(k)?.value;
    const tags = { newTag: get('newTag'), digest: get('digest'), tagSuffix: get('tagSuffix') };
    return { name: get('name') as string, newName: get('newName'), ...tags, line: e.map.line };
  });
  return { images: effectiveReferences(list).sort(), line: list[list.length - 1]?.line ?? 1 };
}
