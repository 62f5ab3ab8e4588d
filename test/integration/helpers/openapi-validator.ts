// Checks HTTP requests (and the double's own responses) against GitHub's published REST description,
// shipped by the @octokit/openapi devDependency. Only Node built-ins: the JSON-Schema subset below is ours.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// ---------------------------------------------------------------------------------------------------------
// Spec types: only the parts we read.

export interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  nullable?: boolean;
  required?: string[];
  properties?: Record<string, SchemaObject>;
  additionalProperties?: boolean | SchemaObject;
  enum?: unknown[];
  items?: SchemaObject;
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  allOf?: SchemaObject[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  [keyword: string]: unknown;
}

export interface ParameterObject {
  $ref?: string;
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: SchemaObject;
  'x-multi-segment'?: boolean;
}

interface MediaTypeObject {
  schema?: SchemaObject;
}

interface RequestBodyObject {
  $ref?: string;
  required?: boolean;
  content?: Record<string, MediaTypeObject>;
}

interface ResponseObject {
  $ref?: string;
  content?: Record<string, MediaTypeObject>;
}

export interface OperationObject {
  operationId?: string;
  parameters?: ParameterObject[];
  requestBody?: RequestBodyObject;
  responses?: Record<string, ResponseObject>;
  externalDocs?: { url?: string };
}

type PathItem = Record<string, OperationObject | ParameterObject[] | undefined> & { parameters?: ParameterObject[] };

export interface GitHubSpec {
  openapi: string;
  info: { version: string; title?: string };
  paths: Record<string, PathItem>;
  components: Record<string, Record<string, unknown>>;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

// ---------------------------------------------------------------------------------------------------------
// Loading: the plain description (13 MB) rather than the dereferenced one (73 MB); we resolve $ref lazily.
// The package's index.js would require() all ten descriptions (~385 MB), so we read the one file directly.

export const SPEC_FILE = 'generated/api.github.com.json';

export interface SpecLoadInfo {
  file: string;
  bytes: number;
  version: string;
}

let cachedSpec: GitHubSpec | undefined;
let cachedInfo: SpecLoadInfo | undefined;
let cachedRoutes: Route[] | undefined;

/** GitHub's REST description for api.github.com, read and parsed once per module registry (jest: per test file). */
export function loadGitHubSpec(): GitHubSpec {
  if (cachedSpec) return cachedSpec;
  const file = createRequire(import.meta.url).resolve(`@octokit/openapi/${SPEC_FILE}`);
  const text = readFileSync(file, 'utf8');
  const spec = JSON.parse(text) as GitHubSpec;
  cachedSpec = spec;
  cachedInfo = { file, bytes: Buffer.byteLength(text), version: spec.info.version };
  return spec;
}

/** Which description was loaded and its size, or undefined before the first load. */
export function specLoadInfo(): SpecLoadInfo | undefined {
  return cachedInfo;
}

// ---------------------------------------------------------------------------------------------------------
// $ref resolution (local JSON pointers only: GitHub's description has no remote refs).

export function resolveRef<T>(spec: GitHubSpec, node: T & { $ref?: string }): T {
  let current: unknown = node;
  for (let hops = 0; hops < 32; hops++) {
    const ref = (current as { $ref?: unknown } | null)?.$ref;
    if (typeof ref !== 'string') return current as T;
    if (!ref.startsWith('#/')) throw new Error(`unsupported $ref ${ref}`);
    let target: unknown = spec;
    for (const raw of ref.slice(2).split('/')) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      target = (target as Record<string, unknown> | undefined)?.[key];
    }
    if (target === undefined) throw new Error(`dangling $ref ${ref}`);
    current = target;
  }
  throw new Error('$ref chain too long');
}

// ---------------------------------------------------------------------------------------------------------
// JSON-Schema subset (OpenAPI 3.0 flavour). Supported: $ref, type (string or array, plus `nullable`),
// required, properties, additionalProperties (false or a schema), enum, items, minItems/maxItems, oneOf/anyOf
// (pass if ANY branch validates: GitHub's oneOfs overlap, e.g. string|integer titles), allOf, minLength/
// maxLength, minimum/maximum, pattern. Every other keyword (format, uniqueItems, not, discriminator,
// exclusiveMinimum, readOnly, ...) is ignored on purpose: an unknown keyword must never fail a request.

export interface SchemaCheck {
  errors: string[];
  /**
   * Properties sent but not declared by an object schema that allows extras (no additionalProperties).
   * Not a spec violation: GitHub silently ignores them, which hides client bugs (e.g. `labels` on pulls/create).
   */
  undeclared: string[];
}

interface Ctx {
  spec: GitHubSpec;
  undeclared: string[];
}

const MAX_BRANCH_DETAIL = 2;

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function matchesType(v: unknown, t: string): boolean {
  switch (t) {
    case 'string': return typeof v === 'string';
    case 'integer': return typeof v === 'number' && Number.isInteger(v);
    case 'number': return typeof v === 'number' && Number.isFinite(v);
    case 'boolean': return typeof v === 'boolean';
    case 'array': return Array.isArray(v);
    case 'object': return typeof v === 'object' && v !== null && !Array.isArray(v);
    case 'null': return v === null;
    default: return true; // unknown type names are ignored like unknown keywords
  }
}

const patternCache = new Map<string, RegExp | null>();
function compilePattern(p: string): RegExp | null {
  if (!patternCache.has(p)) {
    let re: RegExp | null = null;
    try { re = new RegExp(p, 'u'); } catch {
      try { re = new RegExp(p); } catch { re = null; } // an uncompilable pattern is ignored, not enforced
    }
    patternCache.set(p, re);
  }
  return patternCache.get(p) ?? null;
}

/** Names an object schema declares, following $ref and allOf (used to decide what counts as "undeclared"). */
function declaredNames(spec: GitHubSpec, schemaIn: SchemaObject, into = new Set<string>()): Set<string> {
  const schema = resolveRef(spec, schemaIn);
  for (const k of Object.keys(schema.properties ?? {})) into.add(k);
  for (const k of schema.required ?? []) into.add(k); // GitHub sometimes requires a name it never declares
  for (const sub of schema.allOf ?? []) declaredNames(spec, sub, into);
  return into;
}

function check(value: unknown, schemaIn: SchemaObject, at: string, ctx: Ctx, declaredByParent?: Set<string>): string[] {
  const schema = resolveRef(ctx.spec, schemaIn);
  const errors: string[] = [];

  if (value === null && (schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes('null')))) return errors;

  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => matchesType(value, t))) {
      errors.push(`${at}: expected ${types.join(' or ')}, got ${typeName(value)}${value === null ? '' : ` ${show(value)}`}`);
      return errors; // descending into a value of the wrong type only adds noise
    }
  }

  if (schema.enum && !schema.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) {
    errors.push(`${at}: must be one of ${schema.enum.map(show).join(', ')}; got ${show(value)}`);
  }

  if (typeof value === 'string') {
    const len = [...value].length; // JSON Schema counts code points, not UTF-16 units
    if (schema.minLength !== undefined && len < schema.minLength) errors.push(`${at}: shorter than minLength ${schema.minLength}`);
    if (schema.maxLength !== undefined && len > schema.maxLength) errors.push(`${at}: longer than maxLength ${schema.maxLength}`);
    if (schema.pattern !== undefined) {
      const re = compilePattern(schema.pattern);
      if (re && !re.test(value)) errors.push(`${at}: ${show(value)} does not match pattern ${schema.pattern}`);
    }
  }

  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${at}: ${value} is below minimum ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${at}: ${value} is above maximum ${schema.maximum}`);
  }

  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) errors.push(`${at}: fewer than minItems ${schema.minItems}`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) errors.push(`${at}: more than maxItems ${schema.maxItems}`);
    if (schema.items) value.forEach((item, i) => errors.push(...check(item, schema.items as SchemaObject, `${at}[${i}]`, ctx)));
  }

  const composite = schema.allOf !== undefined || schema.oneOf !== undefined || schema.anyOf !== undefined;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    const props = schema.properties ?? {};
    for (const name of schema.required ?? []) {
      if (!(name in obj)) errors.push(`${at}.${name}: required property missing`);
    }
    for (const [name, v] of Object.entries(obj)) {
      const propSchema = props[name];
      if (propSchema) {
        errors.push(...check(v, propSchema, `${at}.${name}`, ctx));
      } else if (schema.additionalProperties === false) {
        if (!declaredByParent?.has(name)) errors.push(`${at}.${name}: property not allowed (additionalProperties: false)`);
      } else if (typeof schema.additionalProperties === 'object') {
        errors.push(...check(v, schema.additionalProperties, `${at}.${name}`, ctx));
      } else if (schema.properties && !composite && !declaredByParent?.has(name)) {
        ctx.undeclared.push(`${at}.${name}`);
      }
    }
  }

  if (schema.allOf) {
    // Members see each other's property names, so a name declared in one member is not "undeclared" in another.
    const names = declaredNames(ctx.spec, schema);
    for (const n of declaredByParent ?? []) names.add(n);
    for (const sub of schema.allOf) errors.push(...check(value, sub, at, ctx, names));
  }

  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = schema[key];
    if (!branches) continue;
    const parentNames = new Set([...Object.keys(schema.properties ?? {}), ...(declaredByParent ?? [])]);
    const results = branches.map((b) => {
      const sub: Ctx = { spec: ctx.spec, undeclared: [] };
      return { errors: check(value, b, at, sub, parentNames), undeclared: sub.undeclared };
    });
    const passing = results.filter((r) => r.errors.length === 0);
    if (passing.length > 0) {
      passing.sort((a, b) => a.undeclared.length - b.undeclared.length);
      ctx.undeclared.push(...(passing[0]?.undeclared ?? []));
    } else {
      const detail = results
        .map((r, i) => `[${i}] ${r.errors.slice(0, MAX_BRANCH_DETAIL).join('; ')}${r.errors.length > MAX_BRANCH_DETAIL ? '; ...' : ''}`)
        .join(' | ');
      errors.push(`${at}: matched none of the ${branches.length} ${key} branches: ${detail}`);
    }
  }
  return errors;
}

/** Validates a JSON value against a schema of the description; `at` prefixes every message (e.g. "body"). */
export function validateSchema(value: unknown, schema: SchemaObject, at = 'value', spec: GitHubSpec = loadGitHubSpec()): SchemaCheck {
  const ctx: Ctx = { spec, undeclared: [] };
  const errors = check(value, schema, at, ctx);
  return { errors, undeclared: ctx.undeclared };
}

// ---------------------------------------------------------------------------------------------------------
// Routing: method + path → operation.

interface Route {
  template: string;
  regex: RegExp;
  paramNames: string[];
  /** Per template segment: 3 literal, 2 literal with params inside, 1 one-segment param, 0 multi-segment param. */
  rank: number[];
  item: PathItem;
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function buildRoutes(spec: GitHubSpec): Route[] {
  const routes: Route[] = [];
  for (const [template, item] of Object.entries(spec.paths)) {
    // A parameter is multi-segment (may contain "/", e.g. a branch name) if any operation on the path says so.
    const multi = new Set<string>();
    for (const m of HTTP_METHODS) {
      const op = item[m] as OperationObject | undefined;
      for (const p of [...(item.parameters ?? []), ...(op?.parameters ?? [])]) {
        const param = resolveRef(spec, p);
        if (param.in === 'path' && param['x-multi-segment']) multi.add(param.name);
      }
    }
    const paramNames: string[] = [];
    const rank: number[] = [];
    const parts = template.split('/').slice(1).map((segment) => {
      const pieces = segment.split(/(\{[^}]+\})/).filter((s) => s !== '');
      const hasParam = pieces.some((p) => p.startsWith('{'));
      const whole = pieces.length === 1 && hasParam;
      let segmentRank = hasParam ? (whole ? 1 : 2) : 3;
      const re = pieces.map((piece) => {
        if (!piece.startsWith('{')) return escapeRegex(piece);
        const name = piece.slice(1, -1);
        paramNames.push(name);
        if (multi.has(name)) { segmentRank = 0; return '(.+?)'; }
        return whole ? '([^/]+)' : '([^/]+?)';
      }).join('');
      rank.push(segmentRank);
      return re;
    });
    routes.push({ template, regex: new RegExp(`^/${parts.join('/')}$`), paramNames, rank, item });
  }
  return routes;
}

function compareRank(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = (b[i] ?? 0) - (a[i] ?? 0);
    if (d !== 0) return d;
  }
  return b.length - a.length; // same prefix: the template with more (literal) segments is the more specific one
}

function routes(): Route[] {
  cachedRoutes ??= buildRoutes(loadGitHubSpec());
  return cachedRoutes;
}

export interface RouteMatch {
  pathTemplate: string;
  operation: OperationObject;
  params: Record<string, string>;
}

export type RouteResult = { ok: true; match: RouteMatch } | { ok: false; error: string };

/** Finds the operation for a method and a raw (still percent-encoded) pathname, literal segments first. */
export function matchRoute(method: string, rawPath: string): RouteResult {
  const m = method.toLowerCase();
  const candidates: { route: Route; values: string[] }[] = [];
  for (const route of routes()) {
    const hit = route.regex.exec(rawPath);
    if (hit) candidates.push({ route, values: hit.slice(1) });
  }
  if (candidates.length === 0) return { ok: false, error: `unknown path ${rawPath}: no template in GitHub's REST description matches it` };
  candidates.sort((a, b) => compareRank(a.route.rank, b.route.rank));
  const withMethod = candidates.find((c) => c.route.item[m] !== undefined && m !== 'parameters');
  if (!withMethod) {
    const best = candidates[0]!.route;
    const allowed = HTTP_METHODS.filter((x) => best.item[x] !== undefined).map((x) => x.toUpperCase());
    return { ok: false, error: `method ${method.toUpperCase()} is not defined for ${best.template} (defined: ${allowed.join(', ')})` };
  }
  const params: Record<string, string> = {};
  for (const [i, name] of withMethod.route.paramNames.entries()) {
    const raw = withMethod.values[i] ?? '';
    try { params[name] = decodeURIComponent(raw); } catch { params[name] = raw; }
  }
  return { ok: true, match: { pathTemplate: withMethod.route.template, operation: withMethod.route.item[m] as OperationObject, params } };
}

// ---------------------------------------------------------------------------------------------------------
// Parameters arrive as strings: coerce them to what the schema wants, then reuse the schema checker.

function coerce(raws: string[], schema: SchemaObject): unknown {
  const types = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('array')) {
    const list = raws.length === 1 ? raws[0]!.split(',') : raws; // Octokit joins arrays with commas
    return list.map((r) => coerce([r], schema.items ?? {}));
  }
  if (raws.length !== 1) return raws; // repeated key for a scalar: let the type check complain
  const raw = raws[0]!;
  if ((types.includes('integer') || types.includes('number')) && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (types.includes('boolean') && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

function checkParam(raws: string[], schemaIn: SchemaObject | undefined, at: string, spec: GitHubSpec): string[] {
  if (!schemaIn) return [];
  const schema = resolveRef(spec, schemaIn);
  const branches = schema.oneOf ?? schema.anyOf;
  if (branches) {
    const results = branches.map((b) => checkParam(raws, b, at, spec));
    if (results.some((r) => r.length === 0)) return [];
    return [`${at}: matched none of the ${branches.length} alternatives: ${results.map((r, i) => `[${i}] ${r.join('; ')}`).join(' | ')}`];
  }
  return check(coerce(raws, schema), schema, at, { spec, undeclared: [] });
}

// ---------------------------------------------------------------------------------------------------------
// Requests.

export type Headers = Record<string, string | string[] | undefined>;

export interface RequestValidation {
  operationId?: string;
  pathTemplate?: string;
  params: Record<string, string>;
  query: Record<string, string | string[]>;
  /** Everything GitHub's description says real GitHub would not accept. */
  errors: string[];
  /** Body fields the operation does not declare (GitHub ignores them silently). See SchemaCheck. */
  undeclared: string[];
  /** External documentation URL of the operation, as GitHub puts it in `documentation_url`. */
  documentationUrl?: string;
}

function header(headers: Headers, name: string): string | undefined {
  const v = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(v) ? v.join(', ') : v;
}

function parseQuery(search: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of new URLSearchParams(search)) (out[k] ??= []).push(v);
  return out;
}

function flattenQuery(q: Record<string, string[]>): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(q).map(([k, v]) => [k, v.length === 1 ? v[0]! : v]));
}

const GRAPHQL_PATHS = new Set(['/graphql', '/api/graphql']);

function validateGraphql(method: string, query: Record<string, string[]>, body: unknown, headers: Headers): RequestValidation {
  const errors: string[] = [];
  if (method.toUpperCase() !== 'POST') errors.push(`method ${method.toUpperCase()} is not supported for /graphql (use POST)`);
  for (const k of Object.keys(query)) errors.push(`query.${k}: /graphql takes no query parameters`);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    errors.push('body: /graphql needs a JSON object {query, variables?}');
  } else {
    const b = body as Record<string, unknown>;
    if (typeof b.query !== 'string' || b.query.trim() === '') errors.push('body.query: required non-empty string');
    if (b.variables !== undefined && b.variables !== null && (typeof b.variables !== 'object' || Array.isArray(b.variables))) {
      errors.push(`body.variables: expected object, got ${typeName(b.variables)}`);
    }
    if (b.operationName !== undefined && b.operationName !== null && typeof b.operationName !== 'string') {
      errors.push(`body.operationName: expected string, got ${typeName(b.operationName)}`);
    }
    for (const k of Object.keys(b)) {
      if (!['query', 'variables', 'operationName'].includes(k)) errors.push(`body.${k}: not a GraphQL request field (query, variables, operationName)`);
    }
  }
  errors.push(...checkCommonHeaders(headers, body, ['application/json']));
  return { operationId: 'graphql', pathTemplate: '/graphql', params: {}, query: flattenQuery(query), errors, undeclared: [], documentationUrl: 'https://docs.github.com/graphql' };
}

function checkCommonHeaders(headers: Headers, body: unknown, contentTypes: string[]): string[] {
  const errors: string[] = [];
  // https://docs.github.com/rest/using-the-rest-api/getting-started-with-the-rest-api#user-agent
  if (!header(headers, 'user-agent')) errors.push('header user-agent: missing (GitHub rejects requests without a User-Agent)');
  if (body !== undefined) {
    const ct = (header(headers, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (!contentTypes.includes(ct)) errors.push(`header content-type: ${ct || '(none)'} is not one of ${contentTypes.join(', ')}`);
  }
  return errors;
}

/**
 * Checks one request against the description: route, path/query parameters, headers and JSON body.
 * `body` is the parsed JSON body, or undefined when the request had none.
 */
export function validateRequest(method: string, pathWithQuery: string, body: unknown, headers: Headers): RequestValidation {
  const spec = loadGitHubSpec();
  const qAt = pathWithQuery.indexOf('?');
  const rawPath = qAt === -1 ? pathWithQuery : pathWithQuery.slice(0, qAt);
  const query = parseQuery(qAt === -1 ? '' : pathWithQuery.slice(qAt + 1));
  if (GRAPHQL_PATHS.has(rawPath)) return validateGraphql(method, query, body, headers);

  const route = matchRoute(method, rawPath);
  if (!route.ok) return { params: {}, query: flattenQuery(query), errors: [route.error], undeclared: [] };
  const { operation, pathTemplate, params } = route.match;
  const opName = operation.operationId ?? `${method.toUpperCase()} ${pathTemplate}`;
  const errors: string[] = [];
  const undeclared: string[] = [];

  const pathItem = spec.paths[pathTemplate]!;
  const declared = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])].map((p) => resolveRef(spec, p));

  for (const p of declared.filter((d) => d.in === 'path')) {
    const v = params[p.name];
    if (v === undefined || v === '') errors.push(`path.${p.name}: missing`);
    else errors.push(...checkParam([v], p.schema, `path.${p.name}`, spec));
  }

  const queryParams = new Map(declared.filter((d) => d.in === 'query').map((d) => [d.name, d]));
  for (const [rawKey, values] of Object.entries(query)) {
    const key = rawKey.endsWith('[]') && !queryParams.has(rawKey) ? rawKey.slice(0, -2) : rawKey;
    const p = queryParams.get(key);
    if (!p) {
      const names = [...queryParams.keys()];
      errors.push(`query.${rawKey}: not a parameter of ${opName} (declared: ${names.length ? names.join(', ') : 'none'})`);
      continue;
    }
    errors.push(...checkParam(values, p.schema, `query.${key}`, spec));
  }
  for (const p of queryParams.values()) {
    if (p.required && !(p.name in query) && !(`${p.name}[]` in query)) errors.push(`query.${p.name}: required parameter missing`);
  }

  for (const p of declared.filter((d) => d.in === 'header')) {
    const v = header(headers, p.name);
    if (v === undefined) { if (p.required) errors.push(`header ${p.name}: required header missing`); } else errors.push(...checkParam([v], p.schema, `header ${p.name}`, spec));
  }

  const requestBody = operation.requestBody ? resolveRef(spec, operation.requestBody) : undefined;
  const contentTypes = Object.keys(requestBody?.content ?? {});
  errors.push(...checkCommonHeaders(headers, body, contentTypes.length ? contentTypes : ['application/json']));
  if (!requestBody) {
    const empty = body === undefined || (typeof body === 'object' && body !== null && Object.keys(body).length === 0);
    if (!empty) errors.push(`body: ${opName} takes no request body`);
  } else if (body === undefined) {
    if (requestBody.required) errors.push(`body: required by ${opName} but missing`);
  } else {
    const schema = requestBody.content?.['application/json']?.schema;
    if (schema) {
      const res = validateSchema(body, schema, 'body', spec);
      errors.push(...res.errors);
      undeclared.push(...res.undeclared);
    }
  }

  return {
    operationId: operation.operationId,
    pathTemplate,
    params,
    query: flattenQuery(query),
    errors,
    undeclared,
    documentationUrl: operation.externalDocs?.url,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Responses: lets the double check that what it sends follows the description too.

/**
 * Checks a JSON response body for an operation and status. Undeclared fields count as errors unless
 * `allowUndeclared` (GitHub's real error bodies carry a `status` field that validation-error does not declare).
 */
export function validateResponse(method: string, pathTemplate: string, status: number, body: unknown, opts: { allowUndeclared?: boolean } = {}): string[] {
  const spec = loadGitHubSpec();
  const operation = spec.paths[pathTemplate]?.[method.toLowerCase()] as OperationObject | undefined;
  if (!operation) return [`response: no operation ${method.toUpperCase()} ${pathTemplate}`];
  const declared = operation.responses?.[String(status)] ?? operation.responses?.default;
  if (!declared) return [`response: status ${status} is not declared for ${operation.operationId ?? pathTemplate} (declared: ${Object.keys(operation.responses ?? {}).join(', ')})`];
  const response = resolveRef(spec, declared);
  const schema = response.content?.['application/json']?.schema;
  if (!schema) return body === undefined ? [] : [`response: status ${status} of ${operation.operationId} has no JSON body in the description`];
  const res = validateSchema(body, schema, 'response', spec);
  return opts.allowUndeclared ? res.errors : [...res.errors, ...res.undeclared.map((u) => `${u}: not declared by the response schema`)];
}
