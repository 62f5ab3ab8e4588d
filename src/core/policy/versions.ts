// Version strings: `TAG`, `TAG@sha256:…` or `@sha256:…`. Comparisons look at the tag where only one side pins a digest.
import semver from 'semver';

export const tagOf = (v: string): string => {
  const at = v.indexOf('@');
  return at < 0 ? v : v.slice(0, at);
};

/** Same version: equal, or the same tag where only one side also pins a digest. */
export function sameVersion(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (a === b) return true;
  const ta = tagOf(a);
  const tb = tagOf(b);
  return ta !== '' && ta === tb && (!a.includes('@') || !b.includes('@'));
}

/** semver of a tag like v1.2.3 or 1.2.3-rc.1; undefined for tags that are not semver. */
export function semverOf(v: string): string | undefined {
  const t = tagOf(v).replace(/^v/, '');
  return semver.valid(t) ?? undefined;
}

/** Negative when a < b by semver; undefined when either is not semver. */
export function compareVersions(a: string, b: string): number | undefined {
  const sa = semverOf(a);
  const sb = semverOf(b);
  return sa && sb ? semver.compare(sa, sb) : undefined;
}

export function distinct(versions: (string | undefined)[]): string[] {
  return [...new Set(versions.map((v) => v ?? '(none)'))];
}
