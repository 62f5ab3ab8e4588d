// Environment names and their order. Zero-config knows dev → staging → prod under their common spellings.

export interface Environment {
  /** The name as the repository spells it (directory names, `{env}` in templates). */
  name: string;
  /** Declared regions; when absent, regions are whatever the `{region}` templates find. */
  regions?: string[];
  /** Regions of this env may run different versions without failing parity. */
  staggered?: boolean;
}

const FAMILIES: readonly (readonly string[])[] = [['dev', 'development'], ['staging', 'stage'], ['prod', 'production']];

/** 0 for dev-like, 1 staging-like, 2 prod-like, undefined for names zero-config does not know. */
export function knownRank(name: string): number | undefined {
  const i = FAMILIES.findIndex((f) => f.includes(name));
  return i < 0 ? undefined : i;
}

/** Does `asked` (what a user typed, e.g. "prod") name the env `name` (e.g. "production")? */
export function sameEnv(asked: string, name: string): boolean {
  if (asked === name) return true;
  const a = knownRank(asked);
  return a !== undefined && a === knownRank(name);
}

/** Names are used in paths, branch names and commit trailers: keep them to a safe alphabet. */
export const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;

export function isSafeName(s: string): boolean {
  return NAME_PATTERN.test(s) && !s.includes('..');
}
