// policy.parityIgnore globs (files that never carry images): `*` within one path segment, `**` across segments,
// `?` one character, everything else literal, the whole path matched.
import { describe, expect, it } from '@jest/globals';
import { globMatcher } from '../../src/core/parity/globs.js';

describe('globMatcher', () => {
  it('* stays within one segment', () => {
    const m = globMatcher(['apps/*/README.md']);
    expect([m('apps/web/README.md'), m('apps/web/prod/README.md'), m('apps/README.md')]).toEqual([true, false, false]);
  });

  it('** crosses segments', () => {
    const m = globMatcher(['docs/**', 'apps/**/notes.md']);
    expect([m('docs/a/b/c.md'), m('apps/web/overlays/prod/notes.md')]).toEqual([true, true]);
    // As in .gitignore, a/**/b matches a/b too.
    expect([m('apps/notes.md'), m('docsx/a'), m('apps/x.md')]).toEqual([true, false, false]);
  });

  it('? is one character, not a slash', () => {
    const m = globMatcher(['apps/web/v?.txt']);
    expect([m('apps/web/v1.txt'), m('apps/web/v12.txt'), m('apps/web/v/.txt')]).toEqual([true, false, false]);
  });

  it('matches the whole path, and regex characters are literal', () => {
    const m = globMatcher(['a+b(c)[d]{e}$^|.md']);
    expect(m('a+b(c)[d]{e}$^|.md')).toBe(true);
    expect(m('aab(c)[d]{e}$^|xmd')).toBe(false);
    expect(globMatcher(['README.md'])('apps/README.md')).toBe(false);
    expect(globMatcher(['apps'])('apps/web/kustomization.yaml')).toBe(false);
  });

  it('any of several globs; none matches nothing', () => {
    expect(globMatcher(['*.md', 'docs/**'])('docs/x.yaml')).toBe(true);
    expect(globMatcher([])('anything')).toBe(false);
  });
});
