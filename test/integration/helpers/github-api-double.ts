// A loopback GitHub API double for integration tests of code that talks to GitHub through Octokit
// (@actions/github). Point the code under test at `double.url` (GITHUB_API_URL or Octokit's baseUrl).
// Every request is checked against GitHub's published REST description (see openapi-validator.ts); what real
// GitHub would reject, or silently ignore, ends up in `violations()`. The model covers what a promotion tool
// needs: the repository, pull requests, labels, issues and comments, and GraphQL auto-merge.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadGitHubSpec, validateRequest, validateResponse, type RequestValidation } from './openapi-validator.js';

// ---------------------------------------------------------------------------------------------------------
// Public types.

export type AuthScheme = 'token' | 'bearer' | 'none' | 'other';

export interface RecordedRequest {
  method: string;
  /** Pathname as received (still percent-encoded). */
  path: string;
  query: Record<string, string | string[]>;
  /** Parsed JSON body, or undefined when none was sent. */
  body: unknown;
  operationId?: string;
  pathTemplate?: string;
  params: Record<string, string>;
  /** Spec violations of this request (what real GitHub would reject). */
  errors: string[];
  /** Body fields the operation does not declare (real GitHub silently ignores them). */
  undeclared: string[];
  status: number;
  /** The scheme of the Authorization header; the credential itself is never stored. */
  authorization: AuthScheme;
  /** True when `expectedToken` was given and the request presented exactly that token. */
  tokenMatched: boolean;
  userAgent?: string;
  /** True when the response came from `failNext`. */
  injected: boolean;
}

export interface FaultMatch {
  method?: string;
  operationId?: string;
  pathIncludes?: string;
}

export interface FaultResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface GraphqlCall {
  operationType: 'query' | 'mutation' | 'subscription' | 'invalid';
  operationName?: string;
  /** Top-level fields, e.g. ["enablePullRequestAutoMerge"]. */
  fields: string[];
  variables: Record<string, unknown>;
  errors: string[];
}

export interface AutoMergeState {
  mergeMethod: 'MERGE' | 'SQUASH' | 'REBASE';
  enabledAt: string;
  commitHeadline: string | null;
  commitBody: string | null;
}

export interface PullSnapshot {
  number: number;
  nodeId: string;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  head: { ref: string; sha: string; label: string };
  base: { ref: string; sha: string };
  labels: string[];
  assignees: string[];
  user: string;
  htmlUrl: string;
  autoMerge: AutoMergeState | null;
}

export interface IssueSnapshot {
  number: number;
  nodeId: string;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: string | null;
  labels: string[];
  assignees: string[];
  user: string;
  htmlUrl: string;
  comments: string[];
}

export interface GitHubApiDoubleOptions {
  owner?: string;
  repo?: string;
  /** When set, requests must authenticate with exactly this token (else 401 Bad credentials). */
  expectedToken?: string;
  /** Login of the authenticated actor (author of what gets created). Default: github-actions[bot]. */
  actor?: string;
  defaultBranch?: string;
  /** Repository setting `allow_auto_merge`; when false the GraphQL mutation fails like on GitHub. Default true. */
  allowAutoMerge?: boolean;
  /** Known branches; when unset every branch name is accepted. The default branch is always known. */
  branches?: string[];
  /**
   * Count body fields that the operation does not declare as violations (default true). Real GitHub ignores
   * them, so a misspelt or misplaced field (say `labels` on pulls/create) would otherwise be lost silently.
   */
  strictBodies?: boolean;
  /**
   * Whether the token has push access (default true). Without it GitHub silently drops labels, assignees and the
   * milestone on issues/create and issues/update (so says the description of both operations).
   */
  pushAccess?: boolean;
  /**
   * Serve as GitHub Enterprise Server does: REST under /api/v3 (so `url` ends in /api/v3) and GraphQL at
   * /api/graphql only; POST /api/v3/graphql is a 404, as there.
   */
  ghes?: boolean;
}

export interface GitHubApiDouble {
  /** Base URL, e.g. http://127.0.0.1:41234 — use as GITHUB_API_URL or Octokit's baseUrl. */
  readonly url: string;
  readonly owner: string;
  readonly repo: string;
  /** Every request received, in order. */
  readonly requests: readonly RecordedRequest[];
  /** Every GraphQL operation received, in order. */
  readonly graphqlCalls: readonly GraphqlCall[];
  /** All problems so far: spec violations, unhandled operations, bad GraphQL, and bugs of the double itself. */
  violations(): string[];
  /** Answer the next `times` requests that match with `response` instead of handling them (state unchanged). */
  failNext(match: FaultMatch, response: FaultResponse, times?: number): void;
  setBranches(names: string[]): void;
  setAllowAutoMerge(allowed: boolean): void;
  setPushAccess(allowed: boolean): void;
  /** Adds an existing pull request, as if opened before the test. */
  seedPull(pull: { head: string; base?: string; title?: string; body?: string; state?: 'open' | 'closed'; draft?: boolean; labels?: string[]; user?: string }): PullSnapshot;
  /** Adds an existing issue, as if opened before the test. */
  seedIssue(issue: { title: string; body?: string; state?: 'open' | 'closed'; labels?: string[]; user?: string }): IssueSnapshot;
  pulls(): PullSnapshot[];
  /** Issues only (GitHub's issues endpoints also return pull requests; this accessor does not). */
  issues(): IssueSnapshot[];
  labelsOf(issueOrPullNumber: number): string[];
  commentsOf(issueOrPullNumber: number): string[];
  autoMergeEnabled(pullNumber: number): boolean;
  close(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------------------
// Canned faults with GitHub's real shapes.

const RATE_LIMIT_DOCS = 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api';

/** 403 secondary rate limit, as GitHub sends it (retry-after in seconds). */
export function secondaryRateLimit(retryAfterSeconds = 1): FaultResponse {
  return {
    status: 403,
    headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-remaining': '4990' },
    body: {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
      documentation_url: `${RATE_LIMIT_DOCS}#about-secondary-rate-limits`,
      status: '403',
    },
  };
}

/**
 * A secondary rate limit without retry-after (GitHub sends none at times; its docs then say "wait for at least one
 * minute"): only the message tells it from a permission 403.
 */
export function secondaryRateLimitWithoutHeaders(status: 403 | 429 = 403): FaultResponse {
  const limited = secondaryRateLimit();
  return { ...limited, status, headers: { 'x-ratelimit-remaining': '4990' }, body: { ...(limited.body as object), status: String(status) } };
}

/**
 * GraphQL's primary rate limit: HTTP 200 with an error of type RATE_LIMITED and the graphql quota spent. Shape from
 * octokit/plugin-throttling.js test/retry.test.ts and GitHub's "Rate limits and query limits for the GraphQL API".
 */
export function graphqlRateLimited(resetInSeconds = 60): FaultResponse {
  return {
    status: 200,
    headers: {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds),
      'x-ratelimit-resource': 'graphql',
    },
    body: { errors: [{ type: 'RATE_LIMITED', code: 'graphql_rate_limit', message: 'API rate limit already exceeded for installation ID 1.' }] },
  };
}

/** Primary rate limit exhausted (403 or 429), with x-ratelimit-remaining 0 and the reset time. */
export function primaryRateLimit(status: 403 | 429 = 403, resetInSeconds = 60): FaultResponse {
  return {
    status,
    headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds) },
    body: {
      message: 'API rate limit exceeded for installation ID 1. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
      documentation_url: `${RATE_LIMIT_DOCS}#about-primary-rate-limits`,
      status: String(status),
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Model.

const HTML_BASE = 'https://github.com';
const BOT_IDS: Record<string, number> = { 'github-actions[bot]': 41898282, 'dependabot[bot]': 49699333 };

interface Label {
  id: number;
  nodeId: string;
  name: string;
  color: string;
  description: string | null;
}

interface Comment {
  id: number;
  nodeId: string;
  body: string;
  user: string;
  createdAt: string;
}

interface PullPart {
  headOwner: string;
  headRef: string;
  baseRef: string;
  draft: boolean;
  maintainerCanModify: boolean;
  autoMerge: AutoMergeState | null;
  autoMergeBy: string | null;
  /** GitHub computes mergeability in the background: null right after creation, then known. */
  mergeableKnown: boolean;
}

interface Item {
  kind: 'issue' | 'pull';
  number: number;
  id: number;
  nodeId: string;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: string | null;
  labels: string[];
  assignees: string[];
  user: string;
  comments: Comment[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  pull?: PullPart;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Json = Record<string, unknown>;

// GitHub prints timestamps without milliseconds.
const isoNow = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
const sha1 = (s: string): string => createHash('sha1').update(s).digest('hex');
const nodeId = (prefix: string, id: number): string => `${prefix}_kwDO${Buffer.from(`${prefix}${id}`).toString('base64url')}`;
const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function requestId(): string {
  const hex = (n: number): string => randomBytes(Math.ceil(n / 2)).toString('hex').slice(0, n).toUpperCase();
  return `${hex(4)}:${hex(5)}:${hex(7)}:${hex(7)}:${hex(8)}`;
}

function readBody(req: IncomingMessage, limit = 10 * 1024 * 1024): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) { reject(new Error('request body too large')); req.destroy(); return; }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function authOf(headers: IncomingHttpHeaders): { scheme: AuthScheme; credential?: string } {
  const h = headers.authorization;
  if (!h) return { scheme: 'none' };
  const [scheme = '', ...rest] = h.trim().split(/\s+/);
  const credential = rest.join(' ');
  if (/^token$/i.test(scheme)) return { scheme: 'token', credential };
  if (/^bearer$/i.test(scheme)) return { scheme: 'bearer', credential };
  return { scheme: 'other' };
}

function sameSecret(a: string, b: string): boolean {
  // Compare digests so neither the token nor its length leaks into timing; cheap and good hygiene.
  return createHash('sha256').update(a).digest('hex') === createHash('sha256').update(b).digest('hex');
}

// ---------------------------------------------------------------------------------------------------------
// Minimal GraphQL: a parser for the executable subset (operations, fields, aliases, arguments, variables,
// inline fragments, named fragments) and an executor over a tiny slice of GitHub's schema. Directives are
// rejected rather than ignored, so a query we cannot honour fails loudly instead of silently.

type GqlValue =
  | { kind: 'var'; name: string }
  | { kind: 'literal'; value: unknown }
  | { kind: 'enum'; value: string }
  | { kind: 'list'; values: GqlValue[] }
  | { kind: 'object'; fields: Record<string, GqlValue> };

interface GqlField { kind: 'field'; alias?: string; name: string; args: Record<string, GqlValue>; selections?: GqlSelection[]; line: number; column: number }
interface GqlInline { kind: 'inline'; on?: string; selections: GqlSelection[] }
interface GqlSpread { kind: 'spread'; name: string }
type GqlSelection = GqlField | GqlInline | GqlSpread;
interface GqlOperation { type: 'query' | 'mutation' | 'subscription'; name?: string; defaults: Record<string, GqlValue>; selections: GqlSelection[] }
interface GqlDocument { operations: GqlOperation[]; fragments: Map<string, { on: string; selections: GqlSelection[] }> }

interface Token { kind: 'punct' | 'name' | 'number' | 'string'; value: string; line: number; column: number }

class GqlSyntaxError extends Error {}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const at = (): { line: number; column: number } => ({ line, column: i - lineStart + 1 });
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\n') { i++; line++; lineStart = i; continue; }
    if (c === ' ' || c === '\t' || c === '\r' || c === ',' || c === '\ufeff') { i++; continue; }
    if (c === '#') { while (i < src.length && src[i] !== '\n') i++; continue; }
    const pos = at();
    if (src.startsWith('...', i)) { out.push({ kind: 'punct', value: '...', ...pos }); i += 3; continue; }
    if ('!$()[]{}:=@|&'.includes(c)) { out.push({ kind: 'punct', value: c, ...pos }); i++; continue; }
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))![0];
      out.push({ kind: 'name', value: m, ...pos }); i += m.length; continue;
    }
    if (/[-0-9]/.test(c)) {
      const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(src.slice(i));
      if (!m) throw new GqlSyntaxError(`Parse error on "${c}" at [${pos.line}, ${pos.column}]`);
      out.push({ kind: 'number', value: m[0], ...pos }); i += m[0].length; continue;
    }
    if (src.startsWith('"""', i)) {
      const end = src.indexOf('"""', i + 3);
      if (end === -1) throw new GqlSyntaxError(`Unterminated block string at [${pos.line}, ${pos.column}]`);
      const raw = src.slice(i + 3, end);
      out.push({ kind: 'string', value: raw.trim(), ...pos });
      for (const ch of raw) if (ch === '\n') line++;
      i = end + 3;
      continue;
    }
    if (c === '"') {
      const m = /^"((?:[^"\\\n]|\\.)*)"/.exec(src.slice(i));
      if (!m) throw new GqlSyntaxError(`Unterminated string at [${pos.line}, ${pos.column}]`);
      out.push({ kind: 'string', value: JSON.parse(m[0]) as string, ...pos }); i += m[0].length; continue;
    }
    throw new GqlSyntaxError(`Parse error on "${c}" at [${pos.line}, ${pos.column}]`);
  }
  return out;
}

function parseGraphql(src: string): GqlDocument {
  const toks = tokenize(src);
  let p = 0;
  const peek = (): Token | undefined => toks[p];
  const fail = (what: string): never => {
    const t = peek();
    throw new GqlSyntaxError(t ? `Parse error on "${t.value}" at [${t.line}, ${t.column}]: expected ${what}` : `Parse error at end of document: expected ${what}`);
  };
  const isPunct = (v: string): boolean => peek()?.kind === 'punct' && peek()?.value === v;
  const expectPunct = (v: string): Token => (isPunct(v) ? toks[p++]! : fail(`"${v}"`));
  const expectName = (): Token => (peek()?.kind === 'name' ? toks[p++]! : fail('a name'));

  const parseValue = (): GqlValue => {
    const t = peek();
    if (!t) return fail('a value');
    if (isPunct('$')) { p++; return { kind: 'var', name: expectName().value }; }
    if (isPunct('[')) {
      p++;
      const values: GqlValue[] = [];
      while (!isPunct(']')) values.push(parseValue());
      p++;
      return { kind: 'list', values };
    }
    if (isPunct('{')) {
      p++;
      const fields: Record<string, GqlValue> = {};
      while (!isPunct('}')) { const n = expectName().value; expectPunct(':'); fields[n] = parseValue(); }
      p++;
      return { kind: 'object', fields };
    }
    p++;
    if (t.kind === 'number') return { kind: 'literal', value: Number(t.value) };
    if (t.kind === 'string') return { kind: 'literal', value: t.value };
    if (t.kind === 'name') {
      if (t.value === 'true' || t.value === 'false') return { kind: 'literal', value: t.value === 'true' };
      if (t.value === 'null') return { kind: 'literal', value: null };
      return { kind: 'enum', value: t.value };
    }
    p--;
    return fail('a value');
  };

  const rejectDirectives = (): void => {
    if (isPunct('@')) throw new GqlSyntaxError(`directives are not supported by the test double (at [${peek()!.line}, ${peek()!.column}])`);
  };

  const parseSelections = (): GqlSelection[] => {
    expectPunct('{');
    const out: GqlSelection[] = [];
    while (!isPunct('}')) {
      if (isPunct('...')) {
        p++;
        if (peek()?.kind === 'name' && peek()?.value === 'on') { p++; const on = expectName().value; rejectDirectives(); out.push({ kind: 'inline', on, selections: parseSelections() }); }
        else if (isPunct('{') || isPunct('@')) { rejectDirectives(); out.push({ kind: 'inline', selections: parseSelections() }); }
        else { out.push({ kind: 'spread', name: expectName().value }); rejectDirectives(); }
        continue;
      }
      const first = expectName();
      let alias: string | undefined;
      let name = first.value;
      if (isPunct(':')) { p++; alias = name; name = expectName().value; }
      const args: Record<string, GqlValue> = {};
      if (isPunct('(')) {
        p++;
        while (!isPunct(')')) { const n = expectName().value; expectPunct(':'); args[n] = parseValue(); }
        p++;
      }
      rejectDirectives();
      const field: GqlField = { kind: 'field', alias, name, args, line: first.line, column: first.column };
      if (isPunct('{')) field.selections = parseSelections();
      out.push(field);
    }
    p++;
    return out;
  };

  const skipType = (): void => {
    if (isPunct('[')) { p++; skipType(); expectPunct(']'); } else expectName();
    if (isPunct('!')) p++;
  };

  const doc: GqlDocument = { operations: [], fragments: new Map() };
  while (p < toks.length) {
    if (isPunct('{')) { doc.operations.push({ type: 'query', defaults: {}, selections: parseSelections() }); continue; }
    const kw = expectName().value;
    if (kw === 'fragment') {
      const name = expectName().value;
      if (peek()?.kind !== 'name' || peek()?.value !== 'on') fail('"on"');
      p++;
      const on = expectName().value;
      rejectDirectives();
      doc.fragments.set(name, { on, selections: parseSelections() });
      continue;
    }
    if (kw !== 'query' && kw !== 'mutation' && kw !== 'subscription') { p--; fail('query, mutation or fragment'); }
    const op: GqlOperation = { type: kw as GqlOperation['type'], defaults: {}, selections: [] };
    if (peek()?.kind === 'name') op.name = toks[p++]!.value;
    if (isPunct('(')) {
      p++;
      while (!isPunct(')')) {
        expectPunct('$');
        const v = expectName().value;
        expectPunct(':');
        skipType();
        if (isPunct('=')) { p++; op.defaults[v] = parseValue(); }
      }
      p++;
    }
    rejectDirectives();
    op.selections = parseSelections();
    doc.operations.push(op);
  }
  if (doc.operations.length === 0) throw new GqlSyntaxError('the document has no operation');
  return doc;
}

interface GqlError { message: string; type?: string; path?: (string | number)[]; locations?: { line: number; column: number }[] }

interface GqlArgDef { type: string; required?: boolean }
interface GqlFieldDef { type: string; args?: Record<string, GqlArgDef>; resolve: (src: unknown, args: Record<string, unknown>, field: GqlField) => unknown }

const GQL_SCALARS = new Set(['ID', 'String', 'Int', 'Boolean', 'DateTime', 'URI', 'GitObjectID']);
const GQL_ENUMS: Record<string, string[]> = {
  PullRequestMergeMethod: ['MERGE', 'SQUASH', 'REBASE'],
  PullRequestState: ['OPEN', 'CLOSED', 'MERGED'],
  IssueState: ['OPEN', 'CLOSED'],
};
const GQL_INPUTS: Record<string, Record<string, GqlArgDef>> = {
  EnablePullRequestAutoMergeInput: {
    pullRequestId: { type: 'ID', required: true },
    mergeMethod: { type: 'PullRequestMergeMethod' },
    commitHeadline: { type: 'String' },
    commitBody: { type: 'String' },
    authorEmail: { type: 'String' },
    expectedHeadOid: { type: 'GitObjectID' },
    clientMutationId: { type: 'String' },
  },
  DisablePullRequestAutoMergeInput: { pullRequestId: { type: 'ID', required: true }, clientMutationId: { type: 'String' } },
};
/** Interfaces and the object types that implement them. */
const GQL_INTERFACES: Record<string, string[]> = { Node: ['PullRequest', 'Issue', 'Repository', 'User'] };

/** A GraphQL object value: its type name and the model object behind it. */
interface GqlObject { __typename: string; src: unknown }
const gqlObject = (type: string, src: unknown): GqlObject => ({ __typename: type, src });
const isGqlObject = (v: unknown): v is GqlObject => typeof v === 'object' && v !== null && '__typename' in v && 'src' in v;

class GqlFieldError extends Error {
  constructor(message: string, readonly type?: string) { super(message); }
}

/**
 * GitHub Enterprise Server's layout: the REST path without its /api/v3 prefix, /graphql for /api/graphql, and
 * undefined for anything else (/api/v3/graphql included: GHES has no GraphQL there).
 */
function enterpriseRoute(url: string): string | undefined {
  if (/^\/api\/graphql(\?|$)/.test(url)) return url.slice('/api'.length);
  if (url.startsWith('/api/v3/') && !/^\/api\/v3\/graphql(\?|$)/.test(url)) return url.slice('/api/v3'.length);
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// The double.

export async function startGitHubApiDouble(opts: GitHubApiDoubleOptions = {}): Promise<GitHubApiDouble> {
  loadGitHubSpec(); // pay the parse before the first request, not inside a client's timeout

  const owner = opts.owner ?? 'octo-org';
  const repo = opts.repo ?? 'gitops';
  const actor = opts.actor ?? 'github-actions[bot]';
  const defaultBranch = opts.defaultBranch ?? 'main';
  const strictBodies = opts.strictBodies ?? true;
  let allowAutoMerge = opts.allowAutoMerge ?? true;
  let pushAccess = opts.pushAccess ?? true;
  let branches: Set<string> | undefined = opts.branches ? new Set(opts.branches) : undefined;

  const repoId = 700_000_000 + Math.floor(Math.random() * 1_000_000);
  const repoNodeId = nodeId('R', repoId);
  const repoCreatedAt = '2023-05-04T09:10:11Z';
  const items = new Map<number, Item>();
  const labels = new Map<string, Label>(); // key: lower-case name (GitHub label names are case-insensitive)
  const requests: RecordedRequest[] = [];
  const graphqlCalls: GraphqlCall[] = [];
  const problems: string[] = [];
  const faults: { match: FaultMatch; response: FaultResponse; left: number }[] = [];
  let nextNumber = 1;
  let nextId = 1;
  let used = 0;
  const rateReset = Math.floor(Date.now() / 1000) + 3600;

  let baseUrl = '';
  const repoApi = (): string => `${baseUrl}/repos/${owner}/${repo}`;
  const repoHtml = `${HTML_BASE}/${owner}/${repo}`;
  const branchSha = (ref: string): string => sha1(`${owner}/${repo}@${ref}`);
  const branchKnown = (ref: string): boolean => ref === defaultBranch || branches === undefined || branches.has(ref);

  // ---- JSON builders (shapes follow the description's response schemas; checked by validateResponse).

  const userJson = (login: string, type?: string): Json => {
    const bot = login.endsWith('[bot]');
    const id = BOT_IDS[login] ?? (parseInt(sha1(login).slice(0, 7), 16) % 90_000_000) + 1_000_000;
    const api = `${baseUrl}/users/${encodeURIComponent(login)}`;
    return {
      login,
      id,
      node_id: nodeId(bot ? 'BOT' : 'U', id),
      avatar_url: `https://avatars.githubusercontent.com/${bot ? 'in/15368' : `u/${id}`}?v=4`,
      gravatar_id: '',
      url: api,
      html_url: bot ? `${HTML_BASE}/apps/${login.slice(0, -5)}` : `${HTML_BASE}/${login}`,
      followers_url: `${api}/followers`,
      following_url: `${api}/following{/other_user}`,
      gists_url: `${api}/gists{/gist_id}`,
      starred_url: `${api}/starred{/owner}{/repo}`,
      subscriptions_url: `${api}/subscriptions`,
      organizations_url: `${api}/orgs`,
      repos_url: `${api}/repos`,
      events_url: `${api}/events{/privacy}`,
      received_events_url: `${api}/received_events`,
      type: type ?? (bot ? 'Bot' : 'User'),
      user_view_type: 'public',
      site_admin: false,
    };
  };

  const openIssueCount = (): number => [...items.values()].filter((i) => i.state === 'open').length;

  const repoJson = (full: boolean): Json => {
    const u = repoApi();
    const common: Json = {
      id: repoId,
      node_id: repoNodeId,
      name: repo,
      full_name: `${owner}/${repo}`,
      private: true,
      owner: userJson(owner, 'Organization'),
      html_url: repoHtml,
      description: null,
      fork: false,
      url: u,
      forks_url: `${u}/forks`,
      keys_url: `${u}/keys{/key_id}`,
      collaborators_url: `${u}/collaborators{/collaborator}`,
      teams_url: `${u}/teams`,
      hooks_url: `${u}/hooks`,
      issue_events_url: `${u}/issues/events{/number}`,
      events_url: `${u}/events`,
      assignees_url: `${u}/assignees{/user}`,
      branches_url: `${u}/branches{/branch}`,
      tags_url: `${u}/tags`,
      blobs_url: `${u}/git/blobs{/sha}`,
      git_tags_url: `${u}/git/tags{/sha}`,
      git_refs_url: `${u}/git/refs{/sha}`,
      trees_url: `${u}/git/trees{/sha}`,
      statuses_url: `${u}/statuses/{sha}`,
      languages_url: `${u}/languages`,
      stargazers_url: `${u}/stargazers`,
      contributors_url: `${u}/contributors`,
      subscribers_url: `${u}/subscribers`,
      subscription_url: `${u}/subscription`,
      commits_url: `${u}/commits{/sha}`,
      git_commits_url: `${u}/git/commits{/sha}`,
      comments_url: `${u}/comments{/number}`,
      issue_comment_url: `${u}/issues/comments{/number}`,
      contents_url: `${u}/contents/{+path}`,
      compare_url: `${u}/compare/{base}...{head}`,
      merges_url: `${u}/merges`,
      archive_url: `${u}/{archive_format}{/ref}`,
      downloads_url: `${u}/downloads`,
      issues_url: `${u}/issues{/number}`,
      pulls_url: `${u}/pulls{/number}`,
      milestones_url: `${u}/milestones{/number}`,
      notifications_url: `${u}/notifications{?since,all,participating}`,
      labels_url: `${u}/labels{/name}`,
      releases_url: `${u}/releases{/id}`,
      deployments_url: `${u}/deployments`,
      created_at: repoCreatedAt,
      updated_at: repoCreatedAt,
      pushed_at: isoNow(),
      git_url: `git://github.com/${owner}/${repo}.git`,
      ssh_url: `git@github.com:${owner}/${repo}.git`,
      clone_url: `${repoHtml}.git`,
      svn_url: repoHtml,
      homepage: null,
      size: 128,
      stargazers_count: 0,
      watchers_count: 0,
      language: null,
      has_issues: true,
      has_projects: true,
      has_downloads: true,
      has_wiki: false,
      has_pages: false,
      has_discussions: false,
      forks_count: 0,
      mirror_url: null,
      archived: false,
      disabled: false,
      open_issues_count: openIssueCount(),
      license: null,
      allow_forking: false,
      is_template: false,
      web_commit_signoff_required: false,
      topics: [],
      visibility: 'private',
      forks: 0,
      open_issues: openIssueCount(),
      watchers: 0,
      default_branch: defaultBranch,
    };
    if (!full) return common;
    return {
      ...common,
      permissions: { admin: false, maintain: false, push: pushAccess, triage: true, pull: true },
      allow_squash_merge: true,
      allow_merge_commit: true,
      allow_rebase_merge: true,
      allow_auto_merge: allowAutoMerge,
      delete_branch_on_merge: true,
      allow_update_branch: false,
      use_squash_pr_title_as_default: false,
      squash_merge_commit_title: 'COMMIT_OR_PR_TITLE',
      squash_merge_commit_message: 'COMMIT_MESSAGES',
      merge_commit_title: 'MERGE_MESSAGE',
      merge_commit_message: 'PR_TITLE',
      network_count: 0,
      subscribers_count: 1,
    };
  };

  const labelJson = (name: string): Json => {
    const l = labels.get(name.toLowerCase())!;
    return { id: l.id, node_id: l.nodeId, url: `${repoApi()}/labels/${encodeURIComponent(l.name)}`, name: l.name, color: l.color, default: false, description: l.description };
  };

  const htmlUrlOf = (item: Item): string => `${repoHtml}/${item.kind === 'pull' ? 'pull' : 'issues'}/${item.number}`;

  const issueJson = (item: Item): Json => {
    const u = `${repoApi()}/issues/${item.number}`;
    const json: Json = {
      url: u,
      repository_url: repoApi(),
      labels_url: `${u}/labels{/name}`,
      comments_url: `${u}/comments`,
      events_url: `${u}/events`,
      html_url: htmlUrlOf(item),
      id: item.id,
      node_id: item.nodeId,
      number: item.number,
      title: item.title,
      user: userJson(item.user),
      labels: item.labels.map(labelJson),
      state: item.state,
      locked: false,
      assignee: item.assignees[0] === undefined ? null : userJson(item.assignees[0]),
      assignees: item.assignees.map((a) => userJson(a)),
      milestone: null,
      comments: item.comments.length,
      created_at: item.createdAt,
      updated_at: item.updatedAt,
      closed_at: item.closedAt,
      author_association: 'NONE',
      active_lock_reason: null,
      body: item.body,
      closed_by: null,
      timeline_url: `${u}/timeline`,
      performed_via_github_app: null,
      state_reason: item.stateReason,
    };
    if (item.pull) {
      // GitHub's issues endpoints return pull requests too, marked by this key.
      json.draft = item.pull.draft;
      json.pull_request = { url: `${repoApi()}/pulls/${item.number}`, html_url: htmlUrlOf(item), diff_url: `${htmlUrlOf(item)}.diff`, patch_url: `${htmlUrlOf(item)}.patch`, merged_at: null };
    }
    return json;
  };

  const pullJson = (item: Item, full: boolean): Json => {
    const pr = item.pull!;
    const u = `${repoApi()}/pulls/${item.number}`;
    const issueUrl = `${repoApi()}/issues/${item.number}`;
    const html = htmlUrlOf(item);
    const headSha = branchSha(pr.headRef);
    const side = (ref: string, sha: string, ownerLogin: string): Json => ({ label: `${ownerLogin}:${ref}`, ref, sha, user: userJson(ownerLogin, 'Organization'), repo: repoJson(false) });
    const json: Json = {
      url: u,
      id: item.id,
      node_id: item.nodeId,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issueUrl,
      number: item.number,
      state: item.state,
      locked: false,
      title: item.title,
      user: userJson(item.user),
      body: item.body,
      created_at: item.createdAt,
      updated_at: item.updatedAt,
      closed_at: item.closedAt,
      merged_at: null,
      merge_commit_sha: pr.mergeableKnown ? sha1(`merge:${item.number}:${headSha}`) : null,
      assignee: item.assignees[0] === undefined ? null : userJson(item.assignees[0]),
      assignees: item.assignees.map((a) => userJson(a)),
      requested_reviewers: [],
      requested_teams: [],
      labels: item.labels.map(labelJson),
      milestone: null,
      draft: pr.draft,
      commits_url: `${u}/commits`,
      review_comments_url: `${u}/comments`,
      review_comment_url: `${repoApi()}/pulls/comments{/number}`,
      comments_url: `${issueUrl}/comments`,
      statuses_url: `${repoApi()}/statuses/${headSha}`,
      head: side(pr.headRef, headSha, pr.headOwner),
      base: side(pr.baseRef, branchSha(pr.baseRef), owner),
      _links: {
        self: { href: u },
        html: { href: html },
        issue: { href: issueUrl },
        comments: { href: `${issueUrl}/comments` },
        review_comments: { href: `${u}/comments` },
        review_comment: { href: `${repoApi()}/pulls/comments{/number}` },
        commits: { href: `${u}/commits` },
        statuses: { href: `${repoApi()}/statuses/${headSha}` },
      },
      author_association: 'NONE',
      auto_merge: pr.autoMerge === null ? null : {
        enabled_by: userJson(pr.autoMergeBy ?? actor),
        merge_method: pr.autoMerge.mergeMethod.toLowerCase(),
        commit_title: pr.autoMerge.commitHeadline ?? `${item.title} (#${item.number})`,
        commit_message: pr.autoMerge.commitBody ?? '',
      },
      active_lock_reason: null,
    };
    if (!full) return json;
    return {
      ...json,
      merged: false,
      mergeable: item.state === 'open' && pr.mergeableKnown ? true : null,
      rebaseable: item.state === 'open' && pr.mergeableKnown ? true : null,
      mergeable_state: item.state === 'open' && pr.mergeableKnown ? (pr.draft ? 'draft' : 'clean') : 'unknown',
      merged_by: null,
      comments: item.comments.length,
      review_comments: 0,
      maintainer_can_modify: pr.maintainerCanModify,
      commits: 1,
      additions: 1,
      deletions: 1,
      changed_files: 1,
    };
  };

  const commentJson = (item: Item, c: Comment): Json => ({
    url: `${repoApi()}/issues/comments/${c.id}`,
    html_url: `${htmlUrlOf(item)}#issuecomment-${c.id}`,
    issue_url: `${repoApi()}/issues/${item.number}`,
    id: c.id,
    node_id: c.nodeId,
    user: userJson(c.user),
    created_at: c.createdAt,
    updated_at: c.createdAt,
    author_association: 'NONE',
    body: c.body,
    performed_via_github_app: null,
  });

  // ---- Model operations.

  const ensureLabel = (name: string): string => {
    const key = name.toLowerCase();
    if (!labels.has(key)) {
      const id = 5_000_000_000 + nextId++;
      labels.set(key, { id, nodeId: nodeId('LA', id), name, color: 'ededed', description: null }); // GitHub's default colour for labels created on the fly
    }
    return labels.get(key)!.name;
  };

  const addLabels = (item: Item, names: string[]): void => {
    for (const n of names) {
      const canonical = ensureLabel(n);
      if (!item.labels.some((l) => sameName(l, canonical))) item.labels.push(canonical);
    }
  };

  const newItem = (kind: Item['kind'], fields: Partial<Item> & { title: string }): Item => {
    const now = isoNow();
    const number = nextNumber++;
    const id = (kind === 'pull' ? 1_900_000_000 : 2_800_000_000) + number;
    const item: Item = {
      kind,
      number,
      id,
      nodeId: nodeId(kind === 'pull' ? 'PR' : 'I', id),
      body: null,
      state: 'open',
      stateReason: null,
      labels: [],
      assignees: [],
      user: actor,
      comments: [],
      createdAt: now,
      updatedAt: now,
      closedAt: null,
      ...fields,
    };
    items.set(number, item);
    return item;
  };

  const setState = (item: Item, state: 'open' | 'closed', reason?: string | null): void => {
    if (item.state !== state) {
      item.state = state;
      item.closedAt = state === 'closed' ? isoNow() : null;
      if (state === 'closed' && item.pull) item.pull.autoMerge = null; // closing a PR drops its auto-merge request
    }
    item.stateReason = state === 'closed' ? (reason ?? (item.kind === 'issue' ? 'completed' : null)) : (item.kind === 'issue' && reason === 'reopened' ? 'reopened' : null);
  };

  const openDuplicate = (headOwner: string, headRef: string, baseRef: string, except?: number): Item | undefined =>
    [...items.values()].find((i) => i.pull && i.state === 'open' && i.number !== except && sameName(i.pull.headOwner, headOwner) && i.pull.headRef === headRef && i.pull.baseRef === baseRef);

  const pullSnapshot = (i: Item): PullSnapshot => ({
    number: i.number,
    nodeId: i.nodeId,
    title: i.title,
    body: i.body,
    state: i.state,
    draft: i.pull!.draft,
    head: { ref: i.pull!.headRef, sha: branchSha(i.pull!.headRef), label: `${i.pull!.headOwner}:${i.pull!.headRef}` },
    base: { ref: i.pull!.baseRef, sha: branchSha(i.pull!.baseRef) },
    labels: [...i.labels],
    assignees: [...i.assignees],
    user: i.user,
    htmlUrl: htmlUrlOf(i),
    autoMerge: i.pull!.autoMerge ? { ...i.pull!.autoMerge } : null,
  });

  const issueSnapshot = (i: Item): IssueSnapshot => ({
    number: i.number,
    nodeId: i.nodeId,
    title: i.title,
    body: i.body,
    state: i.state,
    stateReason: i.stateReason,
    labels: [...i.labels],
    assignees: [...i.assignees],
    user: i.user,
    htmlUrl: htmlUrlOf(i),
    comments: i.comments.map((c) => c.body),
  });

  // ---- REST handlers, keyed by operationId.

  interface Call {
    v: RequestValidation;
    body: Json;
    query: Record<string, string | string[]>;
    method: string;
    pathname: string;
  }

  const notFound = (v: RequestValidation): Reply => ({ status: 404, body: { message: 'Not Found', documentation_url: v.documentationUrl ?? 'https://docs.github.com/rest', status: '404' } });
  const validationFailed = (v: RequestValidation, errors: Json[]): Reply => ({ status: 422, body: { message: 'Validation Failed', errors, documentation_url: v.documentationUrl ?? 'https://docs.github.com/rest', status: '422' } });
  const q1 = (c: Call, k: string): string | undefined => { const x = c.query[k]; return Array.isArray(x) ? x[x.length - 1] : x; };
  const itemOf = (c: Call, param: string): Item | undefined => items.get(Number(c.v.params[param]));

  const paginate = (c: Call, list: Json[]): Reply => {
    const perPage = Math.min(Math.max(Number(q1(c, 'per_page') ?? 30), 1), 100);
    const page = Math.max(Number(q1(c, 'page') ?? 1), 1);
    const last = Math.max(Math.ceil(list.length / perPage), 1);
    const headers: Record<string, string> = {};
    const link = (n: number, rel: string): string => {
      const qs = new URLSearchParams();
      for (const [k, v] of Object.entries(c.query)) for (const x of Array.isArray(v) ? v : [v]) if (k !== 'page') qs.append(k, x);
      qs.set('page', String(n));
      return `<${baseUrl}${c.pathname}?${qs.toString()}>; rel="${rel}"`;
    };
    const rels: string[] = [];
    if (page > 1) rels.push(link(page - 1, 'prev'));
    if (page < last) rels.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) rels.push(link(1, 'first'));
    if (rels.length) headers.link = rels.join(', ');
    return { status: 200, body: list.slice((page - 1) * perPage, page * perPage), headers };
  };

  const sortItems = (c: Call, list: Item[], defaultDirection: 'asc' | 'desc'): Item[] => {
    const sort = q1(c, 'sort') ?? 'created';
    const dir = q1(c, 'direction') ?? (sort === 'created' ? 'desc' : defaultDirection);
    const key = (i: Item): string | number => (sort === 'updated' ? i.updatedAt : sort === 'comments' ? i.comments.length : i.number);
    return [...list].sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      const d = ka < kb ? -1 : ka > kb ? 1 : a.number - b.number;
      return dir === 'asc' ? d : -d;
    });
  };

  const labelNames = (raw: unknown): string[] =>
    Array.isArray(raw) ? raw.map((l) => (typeof l === 'string' ? l : String((l as { name?: unknown }).name ?? ''))).filter((l) => l !== '') : [];

  const handlers: Record<string, (c: Call) => Reply> = {
    'repos/get': () => ({ status: 200, body: repoJson(true) }),

    'pulls/list': (c) => {
      const state = q1(c, 'state') ?? 'open';
      const head = q1(c, 'head');
      const base = q1(c, 'base');
      if (head !== undefined && !head.includes(':')) {
        problems.push(`GET ${c.pathname}: query.head ${JSON.stringify(head)} lacks the "owner:" prefix; the description requires user:ref-name`);
      }
      const list = [...items.values()].filter((i) => {
        if (!i.pull) return false;
        if (state !== 'all' && i.state !== state) return false;
        if (head !== undefined) {
          const [hOwner, ...rest] = head.split(':');
          const hRef = rest.join(':');
          if (!(sameName(i.pull.headOwner, hOwner ?? '') && i.pull.headRef === hRef)) return false;
        }
        return base === undefined || i.pull.baseRef === base;
      });
      return paginate(c, sortItems(c, list, 'desc').map((i) => pullJson(i, false)));
    },

    'pulls/create': (c) => {
      const b = c.body;
      if (b.issue !== undefined) return { status: 501, body: { message: 'the double does not model converting issues to pull requests' } };
      const errors: Json[] = [];
      if (typeof b.title !== 'string' || b.title === '') errors.push({ resource: 'PullRequest', field: 'title', code: 'missing_field' });
      const headSpec = String(b.head);
      const [headOwner, headRef] = headSpec.includes(':') ? [headSpec.slice(0, headSpec.indexOf(':')), headSpec.slice(headSpec.indexOf(':') + 1)] : [owner, headSpec];
      const baseRef = String(b.base);
      if (!sameName(headOwner, owner) || !branchKnown(headRef)) errors.push({ resource: 'PullRequest', field: 'head', code: 'invalid' });
      if (!branchKnown(baseRef)) errors.push({ resource: 'PullRequest', field: 'base', code: 'invalid' });
      if (errors.length) return validationFailed(c.v, errors);
      if (headRef === baseRef) return validationFailed(c.v, [{ resource: 'PullRequest', code: 'custom', message: `No commits between ${baseRef} and ${headRef}` }]);
      if (openDuplicate(headOwner, headRef, baseRef)) {
        return validationFailed(c.v, [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${owner}:${headRef}.` }]);
      }
      const item = newItem('pull', {
        title: String(b.title),
        body: typeof b.body === 'string' ? b.body : null,
        pull: { headOwner: owner, headRef, baseRef, draft: b.draft === true, maintainerCanModify: b.maintainer_can_modify !== false, autoMerge: null, autoMergeBy: null, mergeableKnown: false },
      });
      const reply: Reply = { status: 201, body: pullJson(item, true), headers: { location: `${repoApi()}/pulls/${item.number}` } };
      item.pull!.mergeableKnown = true; // later reads see a computed mergeability
      return reply;
    },

    'pulls/get': (c) => {
      const item = itemOf(c, 'pull_number');
      return item?.pull ? { status: 200, body: pullJson(item, true) } : notFound(c.v);
    },

    'pulls/update': (c) => {
      const item = itemOf(c, 'pull_number');
      if (!item?.pull) return notFound(c.v);
      const b = c.body;
      if (typeof b.base === 'string' && !branchKnown(b.base)) return validationFailed(c.v, [{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
      if (b.state === 'open' && item.state === 'closed') {
        const dup = openDuplicate(item.pull.headOwner, item.pull.headRef, typeof b.base === 'string' ? b.base : item.pull.baseRef, item.number);
        if (dup) return validationFailed(c.v, [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${item.pull.headOwner}:${item.pull.headRef}.` }]);
      }
      if (typeof b.title === 'string') item.title = b.title;
      if (typeof b.body === 'string') item.body = b.body;
      if (typeof b.base === 'string') item.pull.baseRef = b.base;
      if (typeof b.maintainer_can_modify === 'boolean') item.pull.maintainerCanModify = b.maintainer_can_modify;
      if (b.state === 'open' || b.state === 'closed') setState(item, b.state);
      item.updatedAt = isoNow();
      return { status: 200, body: pullJson(item, true) };
    },

    'issues/add-labels': (c) => {
      const item = itemOf(c, 'issue_number');
      if (!item) return notFound(c.v);
      addLabels(item, labelNames(c.body.labels));
      item.updatedAt = isoNow();
      return { status: 200, body: item.labels.map(labelJson) };
    },

    'issues/list-for-repo': (c) => {
      const state = q1(c, 'state') ?? 'open';
      const wanted = (q1(c, 'labels') ?? '').split(',').map((l) => l.trim()).filter((l) => l !== '');
      const creator = q1(c, 'creator');
      const since = q1(c, 'since');
      const list = [...items.values()].filter((i) =>
        (state === 'all' || i.state === state) &&
        wanted.every((w) => i.labels.some((l) => sameName(l, w))) &&
        (creator === undefined || sameName(i.user, creator)) &&
        (since === undefined || i.updatedAt >= since.replace(/\.\d+Z$/, 'Z')));
      return paginate(c, sortItems(c, list, 'desc').map(issueJson));
    },

    'issues/create': (c) => {
      const b = c.body;
      const item = newItem('issue', {
        title: String(b.title),
        body: typeof b.body === 'string' ? b.body : null,
        // Without push access GitHub drops labels and assignees silently (the operation's description says so).
        assignees: !pushAccess ? [] : Array.isArray(b.assignees) ? b.assignees.map(String) : typeof b.assignee === 'string' ? [b.assignee] : [],
      });
      if (pushAccess) addLabels(item, labelNames(b.labels));
      return { status: 201, body: issueJson(item), headers: { location: `${repoApi()}/issues/${item.number}` } };
    },

    'issues/update': (c) => {
      const item = itemOf(c, 'issue_number');
      if (!item) return notFound(c.v);
      const b = c.body;
      if (typeof b.title === 'string' || typeof b.title === 'number') item.title = String(b.title);
      if (typeof b.body === 'string' || b.body === null) item.body = b.body as string | null;
      if (b.labels !== undefined && pushAccess) { item.labels = []; addLabels(item, labelNames(b.labels)); }
      if (Array.isArray(b.assignees) && pushAccess) item.assignees = b.assignees.map((a) => (typeof a === 'string' ? a : String((a as { login?: unknown }).login)));
      if (b.state === 'open' || b.state === 'closed') setState(item, b.state, typeof b.state_reason === 'string' ? b.state_reason : null);
      item.updatedAt = isoNow();
      return { status: 200, body: issueJson(item) };
    },

    'issues/create-comment': (c) => {
      const item = itemOf(c, 'issue_number');
      if (!item) return notFound(c.v);
      const id = 3_000_000_000 + nextId++;
      const comment: Comment = { id, nodeId: nodeId('IC', id), body: String(c.body.body), user: actor, createdAt: isoNow() };
      item.comments.push(comment);
      item.updatedAt = comment.createdAt;
      return { status: 201, body: commentJson(item, comment), headers: { location: `${repoApi()}/issues/comments/${id}` } };
    },
  };

  // ---- GraphQL schema slice.

  const itemByNodeId = (id: unknown): Item | undefined => [...items.values()].find((i) => i.nodeId === id);
  const scalar = (type: string, resolve: GqlFieldDef['resolve']): GqlFieldDef => ({ type, resolve });

  const autoMergeMutation = (enable: boolean) => (_src: unknown, args: Record<string, unknown>): unknown => {
    const input = args.input as Record<string, unknown>;
    const item = itemByNodeId(input.pullRequestId);
    if (!item?.pull) throw new GqlFieldError(`Could not resolve to a node with the global id of '${String(input.pullRequestId)}'`, 'NOT_FOUND');
    if (enable) {
      if (!allowAutoMerge) throw new GqlFieldError('Pull request Auto merge is not allowed for this repository', 'UNPROCESSABLE');
      if (item.state !== 'open') throw new GqlFieldError('Pull request is not open', 'UNPROCESSABLE');
      if (typeof input.expectedHeadOid === 'string' && input.expectedHeadOid !== branchSha(item.pull.headRef)) {
        throw new GqlFieldError('Head sha didn\'t match expected head sha', 'UNPROCESSABLE');
      }
      item.pull.autoMerge = {
        mergeMethod: (input.mergeMethod as AutoMergeState['mergeMethod'] | undefined) ?? 'MERGE',
        enabledAt: isoNow(),
        commitHeadline: typeof input.commitHeadline === 'string' ? input.commitHeadline : null,
        commitBody: typeof input.commitBody === 'string' ? input.commitBody : null,
      };
      item.pull.autoMergeBy = actor;
    } else {
      item.pull.autoMerge = null;
      item.pull.autoMergeBy = null;
    }
    item.updatedAt = isoNow();
    return gqlObject(enable ? 'EnablePullRequestAutoMergePayload' : 'DisablePullRequestAutoMergePayload', { item, clientMutationId: input.clientMutationId ?? null });
  };

  const payloadFields: Record<string, GqlFieldDef> = {
    pullRequest: { type: 'PullRequest', resolve: (s) => gqlObject('PullRequest', (s as { item: Item }).item) },
    clientMutationId: scalar('String', (s) => (s as { clientMutationId: unknown }).clientMutationId),
    actor: { type: 'User', resolve: () => gqlObject('User', actor) },
  };

  const gqlTypes: Record<string, Record<string, GqlFieldDef>> = {
    Query: {
      repository: {
        type: 'Repository',
        args: { owner: { type: 'String', required: true }, name: { type: 'String', required: true }, followRenames: { type: 'Boolean' } },
        resolve: (_s, a) => {
          if (!sameName(String(a.owner), owner) || !sameName(String(a.name), repo)) throw new GqlFieldError(`Could not resolve to a Repository with the name '${String(a.owner)}/${String(a.name)}'.`, 'NOT_FOUND');
          return gqlObject('Repository', null);
        },
      },
      node: {
        type: 'Node',
        args: { id: { type: 'ID', required: true } },
        resolve: (_s, a) => {
          if (a.id === repoNodeId) return gqlObject('Repository', null);
          const item = itemByNodeId(a.id);
          if (!item) throw new GqlFieldError(`Could not resolve to a node with the global id of '${String(a.id)}'`, 'NOT_FOUND');
          return gqlObject(item.pull ? 'PullRequest' : 'Issue', item);
        },
      },
      viewer: { type: 'User', resolve: () => gqlObject('User', actor) },
    },
    Mutation: {
      enablePullRequestAutoMerge: { type: 'EnablePullRequestAutoMergePayload', args: { input: { type: 'EnablePullRequestAutoMergeInput', required: true } }, resolve: autoMergeMutation(true) },
      disablePullRequestAutoMerge: { type: 'DisablePullRequestAutoMergePayload', args: { input: { type: 'DisablePullRequestAutoMergeInput', required: true } }, resolve: autoMergeMutation(false) },
    },
    EnablePullRequestAutoMergePayload: payloadFields,
    DisablePullRequestAutoMergePayload: payloadFields,
    Node: { id: scalar('ID', () => undefined) }, // only reached through fragments; see GQL_INTERFACES
    Repository: {
      id: scalar('ID', () => repoNodeId),
      name: scalar('String', () => repo),
      nameWithOwner: scalar('String', () => `${owner}/${repo}`),
      url: scalar('URI', () => repoHtml),
      autoMergeAllowed: scalar('Boolean', () => allowAutoMerge),
      defaultBranchRef: { type: 'Ref', resolve: () => gqlObject('Ref', defaultBranch) },
      pullRequest: {
        type: 'PullRequest',
        args: { number: { type: 'Int', required: true } },
        resolve: (_s, a) => {
          const item = items.get(Number(a.number));
          if (!item?.pull) throw new GqlFieldError(`Could not resolve to a PullRequest with the number of ${String(a.number)}.`, 'NOT_FOUND');
          return gqlObject('PullRequest', item);
        },
      },
      issue: {
        type: 'Issue',
        args: { number: { type: 'Int', required: true } },
        resolve: (_s, a) => {
          const item = items.get(Number(a.number));
          if (!item || item.pull) throw new GqlFieldError(`Could not resolve to an Issue with the number of ${String(a.number)}.`, 'NOT_FOUND');
          return gqlObject('Issue', item);
        },
      },
    },
    Ref: { name: scalar('String', (s) => s), prefix: scalar('String', () => 'refs/heads/') },
    PullRequest: {
      id: scalar('ID', (s) => (s as Item).nodeId),
      number: scalar('Int', (s) => (s as Item).number),
      title: scalar('String', (s) => (s as Item).title),
      body: scalar('String', (s) => (s as Item).body ?? ''),
      url: scalar('URI', (s) => htmlUrlOf(s as Item)),
      state: scalar('PullRequestState', (s) => (s as Item).state.toUpperCase()),
      isDraft: scalar('Boolean', (s) => (s as Item).pull!.draft),
      merged: scalar('Boolean', () => false),
      headRefName: scalar('String', (s) => (s as Item).pull!.headRef),
      headRefOid: scalar('GitObjectID', (s) => branchSha((s as Item).pull!.headRef)),
      baseRefName: scalar('String', (s) => (s as Item).pull!.baseRef),
      author: { type: 'User', resolve: (s) => gqlObject('User', (s as Item).user) },
      repository: { type: 'Repository', resolve: () => gqlObject('Repository', null) },
      autoMergeRequest: { type: 'AutoMergeRequest', resolve: (s) => ((s as Item).pull!.autoMerge ? gqlObject('AutoMergeRequest', s) : null) },
    },
    AutoMergeRequest: {
      enabledAt: scalar('DateTime', (s) => (s as Item).pull!.autoMerge!.enabledAt),
      mergeMethod: scalar('PullRequestMergeMethod', (s) => (s as Item).pull!.autoMerge!.mergeMethod),
      commitHeadline: scalar('String', (s) => (s as Item).pull!.autoMerge!.commitHeadline),
      commitBody: scalar('String', (s) => (s as Item).pull!.autoMerge!.commitBody),
      enabledBy: { type: 'User', resolve: (s) => gqlObject('User', (s as Item).pull!.autoMergeBy ?? actor) },
      pullRequest: { type: 'PullRequest', resolve: (s) => gqlObject('PullRequest', s) },
    },
    Issue: {
      id: scalar('ID', (s) => (s as Item).nodeId),
      number: scalar('Int', (s) => (s as Item).number),
      title: scalar('String', (s) => (s as Item).title),
      url: scalar('URI', (s) => htmlUrlOf(s as Item)),
      state: scalar('IssueState', (s) => (s as Item).state.toUpperCase()),
    },
    User: { login: scalar('String', (s) => s), id: scalar('ID', (s) => String(userJson(String(s)).node_id)) },
  };

  // Static checks first: GitHub rejects a query with unknown fields or arguments before running any of it.
  const validateSelections = (doc: GqlDocument, type: string, sels: GqlSelection[], path: string, errs: GqlError[], depth = 0): void => {
    if (depth > 20) { errs.push({ message: 'query too deep for the test double' }); return; }
    for (const sel of sels) {
      if (sel.kind === 'spread' || sel.kind === 'inline') {
        const frag = sel.kind === 'spread' ? doc.fragments.get(sel.name) : { on: sel.on ?? type, selections: sel.selections };
        if (!frag) { errs.push({ message: `Fragment ${(sel as GqlSpread).name} was used, but not defined` }); continue; }
        const possible = GQL_INTERFACES[type] ?? [type];
        if (frag.on !== type && !possible.includes(frag.on)) { errs.push({ message: `Fragment on ${frag.on} can't be spread inside ${type}` }); continue; }
        validateSelections(doc, frag.on, frag.selections, path, errs, depth + 1);
        continue;
      }
      if (sel.name === '__typename') continue;
      const def = gqlTypes[type]?.[sel.name];
      const loc = { locations: [{ line: sel.line, column: sel.column }] };
      if (!def) { errs.push({ message: `Field '${sel.name}' doesn't exist on type '${type}'`, ...loc }); continue; }
      for (const a of Object.keys(sel.args)) if (!def.args?.[a]) errs.push({ message: `Field '${sel.name}' doesn't accept argument '${a}'`, ...loc });
      for (const [a, ad] of Object.entries(def.args ?? {})) if (ad.required && !(a in sel.args)) errs.push({ message: `Field '${sel.name}' is missing required arguments: ${a}`, ...loc });
      const leaf = GQL_SCALARS.has(def.type) || def.type in GQL_ENUMS;
      if (leaf && sel.selections) errs.push({ message: `Selections can't be made on scalars (field '${sel.name}' returns ${def.type} but has selections)`, ...loc });
      if (!leaf && !sel.selections) errs.push({ message: `Field must have selections (field '${sel.name}' returns ${def.type} but has no selections. Did you mean '${sel.name} { ... }'?)`, ...loc });
      if (!leaf && sel.selections) validateSelections(doc, def.type, sel.selections, `${path}.${sel.name}`, errs, depth + 1);
    }
  };

  const valueOf = (v: GqlValue, vars: Record<string, unknown>, defaults: Record<string, GqlValue>): unknown => {
    switch (v.kind) {
      case 'var': return v.name in vars ? vars[v.name] : defaults[v.name] ? valueOf(defaults[v.name]!, vars, defaults) : undefined;
      case 'literal': return v.value;
      case 'enum': return v.value;
      case 'list': return v.values.map((x) => valueOf(x, vars, defaults));
      case 'object': return Object.fromEntries(Object.entries(v.fields).map(([k, x]) => [k, valueOf(x, vars, defaults)]));
    }
  };

  const checkArg = (value: unknown, def: GqlArgDef, where: string): string[] => {
    if (value === undefined || value === null) return def.required ? [`${where} is required. Expected type ${def.type}!`] : [];
    const input = GQL_INPUTS[def.type];
    if (input) {
      if (typeof value !== 'object' || Array.isArray(value)) return [`${where} has an invalid value. Expected type '${def.type}'`];
      const errs: string[] = [];
      for (const k of Object.keys(value)) if (!input[k]) errs.push(`InputObject '${def.type}' doesn't accept argument '${k}'`);
      for (const [k, d] of Object.entries(input)) errs.push(...checkArg((value as Record<string, unknown>)[k], d, `Argument '${k}' on InputObject '${def.type}'`));
      return errs;
    }
    const enumValues = GQL_ENUMS[def.type];
    if (enumValues && !enumValues.includes(String(value))) return [`${where} has an invalid value (${JSON.stringify(value)}). Expected type '${def.type}' (${enumValues.join(', ')})`];
    if (def.type === 'Int' && !Number.isInteger(value)) return [`${where} has an invalid value (${JSON.stringify(value)}). Expected type 'Int'`];
    if ((def.type === 'String' || def.type === 'ID' || def.type === 'GitObjectID') && typeof value !== 'string' && !(def.type === 'ID' && typeof value === 'number')) {
      return [`${where} has an invalid value (${JSON.stringify(value)}). Expected type '${def.type}'`];
    }
    if (def.type === 'Boolean' && typeof value !== 'boolean') return [`${where} has an invalid value (${JSON.stringify(value)}). Expected type 'Boolean'`];
    return [];
  };

  const execute = (doc: GqlDocument, op: GqlOperation, obj: GqlObject, sels: GqlSelection[], vars: Record<string, unknown>, path: (string | number)[], errs: GqlError[]): Json => {
    const out: Json = {};
    for (const sel of sels) {
      if (sel.kind !== 'field') {
        const frag = sel.kind === 'spread' ? doc.fragments.get(sel.name)! : { on: sel.on ?? obj.__typename, selections: sel.selections };
        if (frag.on === obj.__typename || (GQL_INTERFACES[frag.on]?.includes(obj.__typename) ?? false)) Object.assign(out, execute(doc, op, obj, frag.selections, vars, path, errs));
        continue;
      }
      const key = sel.alias ?? sel.name;
      if (sel.name === '__typename') { out[key] = obj.__typename; continue; }
      const def = gqlTypes[obj.__typename]?.[sel.name];
      if (!def) { out[key] = null; continue; } // unreachable: validateSelections ran first
      const args = Object.fromEntries(Object.entries(sel.args).map(([k, v]) => [k, valueOf(v, vars, op.defaults)]));
      const argErrors = Object.entries(def.args ?? {}).flatMap(([k, d]) => checkArg(args[k], d, `Argument '${k}' on Field '${sel.name}'`));
      const loc = { path: [...path, key], locations: [{ line: sel.line, column: sel.column }] };
      if (argErrors.length) { for (const m of argErrors) errs.push({ message: m, ...loc }); out[key] = null; continue; }
      try {
        const value = def.resolve(obj.src, args, sel);
        out[key] = isGqlObject(value) ? execute(doc, op, value, sel.selections ?? [], vars, [...path, key], errs) : value ?? null;
      } catch (e) {
        if (!(e instanceof GqlFieldError)) throw e;
        errs.push({ type: e.type, message: e.message, ...loc });
        out[key] = null;
      }
    }
    return out;
  };

  const handleGraphql = (c: Call): Reply => {
    const body = c.body as { query?: string; variables?: Record<string, unknown> | null; operationName?: string | null };
    const vars = body.variables ?? {};
    const call: GraphqlCall = { operationType: 'invalid', fields: [], variables: vars, errors: [] };
    graphqlCalls.push(call);
    const reject = (errors: GqlError[]): Reply => {
      call.errors = errors.map((e) => e.message);
      for (const m of call.errors) problems.push(`POST /graphql: ${m}`);
      return { status: 200, body: { errors } };
    };
    let doc: GqlDocument;
    try { doc = parseGraphql(String(body.query)); } catch (e) {
      if (e instanceof GqlSyntaxError) return reject([{ message: e.message }]);
      throw e;
    }
    const op = body.operationName ? doc.operations.find((o) => o.name === body.operationName) : doc.operations.length === 1 ? doc.operations[0] : undefined;
    if (!op) return reject([{ message: body.operationName ? `Unknown operation named "${body.operationName}".` : 'An operation name is required when the document holds several operations' }]);
    call.operationType = op.type;
    call.operationName = op.name;
    call.fields = op.selections.filter((s): s is GqlField => s.kind === 'field').map((s) => s.name);
    if (op.type === 'subscription') return reject([{ message: 'Subscriptions are not supported' }]);
    const root = op.type === 'mutation' ? 'Mutation' : 'Query';
    const staticErrors: GqlError[] = [];
    validateSelections(doc, root, op.selections, root, staticErrors);
    if (staticErrors.length) return reject(staticErrors);
    const errs: GqlError[] = [];
    const data = execute(doc, op, gqlObject(root, null), op.selections, vars, [], errs);
    call.errors = errs.map((e) => e.message);
    // Runtime failures (not found, auto-merge not allowed) are answers GitHub gives too: not violations,
    // except bad arguments, which GitHub rejects before running anything.
    for (const e of errs) if (e.type === undefined) problems.push(`POST /graphql: ${e.message}`);
    return { status: 200, body: errs.length ? { data, errors: errs } : { data } };
  };

  // ---- HTTP plumbing.

  const takeFault = (r: RecordedRequest): FaultResponse | undefined => {
    const f = faults.find((x) => x.left > 0 &&
      (x.match.method === undefined || x.match.method.toUpperCase() === r.method.toUpperCase()) &&
      (x.match.operationId === undefined || x.match.operationId === r.operationId) &&
      (x.match.pathIncludes === undefined || r.path.includes(x.match.pathIncludes)));
    if (!f) return undefined;
    f.left--;
    if (f.left === 0) faults.splice(faults.indexOf(f), 1);
    return f.response;
  };

  const send = (res: ServerResponse, reply: Reply, resource: string): void => {
    used++;
    const headers: Record<string, string> = {
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(Math.max(5000 - used, 0)),
      'x-ratelimit-reset': String(rateReset),
      'x-ratelimit-used': String(used),
      'x-ratelimit-resource': resource,
      'x-github-request-id': requestId(),
      'x-content-type-options': 'nosniff',
      ...(reply.headers ?? {}),
    };
    let payload = '';
    if (reply.body !== undefined) {
      headers['content-type'] ??= 'application/json; charset=utf-8';
      payload = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    }
    res.writeHead(reply.status, headers);
    res.end(payload);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const method = (req.method ?? 'GET').toUpperCase();
    const received = req.url ?? '/';
    const routed = opts.ghes ? enterpriseRoute(received) : received;
    const rawUrl = routed ?? received;
    const qAt = received.indexOf('?');
    const pathname = qAt === -1 ? received : received.slice(0, qAt);
    const raw = await readBody(req);
    let body: unknown;
    let badJson = false;
    if (raw.length > 0) {
      try { body = JSON.parse(raw.toString('utf8')); } catch { badJson = true; }
    }
    const v: RequestValidation = routed !== undefined ? validateRequest(method, rawUrl, body, req.headers)
      : { params: {}, query: {}, errors: ['not served by GitHub Enterprise Server (REST is under /api/v3, GraphQL at /api/graphql)'], undeclared: [] };
    if (badJson) v.errors.push('body: not valid JSON');
    const auth = authOf(req.headers);
    const tokenMatched = opts.expectedToken !== undefined && auth.credential !== undefined && sameSecret(auth.credential, opts.expectedToken);
    const record: RecordedRequest = {
      method, path: pathname, query: v.query, body, operationId: v.operationId, pathTemplate: v.pathTemplate, params: v.params,
      errors: v.errors, undeclared: v.undeclared, status: 0, authorization: auth.scheme, tokenMatched, userAgent: req.headers['user-agent'], injected: false,
    };
    requests.push(record);
    const label = `${method} ${pathname}`;
    for (const e of v.errors) problems.push(`${label}: ${e}`);
    if (strictBodies) for (const u of v.undeclared) problems.push(`${label}: ${u}: not declared by ${v.operationId ?? 'the operation'} (GitHub ignores it silently)`);
    const resource = v.operationId === 'graphql' ? 'graphql' : 'core';
    const docs = v.documentationUrl ?? 'https://docs.github.com/rest';

    let reply: Reply;
    const fault = takeFault(record);
    if (fault) {
      record.injected = true;
      reply = fault;
    } else if (badJson) {
      reply = { status: 400, body: { message: 'Problems parsing JSON', documentation_url: docs, status: '400' } };
    } else if (v.operationId === undefined) {
      reply = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } };
    } else if (opts.expectedToken !== undefined && !tokenMatched) {
      reply = { status: 401, body: auth.scheme === 'none' ? { message: 'Requires authentication', documentation_url: docs, status: '401' } : { message: 'Bad credentials', documentation_url: docs, status: '401' } };
    } else if (v.errors.some((e) => e.startsWith('header user-agent'))) {
      reply = { status: 403, body: { message: 'Request forbidden by administrative rules. Please make sure your request has a User-Agent header (https://docs.github.com/en/rest/overview/resources-in-the-rest-api#user-agent-required).' } };
    } else if (v.errors.length > 0) {
      // GitHub's shape for schema failures: 422 "Invalid request." followed by the reasons.
      reply = { status: 422, body: { message: `Invalid request.\n\n${v.errors.join('\n')}`, documentation_url: docs, status: '422' } };
    } else if (!sameName(v.params.owner ?? owner, owner) || !sameName(v.params.repo ?? repo, repo)) {
      reply = { status: 404, body: { message: 'Not Found', documentation_url: docs, status: '404' } };
    } else {
      const call: Call = { v, body: (body ?? {}) as Json, query: v.query, method, pathname: rawUrl.split('?')[0] ?? rawUrl };
      const handler = v.operationId === 'graphql' ? handleGraphql : handlers[v.operationId];
      if (!handler) {
        problems.push(`${label}: no handler in the double for ${v.operationId} (${method} ${v.pathTemplate})`);
        reply = { status: 501, body: { message: `The GitHub API double has no handler for ${v.operationId}`, documentation_url: docs } };
      } else {
        reply = handler(call);
        const ok = reply.status >= 200 && reply.status < 300;
        if (v.operationId !== 'graphql' && reply.status !== 501 && (ok || reply.status === 422)) {
          for (const e of validateResponse(method, v.pathTemplate!, reply.status, reply.body, { allowUndeclared: !ok })) problems.push(`${label}: double bug, ${e}`);
        }
      }
    }
    record.status = reply.status;
    send(res, reply, resource);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      problems.push(`${req.method} ${req.url}: double crashed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      if (!res.headersSent) { res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' }); res.end(JSON.stringify({ message: 'Server Error' })); }
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}${opts.ghes ? '/api/v3' : ''}`;

  const mustItem = (n: number): Item => {
    const item = items.get(n);
    if (!item) throw new Error(`no issue or pull request #${n} in the double`);
    return item;
  };

  return {
    url: baseUrl,
    owner,
    repo,
    requests,
    graphqlCalls,
    violations: () => [...problems],
    failNext(match, response, times = 1) {
      if (times < 1) throw new Error('failNext: times must be at least 1');
      faults.push({ match, response, left: times });
    },
    setBranches(names) { branches = new Set(names); },
    setAllowAutoMerge(allowed) { allowAutoMerge = allowed; },
    setPushAccess(allowed) { pushAccess = allowed; },
    seedPull(p) {
      const item = newItem('pull', {
        title: p.title ?? `Promote ${p.head}`,
        body: p.body ?? null,
        user: p.user ?? actor,
        pull: { headOwner: owner, headRef: p.head, baseRef: p.base ?? defaultBranch, draft: p.draft ?? false, maintainerCanModify: true, autoMerge: null, autoMergeBy: null, mergeableKnown: true },
      });
      addLabels(item, p.labels ?? []);
      if (p.state) setState(item, p.state);
      return pullSnapshot(item);
    },
    seedIssue(i) {
      const item = newItem('issue', { title: i.title, body: i.body ?? null, user: i.user ?? actor });
      addLabels(item, i.labels ?? []);
      if (i.state) setState(item, i.state);
      return issueSnapshot(item);
    },
    pulls: () => [...items.values()].filter((i) => i.pull).map(pullSnapshot),
    issues: () => [...items.values()].filter((i) => !i.pull).map(issueSnapshot),
    labelsOf: (n) => [...mustItem(n).labels],
    commentsOf: (n) => mustItem(n).comments.map((c) => c.body),
    autoMergeEnabled: (n) => mustItem(n).pull?.autoMerge != null,
    close: () => new Promise<void>((resolve, reject) => {
      server.close((e) => (e ? reject(e) : resolve()));
      server.closeAllConnections(); // keep-alive sockets from undici would otherwise hold close() open
    }),
  };
}
