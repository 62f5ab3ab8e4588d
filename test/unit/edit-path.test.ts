import { describe, expect, it } from '@jest/globals';
import { path, userError } from '../support/edit-helpers.js';

describe('edit --path: only the value bytes change', () => {
  it('keeps a trailing comment, spacing and everything else', () => {
    const text = '# header\nimage:\n  repository: ghcr.io/acme/web   # the repo\n  tag: v1.0.0 # {"$imagepolicy": "flux-system:web:tag"}\n\n  pullPolicy: IfNotPresent  \n';
    const r = path(text, 'image.tag', 'v1.1.0');
    expect(r.text).toBe(text.replace('tag: v1.0.0 #', 'tag: v1.1.0 #'));
    expect(r.changes).toEqual([{ line: 4, field: 'image.tag', from: 'v1.0.0', to: 'v1.1.0' }]);
  });

  it('quotes values YAML 1.1 would not read as strings, in double quotes', () => {
    for (const v of ['1.10', '0e123', '0755', 'yes', 'on', 'null', '2024-01-01', '12:30', '~']) {
      expect(path('tag: v1\n', 'tag', v).text).toBe(`tag: "${v}"\n`);
    }
  });

  it('keeps single and double quotes', () => {
    expect(path("tag: 'v1'\n", 'tag', '1.10').text).toBe("tag: '1.10'\n");
    expect(path('tag: "v1"\n', 'tag', 'v2').text).toBe('tag: "v2"\n');
    expect(path("tag: 'v1'\n", 'tag', "it's").text).toBe("tag: 'it''s'\n");
  });

  it('keeps CRLF, a BOM and a missing final newline', () => {
    const text = '\ufeffa: 1\r\nimage:\r\n  tag: v1\r\nb: 2';
    expect(path(text, 'image.tag', 'v2').text).toBe('\ufeffa: 1\r\nimage:\r\n  tag: v2\r\nb: 2');
    expect(path('tag: v1', 'tag', 'v2').text).toBe('tag: v2');
  });

  it('fills an empty value after the colon and keeps its comment', () => {
    expect(path('tag:\nx: 1\n', 'tag', 'v2').text).toBe('tag: v2\nx: 1\n');
    expect(path('tag:   # set by CI\n', 'tag', 'v2').text).toBe('tag: v2   # set by CI\n');
    expect(path('tag: ""\n', 'tag', 'v2').text).toBe('tag: "v2"\n');
    expect(path('tag: ~\n', 'tag', 'v2').text).toBe('tag: v2\n');
    expect(path('tag: null # none\n', 'tag', 'v2').text).toBe('tag: v2 # none\n');
  });

  it('selects list items by index and by field, with dots in the value', () => {
    const text = [
      'spec:', '  source:', '    helm:', '      parameters:', '        - name: image.repository', '          value: ghcr.io/acme/web',
      '        - name: image.tag', '          value: "1.0.0"', '  sources:', '  - targetRevision: 1.2.0', '',
    ].join('\n');
    expect(path(text, 'spec.source.helm.parameters[name=image.tag].value', '1.1.0').text).toBe(text.replace('"1.0.0"', '"1.1.0"'));
    expect(path(text, 'spec.sources[0].targetRevision', '1.10').text).toBe(text.replace('targetRevision: 1.2.0', 'targetRevision: "1.10"'));
  });

  it('reads quoted keys that contain dots', () => {
    const text = 'metadata:\n  annotations:\n    example.com/tag: v1\n';
    expect(path(text, 'metadata.annotations["example.com/tag"]', 'v2').text).toBe(text.replace('tag: v1', 'tag: v2'));
  });

  it('edits flow collections with flow-safe tokens', () => {
    expect(path('image: {repo: a, tag: v1}\n', 'image.tag', 'v2').text).toBe('image: {repo: a, tag: v2}\n');
    expect(path('tags: [v1, v2]\n', 'tags[1]', 'a,b').text).toBe('tags: [v1, "a,b"]\n');
  });

  it('keeps a tag and an anchor in front of the value', () => {
    expect(path('tag: !!str 1.0\n', 'tag', '1.10').text).toBe('tag: !!str "1.10"\n');
    const r = path('base: &ver v1\na: *ver\nb: *ver\n', 'base', 'v2');
    expect(r.text).toBe('base: &ver v2\na: *ver\nb: *ver\n');
    expect(r).toMatchObject({ anchor: 'ver', sharedByAliases: 2 });
  });

  it('edits a multi-line plain value as one token', () => {
    expect(path('msg: a\n  b\nx: 1\n', 'msg', 'c').text).toBe('msg: c\nx: 1\n');
  });

  it('reports no change when the token is already right, but re-quotes a plain hazard', () => {
    const same = path('tag: v1 # c\n', 'tag', 'v1');
    expect(same).toMatchObject({ changed: false, text: 'tag: v1 # c\n', changes: [] });
    expect(path('tag: 1.10\n', 'tag', '1.10')).toMatchObject({ changed: true, text: 'tag: "1.10"\n' });
  });

  it('uses --document in multi-document files and refuses ambiguity', () => {
    const text = 'kind: A\nspec: {v: 1}\n---\nkind: B\nspec:\n  v: "2"\n';
    expect(path(text, 'spec.v', '3', 1).text).toBe(text.replace('v: "2"', 'v: "3"'));
    const e = userError(() => path(text, 'spec.v', '3'));
    expect(e.format()).toBe('f.yaml:1: --path "spec.v" resolves in 2 documents (0 at line 1, 1 at line 4); expected one, or pass --document N (0-based)');
    expect(path(text, 'kind', 'C', 0).text.startsWith('kind: C\n')).toBe(true);
    expect(userError(() => path(text, 'kind', 'C', 2)).message).toContain('--document 2: the file has 2 documents');
  });

  it('finds a path present in only one document without --document', () => {
    const text = 'a: 1\n---\nb:\n  c: v1\n';
    expect(path(text, 'b.c', 'v2').text).toBe('a: 1\n---\nb:\n  c: v2\n');
  });
});

describe('edit --path: refusals name the file, line, value and what was expected', () => {
  const values = 'image:\n  repository: web\n  tag: v1\nlist:\n  - a\n';
  it.each([
    ['image.tags', 'f.yaml:1: --path "image.tags" not found: image has no key "tags" (its keys: repository, tag)'],
    ['image.tag.x', 'f.yaml:3: --path "image.tag.x" not found: image.tag is the string "v1", not a mapping with the key "x"'],
    ['list[3]', 'f.yaml:4: --path "list[3]" not found: list has 1 items, so [3] is out of range'],
    ['image', 'f.yaml:2: image is a mapping; expected a scalar value such as a tag'],
    ['list', 'f.yaml:5: list is a list; expected a scalar value such as a tag'],
  ])('%s', (p, message) => {
    expect(userError(() => path(values, p, 'v2')).format()).toBe(message);
  });

  it('refuses VALUEs with whitespace, control characters or nothing, quoting them', () => {
    expect(userError(() => path(values, 'image.tag', 'v1 2')).format()).toBe('f.yaml:3: --to "v1 2" contains whitespace; expected one token such as v1.2.3');
    expect(userError(() => path(values, 'image.tag', 'v1\u0007')).format()).toContain('--to "v1\\u0007" contains a control character');
    expect(userError(() => path(values, 'image.tag', 'a\tb')).message).toContain('whitespace');
    expect(userError(() => path(values, 'image.tag', '')).message).toContain('--to is empty');
  });

  it('refuses block scalars', () => {
    expect(userError(() => path('tag: |\n  v1\n', 'tag', 'v2')).format()).toBe('f.yaml:1: tag is a block scalar (| or >); expected a one-line scalar value');
  });

  it('refuses a path through an alias and names the path to edit instead', () => {
    const text = 'image: &image\n  repository: web\n  tag: v1\nworker:\n  image: *image\n';
    expect(userError(() => path(text, 'worker.image.tag', 'v2')).format()).toBe(
      'f.yaml:5: --path "worker.image.tag" goes through the alias *image at worker.image; edit "image.tag" (under the anchor &image at line 1) instead, which changes every alias of it');
    const r = path(text, 'image.tag', 'v2');
    expect(r).toMatchObject({ changed: true, sharedByAliases: 0 });
  });

  it('refuses a target that is itself an alias', () => {
    const text = 'ver: &ver v1\nimages:\n- name: a\n  newTag: *ver\n';
    expect(userError(() => path(text, 'images[0].newTag', 'v2')).format()).toBe(
      'f.yaml:4: --path "images[0].newTag" is the alias *ver; edit "ver" (under the anchor &ver at line 1) instead, which changes every alias of it');
  });

  it('refuses keys that come from a merge key', () => {
    const text = 'base: &base\n  tag: v1\nprod:\n  <<: *base\n  replicas: 3\n';
    expect(userError(() => path(text, 'prod.tag', 'v2')).format()).toBe(
      'f.yaml:4: --path "prod.tag": the key "tag" at prod comes from the merge key "<<: *base"; edit "base.tag" (under the anchor &base at line 1) instead, which changes every alias of it');
  });

  it('refuses duplicate keys and ambiguous selectors', () => {
    expect(userError(() => path('a: 1\na: 2\n', 'a', 'x')).format()).toBe('f.yaml:1: the key "a" appears 2 times at the document root (lines 1, 2); expected one');
    const list = 'p:\n- name: t\n  value: 1\n- name: t\n  value: 2\n';
    expect(userError(() => path(list, 'p[name=t].value', 'x')).format()).toBe('f.yaml:2: 2 items of p match [name=t] (lines 2, 4); expected exactly one');
    expect(userError(() => path(list, 'p[name=u].value', 'x')).format()).toBe('f.yaml:1: --path "p[name=u].value" not found: no item of p has name=u (found name: t, t)');
  });

  it('refuses text that is not YAML, with the line of the problem', () => {
    expect(userError(() => path('a: 1\nb: [unclosed\n', 'a', 'x')).format()).toMatch(/^f\.yaml:2: not valid YAML: .+; expected a YAML file$/);
    expect(userError(() => path('a: "x\n', 'a', 'x')).format()).toMatch(/^f\.yaml:1: not valid YAML/);
    expect(userError(() => path('', 'a', 'x')).format()).toBe('f.yaml:1: --path "a" not found: the file has no YAML document');
    expect(userError(() => path('just text\n', 'a', 'x')).format()).toBe('f.yaml:1: --path "a" not found: the document root is the string "just text", not a mapping with the key "a"');
  });
});
