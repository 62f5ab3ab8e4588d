// policy.parityIgnore globs: `*` within one path segment, `**` across segments, `?` one character.
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const res = globs.map((g) => new RegExp(`^${g.split('**').map((part) => part.split('*').map((s) => s.split('?').map(esc).join('[^/]')).join('[^/]*')).join('.*')}$`));
  return (path) => res.some((r) => r.test(path));
}

const esc = (s: string): string => s.replace(/[.+^${}()|[\]\\]/g, '\\$&');
