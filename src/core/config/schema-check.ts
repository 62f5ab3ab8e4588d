// Validates a parsed YAML node against the subset of JSON Schema that CONFIG_SCHEMA uses, reporting the line
// and key of the first problem, so a config error reads `gitops-promote.yaml:12: policy.freeze[0].cron: …`.
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';

export interface SchemaProblem { node: Node | null; key: string; message: string }

type Schema = Record<string, unknown>;

function kindOf(n: Node | null): string {
  if (n === null || (isScalar(n) && (n.value === null || n.value === undefined))) return 'null';
  if (isMap(n)) return 'object';
  if (isSeq(n)) return 'array';
  if (isScalar(n)) {
    return typeof n.value === 'number' ? (Number.isInteger(n.value) ? 'integer' : 'number') : typeof n.value;
  }
  return 'alias';
}

const join = (key: string, k: string | number): string =>
  (typeof k === 'number' ? `${key}[${k}]` : key ? `${key}.${k}` : k);

export function checkSchema(n: Node | null, schema: Schema, key = ''): SchemaProblem | undefined {
  const fail = (message: string): SchemaProblem => ({ node: n, key: key || '(top level)', message });
  if (schema.oneOf) {
    const branches = schema.oneOf as Schema[];
    const results = branches.map((b) => checkSchema(n, b, key));
    if (results.some((r) => r === undefined)) return undefined;
    // Report from the branch whose type fits, which is the one the author meant.
    const fitting = results.find((r, i) =>
      (branches[i]?.type ?? '') === kindOf(n) || (branches[i]?.type === 'number' && kindOf(n) === 'integer'));
    return fitting ?? fail(`expected ${branches.map((b) => String(b.type)).join(' or ')}, got ${kindOf(n)}`);
  }
  const kind = kindOf(n);
  if (schema.type) {
    const ok = schema.type === kind || (schema.type === 'number' && kind === 'integer');
    const article = (w: string): string => (/^[aeiou]/.test(w) ? `an ${w}` : `a ${w}`);
    if (!ok) {
      const want = schema.type === 'object' ? 'a mapping' : schema.type === 'array' ? 'a list'
        : article(String(schema.type));
      const got = kind === 'object' ? 'a mapping' : kind === 'array' ? 'a list' : kind === 'null' ? 'nothing'
        : `the ${kind} ${JSON.stringify(isScalar(n) ? n.value : '')}`;
      return fail(`expected ${want}, got ${got}`);
    }
  }
  if (isScalar(n)) {
    const v = n.value;
    if (schema.enum && !(schema.enum as unknown[]).includes(v)) {
      return fail(`${JSON.stringify(v)} is not one of `
        + `${(schema.enum as unknown[]).map((e) => JSON.stringify(e)).join(', ')}`);
    }
    if (typeof v === 'string') {
      if (typeof schema.minLength === 'number' && v.length < schema.minLength) return fail('must not be empty');
      if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern).test(v)) {
        return fail(`${JSON.stringify(v)} does not match ${schema.pattern}`);
      }
    }
    if (typeof v === 'number' && typeof schema.minimum === 'number' && v < schema.minimum) {
      return fail(`${v} is below the minimum ${schema.minimum}`);
    }
    if (typeof v === 'number' && typeof schema.maximum === 'number' && v > schema.maximum) {
      return fail(`${v} is above the maximum ${schema.maximum}`);
    }
  }
  if (isSeq(n)) {
    if (typeof schema.minItems === 'number' && n.items.length < schema.minItems) {
      return fail(`needs at least ${schema.minItems} item(s)`);
    }
    if (schema.items) {
      for (const [i, it] of n.items.entries()) {
        const p = checkSchema(it as Node, schema.items as Schema, join(key, i));
        if (p) return p;
      }
    }
  }
  if (isMap(n)) {
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    const seen = new Set<string>();
    for (const pair of n.items as Pair<Node, Node>[]) {
      const k = isScalar(pair.key) ? String(pair.key.value) : '?';
      const at = join(key, k);
      if (seen.has(k)) return { node: pair.key, key: at, message: 'appears twice' };
      seen.add(k);
      if (schema.propertyNames) {
        const p = checkSchema(pair.key, schema.propertyNames as Schema, at);
        if (p) return { ...p, message: `the name ${p.message}` };
      }
      const sub = props[k]
        ?? (typeof schema.additionalProperties === 'object' ? (schema.additionalProperties as Schema) : undefined);
      if (!sub) {
        if (schema.additionalProperties === false) {
          return { node: pair.key, key: at, message: `unknown key; expected one of ${Object.keys(props).join(', ')}` };
        }
        continue;
      }
      const p = checkSchema(pair.value, sub, at);
      if (p) return p;
    }
    for (const r of (schema.required ?? []) as string[]) {
      if (!seen.has(r)) return fail(`missing the required key "${r}"`);
    }
  }
  return undefined;
}
