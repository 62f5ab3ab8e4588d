import { describe, expect, it } from '@jest/globals';
import { formatPath, parsePath } from '../../src/core/yaml-path.js';
import { UserError } from '../../src/core/errors.js';

describe('parsePath', () => {
  it('splits keys, indexes and selectors', () => {
    expect(parsePath('spec.sources[0].targetRevision')).toEqual([
      { kind: 'key', key: 'spec' }, { kind: 'key', key: 'sources' }, { kind: 'index', index: 0 }, { kind: 'key', key: 'targetRevision' },
    ]);
  });
  it('lets a selector value contain dots and "="', () => {
    expect(parsePath('parameters[name=image.tag].value')).toEqual([
      { kind: 'key', key: 'parameters' }, { kind: 'match', field: 'name', equals: 'image.tag' }, { kind: 'key', key: 'value' },
    ]);
    expect(parsePath('a[k=x=y]')[1]).toEqual({ kind: 'match', field: 'k', equals: 'x=y' });
  });
  it('reads quoted keys with dots, brackets and escapes', () => {
    expect(parsePath('annotations["example.com/tag"]')).toEqual([{ kind: 'key', key: 'annotations' }, { kind: 'key', key: 'example.com/tag' }]);
    expect(parsePath("a['b.c'].d")).toEqual([{ kind: 'key', key: 'a' }, { kind: 'key', key: 'b.c' }, { kind: 'key', key: 'd' }]);
    expect(parsePath('["a]b"]')).toEqual([{ kind: 'key', key: 'a]b' }]);
    expect(parsePath('["a\\"b"]')).toEqual([{ kind: 'key', key: 'a"b' }]);
  });
  it.each([
    ['', 'empty'], ['a..b', 'empty key at character 3'], ['a.', 'trailing'], ['.a', 'empty key at character 1'],
    ['a[', 'unclosed'], ['a[x]', 'bad selector [x]'], ['a["x"', 'unterminated'], ['a[0]b', 'unexpected "b"'], ['a[-1]', 'bad selector'],
  ])('refuses %j (%s)', (path, why) => {
    expect(() => parsePath(path)).toThrow(UserError);
    expect(() => parsePath(path)).toThrow(why);
  });
  it('formats paths back in the same grammar', () => {
    for (const p of ['a.b[0].c', 'a[name=image.tag].value', 'a["b.c"]', 'x["a b"]']) expect(formatPath(parsePath(p))).toBe(p);
  });
});
