// The quick readers must give exactly the full readers' answers, or none: plain overlays take the quick path
// (else it buys nothing), and every shape outside the plain subset falls back (else it could lie).
import { describe, expect, it } from '@jest/globals';
import { quickKustomizationImages, quickTargetVersion } from '../../src/core/quick-read.js';
import { readSimpleYaml } from '../../src/core/simple-yaml.js';
import { fullTargetVersion } from '../../src/core/target-version.js';
import { fullKustomizationImages } from '../../src/core/deploy/static-images.js';
import type { Target } from '../../src/core/layout.js';

const target = (image = 'auto', app = 'web'): Target => ({ app, env: 'prod', file: 'k.yaml', image });

const PLAIN = [
  'apiVersion: kustomize.config.k8s.io/v1beta1',
  'kind: Kustomization',
  'namespace: web',
  'resources:',
  '  - ../../base',
  'images:',
  '  - name: ghcr.io/acme/web',
  '    newTag: v1.2.0 # {"$imagepolicy": "flux-system:web:tag"}',
  '',
].join('\n');

const plainShapes: string[] = [
  PLAIN,
  PLAIN.replace('  - ../../base', '- ../../base').replace('  - name', '- name').replace('    newTag', '  newTag'),
  PLAIN.replace('    newTag: v1.2.0', '    newTag: 1.2.3'),
  PLAIN.replace('    newTag: v1.2.0', '    newTag: v1.2.0@sha256:abc'),
  PLAIN.replace('    newTag: v1.2.0 #', '    digest: sha256:0123abcd #'),
  `${PLAIN}    digest: sha256:0123abcd\n`,
  PLAIN.replace('  - name: ghcr.io/acme/web\n', '  - name: ghcr.io/acme/web\n    newName: registry.acme.io/web\n'),
  PLAIN.replace('images:\n', '# a comment line\nimages:\n\n'),
  `${PLAIN}  - name: ghcr.io/acme/sidecar\n    newTag: v9\n`,
  PLAIN.replace('  - name: ghcr.io/acme/web\n    newTag: v1.2.0', '  -   name: ghcr.io/acme/web\n      newTag: v1.2.0'),
  PLAIN.replace('    newTag: v1.2.0 #', '    tagSuffix: -debug\n    newTag: v1.2.0 #'),
  PLAIN.replace('# {"$imagepolicy": "flux-system:web:tag"}', ''),
];

const otherShapes: string[] = [
  PLAIN.replace('v1.2.0', '"v1.2.0"'),
  PLAIN.replace('v1.2.0', "'v1.2.0'"),
  PLAIN.replace('v1.2.0', '1.10'),
  PLAIN.replace('v1.2.0', '010'),
  PLAIN.replace('v1.2.0', 'on'),
  PLAIN.replace('v1.2.0', 'null'),
  PLAIN.replace('v1.2.0', 'v1#2'),
  PLAIN.replace('    newTag: v1.2.0', '    newTag:'),
  PLAIN.replace('    newTag: v1.2.0', '    newTag: &t v1.2.0'),
  PLAIN.replace('    newTag: v1.2.0', '    newTag: !!str v1.2.0'),
  PLAIN.replace('    newTag: v1.2.0', '    newTag: v1.2.0\n    newTag: v1.3.0'),
  PLAIN.replace('    newTag: v1.2.0', '    newTag: v1.2.0\n     continued'),
  PLAIN.replace('    newTag: v1.2.0', '    NewTag: v1.2.0'),
  PLAIN.replace('namespace: web', 'namespace: web\nreplicas:\n  - name: web\n    count: 3'),
  PLAIN.replace('namespace: web', 'namespace: web\nimages: []'),
  PLAIN.replace('  - name: ghcr.io/acme/web\n    newTag: v1.2.0', '  - {name: ghcr.io/acme/web, newTag: v1.2.0}'),
  PLAIN.replace('\n', '\r\n'),
  PLAIN.replace('    newTag', '\tnewTag'),
  `---\n${PLAIN}`,
  `${PLAIN}---\nkind: Other\n`,
  PLAIN.replace('  - ../../base', '  - /etc/passwd'),
  PLAIN.replace('images:', 'imageTags:'),
  PLAIN.replace('namespace: web', 'namespace: web:'),
  PLAIN.replace('kind: Kustomization', 'kind: Kustomization\nkind: Kustomization'),
  PLAIN.replace('  - name', '  -name'),
  '',
  'images:\n',
];

type Answer = { ok: unknown } | { error: string };
const answer = (f: () => unknown): Answer => {
  try {
    return { ok: f() };
  } catch (e) {
    return { error: (e as Error).message };
  }
};

function agree(text: string): { version: boolean; images: boolean } {
  const t = target();
  const qv = quickTargetVersion(text, t);
  if (qv) expect({ ok: qv }).toEqual(answer(() => fullTargetVersion(text, t)));
  const qi = quickKustomizationImages(text);
  if (qi) expect({ ok: qi }).toEqual(answer(() => fullKustomizationImages(text, t.file)));
  return { version: qv !== undefined, images: qi !== undefined };
}

describe('quick readers', () => {
  it('answer plain overlays, exactly as the full readers do', () => {
    for (const text of plainShapes) expect([text, agree(text)]).toEqual([text, { version: true, images: true }]);
  });

  it('leave every other shape to the full readers', () => {
    for (const text of otherShapes) expect([text, agree(text)]).toEqual([text, { version: false, images: false }]);
  });

  it('pick the entry of image: auto as the full reader does, or leave it', () => {
    const two = `${PLAIN}  - name: ghcr.io/acme/sidecar\n    newTag: v9\n`;
    expect(quickTargetVersion(two, target('auto', 'web'))?.version).toBe('v1.2.0');
    expect(quickTargetVersion(two, target('auto', 'sidecar'))?.version).toBe('v9');
    expect(quickTargetVersion(two, target('auto', 'other'))).toBeUndefined();
    expect(quickTargetVersion(two, target('ghcr.io/acme/sidecar'))?.line).toBe(10);
    expect(quickTargetVersion(two, { ...target(), document: 0 })).toBeUndefined();
    // Two entries of one name: kustomize applies both (the images agree), but which one holds the version is the
    // full reader's question (it refuses the file).
    const twice = `${PLAIN}  - name: ghcr.io/acme/web\n    newTag: v2\n`;
    expect(agree(twice)).toEqual({ version: false, images: true });
  });

  it('agree with the full readers on thousands of random edits of a plain overlay', () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = [' ', '  ', '\n', '-', ':', '#', ' #', '"', "'", '&a ', '*a', '!', '{', '[', '1', '.', 'on', '@', '/', '\t', 'x', '---\n'];
    let quick = 0;
    for (let i = 0; i < 3000; i++) {
      let text = PLAIN;
      for (let k = rand(3) + 1; k > 0; k--) {
        const at = rand(text.length + 1);
        text = rand(4) ? text.slice(0, at) + (pieces[rand(pieces.length)] as string) + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
      }
      const a = agree(text);
      if (a.version) quick++;
    }
    // Most single edits keep the file plain: the comparison above ran on real quick answers.
    expect(quick).toBeGreaterThan(300);
  });

  it('reads block maps and lists, and refuses what it does not know', () => {
    expect(readSimpleYaml('a:\n  b: c\nd:\n- e\n- f\n')).toEqual({
      kind: 'map', line: 1, entries: new Map<string, unknown>([
        ['a', { kind: 'map', line: 2, entries: new Map([['b', { kind: 'scalar', value: 'c', line: 2 }]]) }],
        ['d', { kind: 'seq', line: 4, items: [{ kind: 'scalar', value: 'e', line: 4 }, { kind: 'scalar', value: 'f', line: 5 }] }],
      ]),
    });
    for (const bad of ['a: b\na: c\n', 'a: [b]\n', ' a: b\n', 'a:\n', 'a: b c\n', 'yes: b\n', 'a:b\n']) expect(readSimpleYaml(bad)).toBeUndefined();
  });
});
