// How a new scalar is written so that every reader in the GitOps chain reads back the exact string:
// YAML 1.1 (go-yaml v2, used by Helm and kustomize; PyYAML), YAML 1.2 core and go-yaml v3.

export type QuoteStyle = 'plain' | 'single' | 'double';

// Plain scalars that some reader resolves to something other than a string. Numbers are also
// tried with "_" removed, because go-yaml drops underscores before parsing a number.
const NON_STRING: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:~|null|Null|NULL)$/, 'null'],
  [/^(?:[yYnN]|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/, 'a boolean'],
  [/^(?:<<|=)$/, 'a merge key'],
  [/^[-+]?(?:0[bB][01_]+|0[oO]?[0-7_]+|0[xX][0-9a-fA-F_]+|[0-9][0-9_]*)$/, 'an integer'],
  [/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/, 'a base-60 number'],
  [/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[eE][-+]?[0-9]+)$/, 'a float'],
  [/^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/, 'a float'],
  [
    /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)?$/,
    'a timestamp',
  ],
];

/** What a plain scalar `s` would be read as, if not a string (e.g. "a float"); undefined if a string. */
export function nonStringType(s: string): string | undefined {
  const forms = /^[-+.0-9]/.test(s) ? [s, s.replace(/_/g, '')] : [s];
  for (const [re, type] of NON_STRING) if (forms.some((f) => re.test(f))) return type;
  return undefined;
}

// Characters no plain scalar may contain; VALUEs with them are refused earlier, this keeps the encoder total.
const UNPRINTABLE = /[\x00-\x1f\x7f\x85\u2028\u2029\ufeff]/;

/** Why `s` cannot be written as a plain scalar that reads back as the string `s`; undefined when it can. */
export function plainProblem(s: string, inFlow: boolean): string | undefined {
  if (s === '') return 'is empty (reads as null)';
  if (UNPRINTABLE.test(s) || /^\s|\s$/.test(s)) return 'has control characters or edge spaces';
  const c0 = s[0] as string;
  const c1 = s[1];
  const startsWithIndicator = '-?:'.includes(c0)
    ? c1 === undefined || c1 === ' ' || c1 === '\t' || (inFlow && ',[]{}'.includes(c1))
    : ',[]{}#&*!|>\'"%@`'.includes(c0);
  if (startsWithIndicator) return `starts with the indicator "${c0}"`;
  if (/:[ \t]|[ \t]#|:$/.test(s)) return 'contains ": ", " #" or ends with ":"';
  if (inFlow && /[,[\]{}]/.test(s)) return 'contains a flow indicator';
  const type = nonStringType(s);
  return type ? `reads as ${type}, not a string` : undefined;
}

/** The scalar token for `value` in the given style. */
export function encodeScalar(value: string, style: QuoteStyle): string {
  if (style === 'plain') return value;
  if (style === 'single') return `'${value.replace(/'/g, "''")}'`;
  let out = '"';
  for (const ch of value) {
    const cp = ch.codePointAt(0) as number;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (UNPRINTABLE.test(ch)) out += cp <= 0xff ? `\\x${cp.toString(16).padStart(2, '0')}` : `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/**
 * The token that replaces a scalar whose old style was `oldStyle`: quoted values keep their quotes; plain
 * values stay plain while that is safe, and otherwise become double-quoted (the usual style in Helm values).
 */
export function tokenFor(value: string, oldStyle: QuoteStyle, inFlow: boolean): string {
  if (oldStyle !== 'plain') return encodeScalar(value, oldStyle);
  return encodeScalar(value, plainProblem(value, inFlow) === undefined ? 'plain' : 'double');
}
