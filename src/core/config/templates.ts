// Target file templates: `apps/{app}/overlays/{env}-{region}/kustomization.yaml`. Matching them against the
// repository's file list discovers apps, envs and regions, so 500 apps need not be listed one by one.

export type Placeholder = 'app' | 'env' | 'region';
export type Bindings = Partial<Record<Placeholder, string>>;

const PLACEHOLDER = /\{(app|env|region)\}/g;
const PLACEHOLDER_AT = /\{(app|env|region)\}/;

export function placeholders(template: string): Placeholder[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] as Placeholder);
}

const pieces = new Map<string, string[]>();

/** Fill the placeholders that are bound; unbound ones stay as `{name}`. (80,000 targets fill two templates each.) */
export function fill(template: string, b: Bindings): string {
  let parts = pieces.get(template);
  if (!parts) {
    if (pieces.size > 1000) pieces.clear(); // templates are few; filled ones (a region's missing file) are not
    pieces.set(template, (parts = template.split(/(\{(?:app|env|region)\})/)));
  }
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) out += (b[(parts[i] as string).slice(1, -1) as Placeholder] ?? parts[i]) + (parts[i + 1] as string);
  return out;
}

/** The literal text after a template's last placeholder (all of it when there is none). */
export function literalSuffix(template: string): string {
  const all = [...template.matchAll(PLACEHOLDER)];
  const last = all[all.length - 1];
  return last ? template.slice((last.index ?? 0) + last[0].length) : template;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A matcher for a (partly filled) template. A placeholder with `choices` matches only those values (longest
 * first, so env "pre-prod" wins over "pre"); others match one path segment part.
 */
export function compile(template: string, choices: Partial<Record<Placeholder, readonly string[]>> = {}): (path: string) => Bindings | undefined {
  const names: Placeholder[] = [];
  let re = '^';
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    re += escape(template.slice(last, m.index));
    const name = m[1] as Placeholder;
    if (names.includes(name)) re += `\\k<${name}>`;
    else {
      names.push(name);
      const options = choices[name];
      // Non-greedy so "{env}-{region}" splits "prod-eu-west-1" as prod / eu-west-1.
      re += options ? `(?<${name}>${[...options].sort((a, b) => b.length - a.length).map(escape).join('|')})` : `(?<${name}>[^/]+?)`;
    }
    last = (m.index ?? 0) + m[0].length;
  }
  re += `${escape(template.slice(last))}$`;
  const rx = new RegExp(re);
  // The literal text before the first and after the last placeholder: most paths of a big repository fail these
  // cheap tests, and the regular expression runs only on the rest.
  const first = template.search(PLACEHOLDER_AT);
  const prefix = first < 0 ? template : template.slice(0, first);
  const suffix = first < 0 ? '' : template.slice(last);
  return (path) => {
    if (!path.startsWith(prefix) || !path.endsWith(suffix)) return undefined;
    const m = rx.exec(path);
    if (!m) return undefined;
    const out: Bindings = {};
    for (const n of names) out[n] = m.groups?.[n];
    return out;
  };
}
