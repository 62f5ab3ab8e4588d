// policy.parityIgnore globs, as in .gitignore: `*` within one path segment, `**` across segments (`**/x` also
// matches x at the root), `?` one character.
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const res = globs.map((g) => new RegExp(`^${g.split('**/').map(segment).join('(?:.*/)?')}$`));
  return (path) => res.some((r) => r.test(path));
}

const segment = (part: string): string => part.split('**').map((p) => p.split('*').map((s) => s.split('?').map(esc).join('[^/]')).join('[^/]*')).join('.*');

const esc = (s: string): string => s.replace(/[.+^${}()|[\]\\]/g, '\\$&');
