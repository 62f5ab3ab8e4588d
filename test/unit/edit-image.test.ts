import { describe, expect, it } from '@jest/globals';
import { image, userError } from '../support/edit-helpers.js';

const D1 = `sha256:${'a'.repeat(64)}`;
const D2 = `sha256:${'b'.repeat(64)}`;

const overlay = [
  'apiVersion: kustomize.config.k8s.io/v1beta1',
  'kind: Kustomization',
  'resources:',
  '  - ../../base',
  'images:',
  '  - name: ghcr.io/acme/web',
  '    newTag: v1.0.0 # {"$imagepolicy": "flux-system:web:tag"}',
  '  - name: ghcr.io/acme/api',
  '    newName: registry.example.com/acme/api',
  '    newTag: "1.4"',
  `    digest: ${D1}`,
  '  - name: ghcr.io/acme/worker',
  '    newName: registry.example.com/acme/worker',
  '',
].join('\n');

describe('edit --image TAG', () => {
  it('sets newTag and keeps the marker comment', () => {
    const r = image(overlay, 'ghcr.io/acme/web', 'v1.1.0');
    expect(r.text).toBe(overlay.replace('newTag: v1.0.0 #', 'newTag: v1.1.0 #'));
    expect(r.changes).toEqual([{ line: 7, field: 'newTag', from: 'v1.0.0', to: 'v1.1.0' }]);
  });

  it('removes a digest, which kustomize would let win over the new tag', () => {
    const r = image(overlay, 'ghcr.io/acme/api', '1.10');
    expect(r.text).toBe(overlay.replace('newTag: "1.4"', 'newTag: "1.10"').replace(`    digest: ${D1}\n`, ''));
    expect(r.changes).toEqual([
      { line: 10, field: 'newTag', from: '1.4', to: '1.10' },
      { line: 11, field: 'digest', from: D1, to: null },
    ]);
  });

  it('inserts a missing newTag right after newName with the entry indentation', () => {
    const r = image(overlay, 'ghcr.io/acme/worker', '2.0');
    expect(r.text).toBe(overlay.replace('registry.example.com/acme/worker\n', 'registry.example.com/acme/worker\n    newTag: "2.0"\n'));
    expect(r.changes).toEqual([{ line: 14, field: 'newTag', from: null, to: '2.0' }]);
  });

  it('inserts with the file line ending, and keeps a missing final newline', () => {
    const crlf = 'images:\r\n- name: a\r\n  newName: b\r\nx: 1\r\n';
    expect(image(crlf, 'a', 'v2').text).toBe('images:\r\n- name: a\r\n  newName: b\r\n  newTag: v2\r\nx: 1\r\n');
    expect(image('images:\n- name: a', 'a', 'v2').text).toBe('images:\n- name: a\n  newTag: v2');
  });

  it('hands the "- " to the next key when the removed digest started the item', () => {
    const text = `images:\n- digest: ${D1}\n  name: a\n  newTag: v1\n`;
    expect(image(text, 'a', 'v2').text).toBe('images:\n- name: a\n  newTag: v2\n');
    const deeper = `images:\n  -   digest: ${D1}\n      name: a\n`;
    expect(image(deeper, 'a', 'v2').text).toBe('images:\n  -   name: a\n      newTag: v2\n');
  });

  it('removes a last line without a final newline and keeps it without one', () => {
    expect(image(`images:\n- name: a\n  newTag: v1\n  digest: ${D1}`, 'a', 'v2').text).toBe('images:\n- name: a\n  newTag: v2');
  });

  it('reports unchanged when the tag is already set and no digest is present', () => {
    expect(image(overlay, 'ghcr.io/acme/web', 'v1.0.0')).toMatchObject({ changed: false, text: overlay });
  });
});

describe('edit --image TAG@sha256 and @sha256', () => {
  it('sets newTag and digest, inserting the digest after newTag', () => {
    const r = image(overlay, 'ghcr.io/acme/web', `v2@${D2}`);
    expect(r.text).toBe(overlay.replace('newTag: v1.0.0 # {"$imagepolicy": "flux-system:web:tag"}\n', `newTag: v2 # {"$imagepolicy": "flux-system:web:tag"}\n    digest: ${D2}\n`));
  });

  it('updates both when both exist', () => {
    expect(image(overlay, 'ghcr.io/acme/api', `1.5@${D2}`).text).toBe(overlay.replace('"1.4"', '"1.5"').replace(D1, D2));
  });

  it('keeps a combined newTag combined', () => {
    const text = `images:\n- name: a\n  newTag: v1@${D1}\n`;
    expect(image(text, 'a', `v2@${D2}`).text).toBe(`images:\n- name: a\n  newTag: v2@${D2}\n`);
  });

  it('splits a combined newTag that has a digest line beside it, which kustomize would deploy as tag@new@old', () => {
    const text = `images:\n- name: a # app\n  newTag: v1@${D1} # pinned\n  digest: ${D1}\n`;
    const r = image(text, 'a', `v2@${D2}`);
    expect(r.text).toBe(`images:\n- name: a # app\n  newTag: v2 # pinned\n  digest: ${D2}\n`);
    expect(r.changes).toEqual([
      { line: 3, field: 'newTag', from: `v1@${D1}`, to: 'v2' },
      { line: 4, field: 'digest', from: D1, to: D2 },
    ]);
  });

  it('splits a combined newTag with a digest line even when the value is already the combined newTag', () => {
    const text = `images:\n- name: a\n  newTag: "v2@${D2}"\n  digest: '${D1}'\n`;
    const r = image(text, 'a', `v2@${D2}`);
    expect(r).toMatchObject({ changed: true, text: `images:\n- name: a\n  newTag: "v2"\n  digest: '${D2}'\n` });
  });

  it('splits a combined newTag beside an empty digest line, filling the digest', () => {
    const text = `images:\n- name: a\n  newTag: v1@${D1}\n  digest:\n`;
    expect(image(text, 'a', `v2@${D2}`).text).toBe(`images:\n- name: a\n  newTag: v2\n  digest: ${D2}\n`);
  });

  it('TAG or @sha256 alone on a combined newTag with a digest line leaves one key holding exactly VALUE', () => {
    const text = `images:\n- name: a\n  newTag: v1@${D1}\n  digest: ${D1}\n`;
    expect(image(text, 'a', 'v2').text).toBe('images:\n- name: a\n  newTag: v2\n');
    expect(image(text, 'a', `@${D2}`).text).toBe(`images:\n- name: a\n  digest: ${D2}\n`);
  });

  it('digest only: sets the digest and removes newTag', () => {
    expect(image(overlay, 'ghcr.io/acme/api', `@${D2}`).text).toBe(overlay.replace('    newTag: "1.4"\n', '').replace(D1, D2));
    expect(image(overlay, 'ghcr.io/acme/web', `@${D2}`).text).toBe(overlay.replace('    newTag: v1.0.0 # {"$imagepolicy": "flux-system:web:tag"}\n', `    digest: ${D2}\n`));
  });

  it('inserts both lines into an entry that has neither', () => {
    const text = 'images:\n- name: a\nother: 1\n';
    expect(image(text, 'a', `v1@${D1}`).text).toBe(`images:\n- name: a\n  newTag: v1\n  digest: ${D1}\nother: 1\n`);
  });
});

describe('edit --image in flow style', () => {
  it('sets, inserts and removes keys inside the braces', () => {
    expect(image('images: [{name: a, newTag: v1}]\n', 'a', 'v2').text).toBe('images: [{name: a, newTag: v2}]\n');
    expect(image('images: [{name: a}]\n', 'a', '1.10').text).toBe('images: [{name: a, newTag: "1.10"}]\n');
    expect(image(`images: [{name: a, newTag: v1, digest: "${D1}"}]\n`, 'a', 'v2').text).toBe('images: [{name: a, newTag: v2}]\n');
    expect(image(`images: [{digest: "${D1}", name: a}]\n`, 'a', 'v2').text).toBe('images: [{name: a, newTag: v2}]\n');
    expect(image('images: [{name: a, newTag: v1}, {name: b}]\n', 'b', `@${D1}`).text).toBe(`images: [{name: a, newTag: v1}, {name: b, digest: ${D1}}]\n`);
  });
});

describe('edit --image refusals', () => {
  it.each([
    ['latest@sha256:short', 'f.yaml:6: --to "latest@sha256:short" has a malformed digest "sha256:short"; expected TAG, TAG@sha256:<64 lowercase hex> or @sha256:<64 lowercase hex>'],
    [`v1@sha256:${'A'.repeat(64)}`, 'has a malformed digest'],
    ['-v1', 'is not a valid image tag'],
    ['v1/2', 'is not a valid image tag'],
    [`v1:2@${D1}`, 'has an invalid tag "v1:2"'],
    ['v1 2', 'contains whitespace'],
  ])('refuses --to %j', (value, message) => {
    expect(userError(() => image(overlay, 'ghcr.io/acme/web', value)).format()).toContain(message);
  });

  it('names the entries it found when the name is not there', () => {
    expect(userError(() => image(overlay, 'ghcr.io/acme/we', 'v2')).format()).toBe(
      'f.yaml:5: --image "ghcr.io/acme/we": no images: entry has name "ghcr.io/acme/we" (names found: ghcr.io/acme/web, ghcr.io/acme/api, ghcr.io/acme/worker)');
  });

  it('refuses two entries with the same name', () => {
    expect(userError(() => image('images:\n- name: a\n  newTag: v1\n- name: a\n', 'a', 'v2')).format()).toBe(
      'f.yaml:2: --image "a": 2 images: entries have that name (lines 2, 4); expected exactly one');
  });

  it('refuses a file without an images: list', () => {
    expect(userError(() => image('resources: [a]\n', 'a', 'v2')).format()).toBe(
      'f.yaml:1: --image "a": no top-level "images:" list; expected a kustomization with an images: entry named "a"');
  });

  it('refuses an alias as newTag', () => {
    expect(userError(() => image('v: &v v1\nimages:\n- name: a\n  newTag: *v\n', 'a', 'v2')).format()).toBe(
      'f.yaml:4: images[name=a].newTag is the alias *v; edit "v" (under the anchor &v at line 1) instead, which changes every alias of it');
  });

  it('refuses to remove an anchored newTag that aliases still use', () => {
    const text = 'images:\n- name: a\n  newTag: &rel v1\n- name: b\n  newTag: *rel\n';
    expect(userError(() => image(text, 'a', `@${D1}`)).format()).toBe(
      'f.yaml:3: cannot remove newTag of images[name=a]: it is the anchor &rel, used by 1 alias (line 5); expected a value no alias depends on');
    expect(image(text, 'a', 'v2')).toMatchObject({ anchor: 'rel', sharedByAliases: 1, text: text.replace('&rel v1', '&rel v2') });
  });

  it('refuses a file whose alias has no anchor', () => {
    expect(userError(() => image('images:\n- name: a\n  newTag: *nope\n', 'a', 'v2')).format()).toBe(
      'f.yaml:3: not valid YAML: the alias *nope has no anchor &nope before it; expected a YAML file');
  });
});
