// Git trailers ("Key: value" lines in the last paragraph of a commit message): how promotions and rollbacks
// record what they did, so history, parity and rollback can read it back without any other store.

/** A trailer value on one line, without control characters, of bounded length. */
export function trailerValue(s: string): string {
  const flat = s.replace(/[\x00-\x1f\x7f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 297)}...` : flat;
}

export function formatTrailers(trailers: readonly (readonly [string, string | undefined])[]): string {
  return trailers
    .map(([k, v]) => [k, v === undefined ? '' : trailerValue(v)] as const)
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');
}

/** Trailers of a message: the last paragraph, if every line of it is "Key: value". */
export function parseTrailers(message: string): Map<string, string> {
  const paragraphs = message.replace(/\r\n/g, '\n').trimEnd().split(/\n{2,}/);
  const last = paragraphs.length > 1 ? (paragraphs[paragraphs.length - 1] as string) : '';
  const out = new Map<string, string>();
  const lines = last.split('\n');
  if (!lines.every((l) => /^[A-Za-z0-9-]+: /.test(l))) return out;
  for (const l of lines) {
    const i = l.indexOf(': ');
    const k = l.slice(0, i);
    if (!out.has(k)) out.set(k, l.slice(i + 2));
  }
  return out;
}
