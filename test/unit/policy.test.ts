import { describe, expect, it } from '@jest/globals';
import { checkTag } from '../../src/core/policy/tag-policy.js';
import { compareVersions, distinct, sameVersion, semverOf, tagOf } from '../../src/core/policy/versions.js';

const D1 = `sha256:${'a'.repeat(64)}`;
const D2 = `sha256:${'b'.repeat(64)}`;

describe('checkTag (semver default)', () => {
  it.each(['v1.2.3', '1.2.3', 'v1.2.3-rc.1', '1.4.0-rc.1', 'v0.0.0', 'v10.20.30-beta-2', `v1.2.3@${D1}`])('accepts %s', (v) => {
    expect(checkTag(v, 'semver')).toBeUndefined();
  });

  it.each(['1.2', 'v1', 'v01.2.3', '1.2.3.4', 'v1.2.3+build.1', 'release-1', 'v1.2.3-'])('refuses %s as not semver', (v) => {
    expect(checkTag(v, 'semver')).toEqual({
      rule: 'tag-pattern',
      message: `tag "${v}" is not semver; expected v?MAJOR.MINOR.PATCH[-pre] such as v1.2.3 or 1.4.0-rc.1 (policy.tagPattern)`,
    });
  });

  it('checks only the tag of a tag@digest version', () => {
    expect(checkTag(`1.2@${D1}`, 'semver')).toEqual({
      rule: 'tag-pattern',
      message: 'tag "1.2" is not semver; expected v?MAJOR.MINOR.PATCH[-pre] such as v1.2.3 or 1.4.0-rc.1 (policy.tagPattern)',
    });
  });
});

describe('checkTag: latest and empty tags are always refused', () => {
  it.each([['semver'], ['.*'], ['^latest$']])('refuses latest with tagPattern %s', (pattern) => {
    for (const v of ['latest', 'LATEST', `latest@${D1}`]) {
      expect(checkTag(v, pattern)).toEqual({ rule: 'no-latest', message: 'tag "latest" is never promoted: it names no fixed image; expected a version such as v1.2.3' });
    }
  });

  it('refuses a digest alone, which has no tag to check', () => {
    expect(checkTag(`@${D1}`, '.*')).toEqual({
      rule: 'no-latest',
      message: `version "@${D1}" has no tag; expected a tag such as v1.2.3 (a digest alone cannot be checked against the tag policy)`,
    });
    expect(checkTag('', 'semver')?.rule).toBe('no-latest');
  });
});

describe('checkTag with a regular expression', () => {
  const pattern = '^release-[0-9]{4}\\.[0-9]{2}$';

  it('accepts tags that match it, including ones that are not semver', () => {
    expect(checkTag('release-2026.11', pattern)).toBeUndefined();
    expect(checkTag(`release-2026.11@${D2}`, pattern)).toBeUndefined();
  });

  it('refuses tags that do not, semver or not', () => {
    expect(checkTag('v1.2.3', pattern)).toEqual({ rule: 'tag-pattern', message: `tag "v1.2.3" does not match policy.tagPattern ${pattern}` });
    expect(checkTag('release-2026.1', pattern)).toEqual({ rule: 'tag-pattern', message: `tag "release-2026.1" does not match policy.tagPattern ${pattern}` });
  });

  it('is unanchored unless the pattern anchors it', () => {
    expect(checkTag('my-sha-abc123', 'sha-[0-9a-f]+')).toBeUndefined();
  });
});

describe('versions', () => {
  it('splits the tag off a version', () => {
    expect(tagOf('v1.2.3')).toBe('v1.2.3');
    expect(tagOf(`v1.2.3@${D1}`)).toBe('v1.2.3');
    expect(tagOf(`@${D1}`)).toBe('');
  });

  it('sameVersion: equal, or the same tag when only one side pins a digest', () => {
    expect(sameVersion('v1.2.3', 'v1.2.3')).toBe(true);
    expect(sameVersion('v1.2.3', `v1.2.3@${D1}`)).toBe(true);
    expect(sameVersion(`v1.2.3@${D1}`, 'v1.2.3')).toBe(true);
    expect(sameVersion(`v1.2.3@${D1}`, `v1.2.3@${D1}`)).toBe(true);
    expect(sameVersion(`v1.2.3@${D1}`, `v1.2.3@${D2}`)).toBe(false);
    expect(sameVersion(`@${D1}`, `v1.2.3@${D1}`)).toBe(false);
    expect(sameVersion(`@${D1}`, `@${D2}`)).toBe(false);
    expect(sameVersion('v1.2.3', '1.2.3')).toBe(false);
    expect(sameVersion(undefined, 'v1.2.3')).toBe(false);
    expect(sameVersion(undefined, undefined)).toBe(true);
  });

  it('compareVersions orders by semver with or without v, and ignores digests', () => {
    expect(compareVersions('v1.10.0', 'v1.9.0')).toBe(1);
    expect(compareVersions('1.9.0', 'v1.10.0')).toBe(-1);
    expect(compareVersions('v1.2.3-rc.1', 'v1.2.3')).toBe(-1);
    expect(compareVersions(`v2.0.0@${D1}`, 'v2.0.0')).toBe(0);
    expect(compareVersions('v1.2', 'v1.0.0')).toBeUndefined();
    expect(compareVersions('release-1', 'v1.0.0')).toBeUndefined();
  });

  it('semverOf and distinct', () => {
    expect(semverOf('v1.2.3-rc.1')).toBe('1.2.3-rc.1');
    expect(semverOf('latest')).toBeUndefined();
    expect(distinct(['v1', undefined, 'v1', 'v2', undefined])).toEqual(['v1', '(none)', 'v2']);
  });
});
