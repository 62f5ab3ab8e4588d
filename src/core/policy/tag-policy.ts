// The tag a promotion may carry: never `latest` or empty; semver v?MAJOR.MINOR.PATCH[-pre] by default, or the
// config's regular expression.
import { tagOf } from './versions.js';
import type { Violation } from './violation.js';

const SEMVER_TAG = /^v?(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;

export function checkTag(version: string, tagPattern: string): Violation | undefined {
  const tag = tagOf(version);
  if (tag === '') {
    return {
      rule: 'no-latest',
      message: `version ${JSON.stringify(version)} has no tag; expected a tag such as v1.2.3 `
        + '(a digest alone cannot be checked against the tag policy)',
    };
  }
  if (tag.toLowerCase() === 'latest') {
    return {
      rule: 'no-latest',
      message: `tag "latest" is never promoted: it names no fixed image; expected a version such as v1.2.3`,
    };
  }
  if (tagPattern === 'semver') {
    if (!SEMVER_TAG.test(tag)) {
      return {
        rule: 'tag-pattern',
        message: `tag ${JSON.stringify(tag)} is not semver; `
          + 'expected v?MAJOR.MINOR.PATCH[-pre] such as v1.2.3 or 1.4.0-rc.1 (policy.tagPattern)',
      };
    }
  } else if (!new RegExp(tagPattern).test(tag)) {
    return {
      rule: 'tag-pattern',
      message: `tag ${JSON.stringify(tag)} does not match policy.tagPattern ${tagPattern}`,
    };
  }
  return undefined;
}
