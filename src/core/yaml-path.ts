// The --path grammar: `a.b[0].c`, `[key=value]` picks a list item by a field, `["a.b"]` quotes a key.
import { UserError, quote } from './errors.js';

export type PathSegment =
  | { kind: 'key'; key: string }
  | { kind: 'index'; index: number }
  | { kind: 'match'; field: string; equals: string };

const EXPECTED = 'expected KEY, [N], [field=value] or ["quoted.key"] segments joined by "."';

export function parsePath(path: string): PathSegment[] {
  const bad = (at: number, what: string): UserError =>
    new UserError(`--path ${quote(path)}: ${what} at character ${at + 1}; ${EXPECTED}`);
  if (path === '') throw new UserError(`--path is empty; ${EXPECTED}`);
  const segments: PathSegment[] = [];
  let i = 0;
  while (i < path.length) {
    if (path[i] === '[') {
      const inner0 = i + 1;
      let inner: string;
      let close: number;
      const q = path[inner0];
      if (q === '"' || q === "'") {
        // A quoted key may contain "]" and ".": find its closing quote first.
        let j = inner0 + 1;
        while (j < path.length && path[j] !== q) j += path[j] === '\\' && q === '"' ? 2 : 1;
        if (path[j + 1] !== ']') throw bad(i, 'unterminated quoted key');
        const raw = path.slice(inner0, j + 1);
        let key: string;
        try {
          key = q === '"' ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        } catch {
          throw bad(i, `bad quoted key ${raw}`);
        }
        segments.push({ kind: 'key', key });
        i = j + 2;
      } else {
        close = path.indexOf(']', inner0);
        if (close < 0) throw bad(i, 'unclosed "["');
        inner = path.slice(inner0, close);
        const eq = inner.indexOf('=');
        if (/^[0-9]+$/.test(inner)) segments.push({ kind: 'index', index: Number(inner) });
        else if (eq > 0) segments.push({ kind: 'match', field: inner.slice(0, eq), equals: inner.slice(eq + 1) });
        else throw bad(i, `bad selector [${inner}]`);
        i = close + 1;
      }
    } else {
      let j = i;
      while (j < path.length && path[j] !== '.' && path[j] !== '[') j++;
      if (j === i) throw bad(i, 'empty key');
      segments.push({ kind: 'key', key: path.slice(i, j) });
      i = j;
    }
    if (i < path.length) {
      if (path[i] === '.') {
        i++;
        if (i === path.length) throw bad(i - 1, 'trailing "."');
      } else if (path[i] !== '[') throw bad(i, `unexpected ${quote(path[i] as string)}`);
    }
  }
  return segments;
}

/** A path written back in the same grammar (used to point at an anchor's own location). */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (s.kind === 'index') out += `[${s.index}]`;
    else if (s.kind === 'match') out += `[${s.field}=${s.equals}]`;
    else if (/^[^.[\]"'\s]+$/.test(s.key)) out += (out ? '.' : '') + s.key;
    else out += `[${JSON.stringify(s.key)}]`;
  }
  return out;
}
