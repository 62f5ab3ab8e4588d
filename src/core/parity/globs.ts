// policy.parityIgnore globs, as in .gitignore: `*` within one path segment, `**` across segments (`**/x` also
// matches x at the root), `?` one character.
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const res = globs.map((g) => new RegExp(`^${g.split('**/').map(segment).join('(?:.*/)?')}$`));
  return (path) => res.some((r) => r.test(path));
}

// Split on the longest wildcard first, so the pieces between `**` are read for `*`, and those between `*` for `?`.
const segment = (part: string): string => part.split('**').map(stars).join('.*');
const stars = (part: string): string => part.split('*').map(questions).join('[^/]*');
const questions = (part: string): string => part.split('?').map(esc).join('[^/]');

const esc = (s: string): string => s.replace(/[.+^${}()|[\]\\]/g, '\\$&');
