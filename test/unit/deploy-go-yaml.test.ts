// go-yaml v2 as kustomize reads a kustomization: duplicate keys, merge keys `<<` and encoding/json's
// case-insensitive field matching. Every expectation here was checked once against the real kustomize
// (`kubectl kustomize`, kustomize v5.5.0) on a one-Deployment overlay (image ghcr.io/acme/web:v0) whose images:
// entry had the shape under test; the comment on each test says what kustomize deployed.
import { describe, expect, it } from '@jest/globals';
import { LineCounter, parseDocument } from 'yaml';
import { foldKey, goField, goPlain, goValue, isGoMap, type GoMap } from '../../src/core/deploy/go-yaml.js';

/** The root map of a one-document text as go-yaml reads it. */
function goMap(text: string): GoMap {
  const lc = new LineCounter();
  const doc = parseDocument(text, { version: '1.1', uniqueKeys: false, lineCounter: lc, merge: false });
  const v = goValue(doc.contents, doc, (o) => lc.linePos(o).line);
  if (!isGoMap(v)) throw new Error('expected a map');
  return v;
}

const field = (text: string, name: string): unknown => goField(goMap(text), name)?.value;

describe('go-yaml v2 maps: order decides', () => {
  it('a later duplicate key wins', () => {
    // kustomize: `newTag: v1` then `newTag: v2` deployed web:v2.
    expect(goPlain('newTag: v1\nnewTag: v2\n')).toEqual({ newTag: 'v2' });
  });

  it('a merge << after an explicit key overrides it', () => {
    // kustomize: `newTag: v1` then `<<: {newTag: v2}` deployed web:v2 (YAML's spec would keep v1).
    expect(goPlain('newTag: v1\n<<: {newTag: v2}\n')).toEqual({ newTag: 'v2' });
  });

  it('an explicit key after a merge << wins', () => {
    // kustomize: `<<: {newTag: v2}` then `newTag: v1` deployed web:v1.
    expect(goPlain('<<: {newTag: v2}\nnewTag: v1\n')).toEqual({ newTag: 'v1' });
  });

  it('a merge of a list of maps: the first map has the last word', () => {
    // kustomize: `<<: [{newTag: v2}, {newTag: v3}]` deployed web:v2.
    expect(goPlain('<<: [{newTag: v2}, {newTag: v3}]\n')).toEqual({ newTag: 'v2' });
    // Keys only one map has are all taken. kustomize: `<<: [{newTag: v2}, {digest: sha256:A}]` deployed web:v2@A.
    expect(goPlain('<<: [{newTag: v2}, {digest: "sha256:a"}]\n')).toEqual({ newTag: 'v2', digest: 'sha256:a' });
  });

  it('merges through an alias and nested merges', () => {
    // kustomize: an entry `- &b {name: other, newTag: v4}` merged with `<<: *b` into web's entry deployed web:v4.
    expect(goPlain('a: &b {newTag: v4, name: other}\nc:\n  <<: *b\n  name: web\n')).toEqual({
      a: { name: 'other', newTag: 'v4' },
      c: { name: 'web', newTag: 'v4' },
    });
    // kustomize: `<<: {<<: {newTag: v6}, digest: ""}` deployed web:v6.
    expect(goPlain('<<: {<<: {newTag: v6}, digest: ""}\n')).toEqual({ newTag: 'v6', digest: '' });
  });

  it('a quoted "<<" is an ordinary key, not a merge', () => {
    // kustomize: `"<<": {newTag: v2}` was refused with `json: unknown field "<<"`: a key, never merged.
    expect(goPlain('"<<": {newTag: v2}\nnewTag: v1\n')).toEqual({ '<<': { newTag: 'v2' }, newTag: 'v1' });
    expect(goPlain("'<<': {newTag: v2}\n")).toEqual({ '<<': { newTag: 'v2' } });
  });

  it('records the line of the key that won', () => {
    const m = goMap('name: web\nnewTag: v1\n<<: {newTag: v2}\nnewTag: v3\n');
    expect(goField(m, 'newTag')).toEqual({ value: 'v3', line: 4, key: 'newTag' });
  });
});

describe('encoding/json field matching, as kustomize decodes a kustomization', () => {
  it('matches keys case-insensitively', () => {
    // kustomize: `Images:` with `Name:` and `NEWTAG: v1` deployed web:v1.
    expect(field('Images: []\n', 'images')).toEqual([]);
    expect(field('NEWTAG: v1\n', 'newTag')).toBe('v1');
    expect(field('newTag: v1\n', 'digest')).toBeUndefined();
  });

  it('of two spellings, the byte-wise last key wins, whatever the order in the file', () => {
    // kustomize: `NewTag: v1` + `newtag: v2` and `newtag: v2` + `NewTag: v1` both deployed web:v2
    // ("newtag" sorts after "NewTag" byte-wise); `newTag: v3` + `NEWTAG: v1` deployed web:v3.
    expect(goField(goMap('NewTag: v1\nnewtag: v2\n'), 'newTag')).toMatchObject({ value: 'v2', key: 'newtag' });
    expect(goField(goMap('newtag: v2\nNewTag: v1\n'), 'newTag')).toMatchObject({ value: 'v2', key: 'newtag' });
    expect(goField(goMap('newTag: v3\nNEWTAG: v1\n'), 'newTag')).toMatchObject({ value: 'v3', key: 'newTag' });
  });

  it('a merged spelling and an explicit spelling are both keys; the byte-wise last wins', () => {
    // kustomize: `newTag: v1` + `<<: {NewTag: v2}` deployed web:v1; `NewTag: v1` + `<<: {newTag: v2}` web:v2.
    expect(field('newTag: v1\n<<: {NewTag: v2}\n', 'newTag')).toBe('v1');
    expect(field('NewTag: v1\n<<: {newTag: v2}\n', 'newTag')).toBe('v2');
  });

  it('folds U+017F (long s) onto s and U+212A (Kelvin sign) onto k', () => {
    expect(foldKey('dige\u017ft')).toBe(foldKey('DIGEST'));
    expect(foldKey('\u212aind')).toBe(foldKey('kind'));
    // kustomize: `dige\u017ft: sha256:B` deployed web:v1@sha256:B; `\u212aind: Kustomization` was accepted.
    expect(field('dige\u017ft: sha256:b\n', 'digest')).toBe('sha256:b');
    expect(field('\u212aind: Kustomization\n', 'kind')).toBe('Kustomization');
    // kustomize: `dige\u017ft: sha256:B` + `digest: sha256:A` deployed @sha256:B (U+017F's bytes sort last);
    // `digest: sha256:A` + `DIGE\u017fT: sha256:B` deployed @sha256:A.
    expect(field('dige\u017ft: sha256:b\ndigest: sha256:a\n', 'digest')).toBe('sha256:b');
    expect(field('digest: sha256:a\nDIGE\u017fT: sha256:b\n', 'digest')).toBe('sha256:a');
  });

  it('folds nothing else onto ASCII', () => {
    // Go's simple folding has no other non-ASCII letter in the orbit of an ASCII one: dotless i stays apart.
    expect(field('\u0131mages: []\n', 'images')).toBeUndefined();
    expect(field('\u0130mages: []\n', 'images')).toBeUndefined();
  });
});

describe('goPlain', () => {
  it('sorts keys and resolves aliases, so equal meaning compares equal', () => {
    expect(JSON.stringify(goPlain('b: 1\na: &x [1, 2]\nc: *x\n'))).toBe('{"a":[1,2],"b":1,"c":[1,2]}');
  });

  it('refuses text that is not YAML', () => {
    expect(() => goPlain('a: [1\n')).toThrow();
  });
});
