// A reader for the plainest YAML there is — block maps and lists of plain scalars, comments, nothing else — so that
// reading 80,000 overlays for a status matrix does not cost 80,000 full parses. It never guesses: anything outside
// that subset (quotes, flow collections, anchors, tags, multi-line scalars, tabs, several documents, duplicate
// keys, a value that YAML 1.1 or go-yaml would read as anything but a string) gives undefined, and the caller
// uses the full parser, whose answers (and errors) stay the reference. Tests compare the two on every shape.

export interface SimpleScalar { kind: 'scalar'; value: string; line: number }
export interface SimpleMap { kind: 'map'; entries: Map<string, SimpleNode>; line: number }
export interface SimpleSeq { kind: 'seq'; items: SimpleNode[]; line: number }
export type SimpleNode = SimpleScalar | SimpleMap | SimpleSeq;

interface Line { indent: number; text: string; no: number }

// A key or value made only of these characters cannot be anything YAML would read specially.
const KEY = /^[A-Za-z_][A-Za-z0-9_./-]*$/;
const VALUE = /^([A-Za-z]|-[A-Za-z]|\.{1,2}\/)[A-Za-z0-9_./:@+=-]*$|^\d+\.\d+\.\d+([-+][A-Za-z0-9.+-]*)?$/;
// YAML 1.1 (go-yaml v2) booleans and nulls: strings to the failsafe schema, not to kustomize.
const SPECIAL = /^(y|yes|n|no|true|false|on|off|null)$/i;

/** The document as a tree, or undefined when the text is not in the subset. */
export function readSimpleYaml(text: string): SimpleNode | undefined {
  if (/[\t\r\uFEFF]/.test(text)) return undefined;
  const lines: Line[] = [];
  let no = 0;
  for (const raw of text.split('\n')) {
    no++;
    const body = stripComment(raw);
    if (body === undefined) return undefined;
    if (!body.trim()) continue;
    const indent = body.length - body.trimStart().length;
    lines.push({ indent, text: body.slice(indent).trimEnd(), no });
  }
  if (!lines.length || (lines[0] as Line).indent !== 0) return undefined;
  const at = { i: 0 };
  const root = block(lines, at, 0);
  return root && at.i === lines.length ? root : undefined;
}

/** The line without its comment; undefined when a `#` or a quote could mean something else. */
function stripComment(raw: string): string | undefined {
  const hash = raw.search(/(^|\s)#/);
  const body = hash < 0 ? raw : raw.slice(0, hash);
  if (/["'#&*!|>%`{}[\]?,\\]/.test(body)) return undefined;
  if (/^(---|\.\.\.)(\s|$)/.test(body)) return undefined;
  return body;
}

function block(lines: Line[], at: { i: number }, indent: number): SimpleNode | undefined {
  const first = lines[at.i];
  if (!first || first.indent !== indent) return undefined;
  return first.text.startsWith('-') ? seq(lines, at, indent) : map(lines, at, indent);
}

function scalar(text: string, no: number): SimpleScalar | undefined {
  if (!VALUE.test(text) || SPECIAL.test(text) || text.endsWith(':')) return undefined;
  return { kind: 'scalar', value: text, line: no };
}

function map(lines: Line[], at: { i: number }, indent: number): SimpleMap | undefined {
  const m: SimpleMap = { kind: 'map', entries: new Map(), line: (lines[at.i] as Line).no };
  while (at.i < lines.length && (lines[at.i] as Line).indent === indent) {
    const l = lines[at.i] as Line;
    const colon = l.text.indexOf(':');
    const key = l.text.slice(0, colon);
    const rest = l.text.slice(colon + 1);
    const plainKey = colon > 0 && KEY.test(key) && !SPECIAL.test(key) && !m.entries.has(key);
    if (!plainKey || (rest && !rest.startsWith(' '))) return undefined;
    at.i++;
    let value: SimpleNode | undefined;
    if (rest.trim()) value = scalar(rest.trim(), l.no);
    else {
      const next = lines[at.i];
      // A block below the key, or a list at the key's own indentation (YAML allows `key:\n- a`).
      const below = next && (next.indent > indent || (next.indent === indent && next.text.startsWith('- ')));
      if (below) value = block(lines, at, next.indent);
    }
    if (!value) return undefined;
    m.entries.set(key, value);
  }
  return m;
}

function seq(lines: Line[], at: { i: number }, indent: number): SimpleSeq | undefined {
  const s: SimpleSeq = { kind: 'seq', items: [], line: (lines[at.i] as Line).no };
  const more = (): boolean => {
    const l = lines[at.i];
    return l !== undefined && l.indent === indent && l.text.startsWith('- ');
  };
  while (more()) {
    const l = lines[at.i] as Line;
    const item = l.text.slice(2);
    const inner = item.length - item.trimStart().length;
    let value: SimpleNode | undefined;
    if (!item.includes(':')) {
      value = scalar(item.trim(), l.no);
      at.i++;
    } else {
      // `- key: v` starts a map whose keys sit at the column after "- ".
      lines[at.i] = { indent: indent + 2 + inner, text: item.trimStart(), no: l.no };
      value = map(lines, at, indent + 2 + inner);
    }
    if (!value) return undefined;
    s.items.push(value);
  }
  return s;
}
