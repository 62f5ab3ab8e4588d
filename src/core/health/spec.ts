// What wait-healthy checks and how long it waits: `health.<env>` of gitops-promote.yaml, the `checks` input, or
// flags, validated into one form (templates not yet filled), then resolved for one run into probe targets.
import { UserError, quote } from '../errors.js';
import { isSafeName } from '../config/environments.js';
import { parseDuration } from '../durations.js';
import { compileCondition, ExpressionError, type Condition } from './expression.js';

// Timing and its defaults live in timing.ts (the CLI's --help reads them without loading the checks).
import { DEFAULT_TIMING, type Timing } from './timing.js';
export { DEFAULT_TIMING, type Timing };

export const CHECK_TYPES = ['http', 'prometheus', 'argocd', 'flux', 'kubernetes', 'rollout'] as const;
export type CheckType = (typeof CHECK_TYPES)[number];

/** A check as written, validated; `{app}` and friends not yet filled in. */
export interface CheckSpec {
  type: CheckType;
  /** Where it was written, e.g. health.prod.checks[1] (for errors and annotations). */
  key: string;
  label?: string;
  url?: string;
  urls?: string[];
  expectStatus?: number[];
  versionField?: string;
  expectVersion?: string;
  bodyMatch?: string;
  headers?: Record<string, string>;
  query?: string;
  successCondition?: string;
  failureCondition?: string;
  bearerTokenEnv?: string;
  basicAuth?: { username: string; passwordEnv: string };
  app?: string;
  appNamespace?: string;
  tokenEnv?: string;
  kind?: 'Kustomization' | 'HelmRelease';
  name?: string;
  namespace?: string;
  deployment?: string;
  statefulset?: string;
  daemonset?: string;
  rollout?: string;
  container?: string;
  kubeconfig?: string;
  context?: string;
}

export interface HealthSpec {
  checks: CheckSpec[];
  timing: Partial<Timing>;
}

/** Makes the error for a key (`health.prod.checks[0].url`, or a flag name): the caller knows files and lines. */
export type Fail = (key: string, message: string) => Error;

const KEYS: Record<CheckType, readonly string[]> = {
  http: ['url', 'urls', 'expectStatus', 'versionField', 'expectVersion', 'bodyMatch', 'headers'],
  prometheus: ['url', 'query', 'successCondition', 'failureCondition', 'bearerTokenEnv', 'basicAuth', 'headers'],
  argocd: ['url', 'app', 'appNamespace', 'tokenEnv'],
  flux: ['kind', 'name', 'namespace', 'kubeconfig', 'context'],
  kubernetes: [
    'deployment', 'statefulset', 'daemonset', 'namespace', 'container', 'expectVersion', 'kubeconfig', 'context',
  ],
  rollout: ['rollout', 'namespace', 'container', 'expectVersion', 'kubeconfig', 'context'],
};

/** The workload keys of a kubernetes check and the kind each names. */
export const WORKLOAD_KEYS = {
  deployment: 'Deployment', statefulset: 'StatefulSet', daemonset: 'DaemonSet',
} as const;
export type WorkloadKind = (typeof WORKLOAD_KEYS)[keyof typeof WORKLOAD_KEYS];

export const PLACEHOLDERS = ['app', 'env', 'version', 'region', 'commit'] as const;
type Placeholder = (typeof PLACEHOLDERS)[number];
const PLACEHOLDER = /\{(app|env|version|region|commit)\}/g;

const TIMING_KEYS: Record<string, keyof Timing> = {
  initialDelay: 'initialDelayMs', interval: 'intervalMs', timeout: 'timeoutMs', requestTimeout: 'requestTimeoutMs',
};

/** An HTTP header name (RFC 9110 token). */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Validates a duration value; the key is what the error names. */
export function durationAt(value: string, key: string, fail: Fail): number {
  const d = parseDuration(value);
  if (typeof d === 'object') throw fail(key, d.error);
  return d;
}

function checkTemplate(value: string, key: string, fail: Fail): void {
  for (const m of value.matchAll(/\{([A-Za-z_]+)\}/g)) {
    if (!(PLACEHOLDERS as readonly string[]).includes(m[1] as string)) {
      throw fail(key, `unknown placeholder {${m[1]}} in ${quote(value)}; ` +
        'expected {app}, {env}, {version}, {region} or {commit}');
    }
  }
}

function checkUrl(value: string, key: string, fail: Fail): void {
  checkTemplate(value, key, fail);
  let u: URL;
  try {
    u = new URL(value.replace(PLACEHOLDER, 'x'));
  } catch {
    throw fail(key, `${quote(value)} is not a URL; expected e.g. https://web.example.com/api/version`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw fail(key, `${quote(value)} is not an http(s) URL; expected http:// or https://`);
  }
}

/** Where in the expression, as part of a one-line message. */
function conditionAt(src: string, key: string, fail: Fail): Condition {
  try {
    return compileCondition(src);
  } catch (e) {
    if (e instanceof ExpressionError) throw fail(key, `${quote(src)} is not a condition: ${e.message}`);
    throw e;
  }
}

/** A dotted JSON path: version, build.tag, items[0].version, ["app.version"]. */
export function parseFieldPath(path: string): (string | number)[] | undefined {
  const out: (string | number)[] = [];
  let i = 0;
  while (i < path.length) {
    const rest = path.slice(i);
    let m: RegExpExecArray | null;
    if ((m = /^\[(\d+)\]/.exec(rest))) out.push(Number(m[1]));
    else if ((m = /^\["((?:[^"\\]|\\.)*)"\]/.exec(rest))) out.push(JSON.parse(`"${m[1]}"`) as string);
    else if ((m = (out.length ? /^\.([A-Za-z0-9_$-]+)/ : /^([A-Za-z0-9_$-]+)/).exec(rest))) out.push(m[1] as string);
    else return undefined;
    i += m[0].length;
  }
  return out.length ? out : undefined;
}

function checkName(value: string, key: string, fail: Fail): void {
  checkTemplate(value, key, fail);
  const probe = value.replace(PLACEHOLDER, 'x');
  if (!isSafeName(probe)) throw fail(key, `${quote(value)} is not allowed; expected letters, digits, ".", "_" or "-"`);
}

function checkKubeNames(spec: CheckSpec, key: string, fail: Fail): void {
  for (const k of ['name', 'namespace', 'deployment', 'statefulset', 'daemonset', 'rollout', 'container'] as const) {
    if (spec[k] !== undefined) checkName(spec[k] as string, `${key}.${k}`, fail);
  }
  if (spec.context !== undefined) checkTemplate(spec.context, `${key}.context`, fail);
}

/**
 * Validates health.<env> (already of the schema's shape) into a HealthSpec. Every problem is one error naming its
 * key: durations, conditions (with the column), regular expressions, URLs, placeholders, which keys a type takes.
 */
export function normalizeHealth(raw: unknown, key: string, fail: Fail): HealthSpec {
  const r = (raw ?? {}) as Record<string, unknown>;
  const timing: Partial<Timing> = {};
  for (const [k, field] of Object.entries(TIMING_KEYS)) {
    if (typeof r[k] === 'string') (timing[field] as number) = durationAt(r[k] as string, `${key}.${k}`, fail);
  }
  for (const k of ['successThreshold', 'failureLimit', 'inconclusiveLimit'] as const) {
    if (typeof r[k] === 'number') timing[k] = r[k] as number;
  }
  if (timing.intervalMs === 0) throw fail(`${key}.interval`, 'is 0; expected at least 100ms');
  if (timing.timeoutMs === 0) throw fail(`${key}.timeout`, 'is 0; expected a deadline such as 10m');
  if (timing.requestTimeoutMs === 0) throw fail(`${key}.requestTimeout`, 'is 0; expected e.g. 10s');
  const checks = ((r.checks ?? []) as Record<string, unknown>[])
    .map((c, i) => normalizeCheck(c, `${key}.checks[${i}]`, fail));
  return { checks, timing };
}

export function normalizeCheck(c: Record<string, unknown>, key: string, fail: Fail): CheckSpec {
  const type = c.type as CheckType;
  if (!CHECK_TYPES.includes(type)) {
    throw fail(`${key}.type`, `unknown check type ${quote(String(c.type))}; expected one of ${CHECK_TYPES.join(', ')}`);
  }
  for (const k of Object.keys(c)) {
    if (k !== 'type' && k !== 'label' && !KEYS[type].includes(k)) {
      throw fail(`${key}.${k}`, `is not a key of a ${type} check; expected ${KEYS[type].join(', ')}`);
    }
  }
  const spec = { ...c, type, key } as CheckSpec;
  if (typeof c.expectStatus === 'number') spec.expectStatus = [c.expectStatus];
  const need = (k: keyof CheckSpec, what: string): void => {
    if (spec[k] === undefined) throw fail(key, `a ${type} check needs ${k} (${what})`);
  };
  for (const [k, v] of Object.entries(spec.headers ?? {})) {
    if (!HEADER_NAME.test(k)) {
      throw fail(`${key}.headers`, `${quote(k)} is not a header name; expected letters, digits and -`);
    }
    if (/[\r\n\0]/.test(v)) throw fail(`${key}.headers.${k}`, 'has a line break; expected one line');
  }
  switch (type) {
    case 'http':
      if ((spec.url === undefined) === (spec.urls === undefined)) {
        throw fail(key, 'an http check needs url (one URL, {region} makes one per region) or urls (a list), not both');
      }
      (spec.urls ?? [spec.url as string])
        .forEach((u, i) => checkUrl(u, spec.urls ? `${key}.urls[${i}]` : `${key}.url`, fail));
      if (spec.bodyMatch !== undefined) {
        try {
          new RegExp(spec.bodyMatch);
        } catch (e) {
          throw fail(`${key}.bodyMatch`, `${quote(spec.bodyMatch)} is not a valid regular expression ` +
            `(${(e as Error).message.replace(/^Invalid regular expression: /, '')})`);
        }
      }
      if (spec.versionField !== undefined && !parseFieldPath(spec.versionField)) {
        throw fail(`${key}.versionField`,
          `${quote(spec.versionField)} is not a field path; expected e.g. version, build.tag or items[0].version`);
      }
      break;
    case 'prometheus':
      need('url', 'the Prometheus server, e.g. http://prometheus:9090');
      checkUrl(spec.url as string, `${key}.url`, fail);
      need('query', 'a PromQL instant query');
      if (spec.successCondition === undefined && spec.failureCondition === undefined) {
        throw fail(key, 'a prometheus check needs successCondition or failureCondition (or both), ' +
          'e.g. successCondition: result >= 0.95');
      }
      if (spec.successCondition !== undefined) conditionAt(spec.successCondition, `${key}.successCondition`, fail);
      if (spec.failureCondition !== undefined) conditionAt(spec.failureCondition, `${key}.failureCondition`, fail);
      break;
    case 'argocd':
      need('url', 'the Argo CD server, e.g. https://argocd.example.com');
      checkUrl(spec.url as string, `${key}.url`, fail);
      if (spec.app !== undefined) checkName(spec.app, `${key}.app`, fail);
      if (spec.appNamespace !== undefined) checkName(spec.appNamespace, `${key}.appNamespace`, fail);
      break;
    case 'kubernetes': {
      const given = Object.keys(WORKLOAD_KEYS).filter((k) => spec[k as keyof CheckSpec] !== undefined);
      if (given.length > 1) {
        throw fail(key, 'a kubernetes check names one workload; ' +
          `expected one of deployment, statefulset or daemonset, not ${given.join(' and ')}`);
      }
      checkKubeNames(spec, key, fail);
      break;
    }
    case 'flux':
    case 'rollout':
      checkKubeNames(spec, key, fail);
      break;
  }
  return spec;
}

// ---- resolution for one run ----

interface TargetBase {
  /** Unique within the run; names the target in samples and the summary. */
  id: string;
  /** Index of the check it came from. */
  check: number;
  key: string;
  region?: string;
}

export interface HttpTarget extends TargetBase {
  type: 'http';
  url: string;
  headers: Record<string, string>;
  expectStatus: number[];
  versionPath?: (string | number)[];
  versionField?: string;
  expectVersion?: string;
  bodyMatch?: RegExp;
}
export interface PrometheusTarget extends TargetBase {
  type: 'prometheus';
  url: string;
  query: string;
  headers: Record<string, string>;
  success?: Condition;
  failure?: Condition;
}
export interface ArgoTarget extends TargetBase {
  type: 'argocd';
  url: string;
  app: string;
  appNamespace?: string;
  headers: Record<string, string>;
  commit?: string;
}
export interface FluxTarget extends TargetBase {
  type: 'flux';
  kind: 'Kustomization' | 'HelmRelease';
  name: string;
  namespace: string;
  kubeconfig?: string;
  context?: string;
  commit?: string;
}
export interface KubeTarget extends TargetBase {
  type: 'kubernetes';
  kind: WorkloadKind;
  name: string;
  namespace: string;
  container?: string;
  expectVersion?: string;
  kubeconfig?: string;
  context?: string;
}
/** An Argo Rollouts Rollout (argoproj.io/v1alpha1). */
export interface RolloutTarget extends TargetBase {
  type: 'rollout';
  name: string;
  namespace: string;
  container?: string;
  expectVersion?: string;
  kubeconfig?: string;
  context?: string;
}
export type Target = HttpTarget | PrometheusTarget | ArgoTarget | FluxTarget | KubeTarget | RolloutTarget;

export interface ResolveContext {
  env: string;
  app?: string;
  version?: string;
  commit?: string;
  /** The env's regions (config), for {region}. */
  regions?: readonly string[];
  /** Environment variables, for ${VAR} in headers and the *Env keys. */
  environ: Record<string, string | undefined>;
  /** Default kubeconfig path ($KUBECONFIG or an input). */
  kubeconfig?: string;
  fail: Fail;
}

export interface ResolvedChecks {
  targets: Target[];
  /** Every secret value (header values, tokens, passwords): to mask, and never to print. */
  secrets: string[];
  /** Per check: a label for the summary. */
  labels: string[];
}

/** Hides user:password@ in a URL shown to people. */
export function displayUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.username || u.password) {
      u.username = '';
      u.password = '';
      return u.toString();
    }
  } catch {
    // not a URL: shown as is
  }
  return url;
}

/** The label of a target in progress lines and the summary. */
export function targetLabel(t: Target): string {
  const where = t.region ? ` [${t.region}]` : '';
  switch (t.type) {
    case 'http': return displayUrl(t.url);
    case 'prometheus': return `prometheus ${t.query.length > 60 ? `${t.query.slice(0, 57)}...` : t.query}${where}`;
    case 'argocd': return `argocd app ${t.appNamespace ? `${t.appNamespace}/` : ''}${t.app}${where}`;
    case 'flux': return `${t.kind} ${t.namespace}/${t.name}${where}`;
    case 'kubernetes': return `${t.kind} ${t.namespace}/${t.name}${where}`;
    case 'rollout': return `Rollout ${t.namespace}/${t.name}${where}`;
  }
}

type Fill = (s: string, key: string) => string;

/** What a kubernetes and a rollout check share once resolved. */
function workload(
  c: CheckSpec, fill: Fill, ctx: ResolveContext,
): Pick<KubeTarget, 'namespace' | 'container' | 'expectVersion' | 'kubeconfig' | 'context'> {
  return {
    namespace: fill(c.namespace ?? 'default', `${c.key}.namespace`), container: c.container,
    expectVersion: c.expectVersion !== undefined ? fill(c.expectVersion, `${c.key}.expectVersion`) : ctx.version,
    kubeconfig: c.kubeconfig !== undefined ? fill(c.kubeconfig, `${c.key}.kubeconfig`) : ctx.kubeconfig,
    context: c.context !== undefined ? fill(c.context, `${c.key}.context`) : undefined,
  };
}

export function resolveChecks(spec: HealthSpec, ctx: ResolveContext): ResolvedChecks {
  const secrets = new Set<string>();
  const targets: Target[] = [];
  const labels: string[] = [];
  const { fail } = ctx;
  const values: Record<Placeholder, string | undefined> = {
    app: ctx.app, env: ctx.env, version: ctx.version, commit: ctx.commit, region: undefined,
  };
  const what: Record<Placeholder, string> = {
    app: 'an app (--app / input app)', env: 'an env', version: 'a version (--version / input version)',
    commit: 'a commit (--commit / input commit)', region: 'regions',
  };

  const envVar = (name: string, key: string): string => {
    const v = ctx.environ[name];
    if (!v) throw fail(key, `the environment variable ${name} is not set; expected it to hold the secret`);
    secrets.add(v);
    return v;
  };

  spec.checks.forEach((c, check) => {
    const strings = JSON.stringify(c);
    const perRegion = strings.includes('{region}');
    if (perRegion && !ctx.regions?.length) {
      throw fail(c.key, `uses {region}, but environment ${quote(ctx.env)} has no regions; ` +
        'expected regions: under the environment in gitops-promote.yaml');
    }
    for (const region of perRegion ? (ctx.regions as string[]) : [undefined]) {
      const fill = (s: string, key: string): string =>
        s.replace(PLACEHOLDER, (_w, name: Placeholder) => {
          const v = name === 'region' ? region : values[name];
          if (v === undefined) {
            throw fail(key, `${quote(s)} uses {${name}}, but no ${name} was given; expected ${what[name]}`);
          }
          return v;
        });
      const headers = (): Record<string, string> => {
        const out: Record<string, string> = {};
        for (const [k, v] of Object.entries(c.headers ?? {})) {
          const filled = v.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g,
            (_w, name: string) => envVar(name, `${c.key}.headers.${k}`));
          out[k] = filled;
          secrets.add(filled);
        }
        return out;
      };
      const base = { check, key: c.key, region, id: '' };
      switch (c.type) {
        case 'http': {
          const expectVersion = c.expectVersion !== undefined
            ? fill(c.expectVersion, `${c.key}.expectVersion`) : ctx.version;
          const versionField = c.versionField ?? (expectVersion !== undefined ? 'version' : undefined);
          const urls = c.urls ?? [c.url as string];
          urls.forEach((u, i) => {
            targets.push({
              ...base, type: 'http', url: fill(u, c.urls ? `${c.key}.urls[${i}]` : `${c.key}.url`), headers: headers(),
              expectStatus: c.expectStatus ?? [200], versionField,
              versionPath: versionField ? parseFieldPath(versionField) : undefined,
              expectVersion, bodyMatch: c.bodyMatch !== undefined ? new RegExp(c.bodyMatch) : undefined,
            });
          });
          break;
        }
        case 'prometheus': {
          const h = headers();
          if (c.bearerTokenEnv) h.Authorization = `Bearer ${envVar(c.bearerTokenEnv, `${c.key}.bearerTokenEnv`)}`;
          if (c.basicAuth) {
            const basic = Buffer.from(
              `${c.basicAuth.username}:${envVar(c.basicAuth.passwordEnv, `${c.key}.basicAuth.passwordEnv`)}`,
            ).toString('base64');
            secrets.add(basic);
            h.Authorization = `Basic ${basic}`;
          }
          targets.push({
            ...base, type: 'prometheus', url: fill(c.url as string, `${c.key}.url`),
            query: fill(c.query as string, `${c.key}.query`), headers: h,
            success: c.successCondition !== undefined ? compileCondition(c.successCondition) : undefined,
            failure: c.failureCondition !== undefined ? compileCondition(c.failureCondition) : undefined,
          });
          break;
        }
        case 'argocd': {
          const token = envVar(c.tokenEnv ?? 'ARGOCD_TOKEN', c.tokenEnv ? `${c.key}.tokenEnv` : c.key);
          const app = fill(c.app ?? '{app}', `${c.key}.app`);
          targets.push({
            ...base, type: 'argocd', url: fill(c.url as string, `${c.key}.url`), app,
            headers: { Authorization: `Bearer ${token}` }, commit: ctx.commit,
            appNamespace: c.appNamespace !== undefined ? fill(c.appNamespace, `${c.key}.appNamespace`) : undefined,
          });
          break;
        }
        case 'flux':
          targets.push({
            ...base, type: 'flux', kind: c.kind ?? 'Kustomization', name: fill(c.name ?? '{app}', `${c.key}.name`),
            namespace: fill(c.namespace ?? 'flux-system', `${c.key}.namespace`),
            kubeconfig: c.kubeconfig !== undefined ? fill(c.kubeconfig, `${c.key}.kubeconfig`) : ctx.kubeconfig,
            context: c.context !== undefined ? fill(c.context, `${c.key}.context`) : undefined, commit: ctx.commit,
          });
          break;
        case 'kubernetes': {
          const field = (Object.keys(WORKLOAD_KEYS) as (keyof typeof WORKLOAD_KEYS)[])
            .find((k) => c[k] !== undefined) ?? 'deployment';
          targets.push({
            ...base, ...workload(c, fill, ctx), type: 'kubernetes', kind: WORKLOAD_KEYS[field],
            name: fill(c[field] ?? '{app}', `${c.key}.${field}`),
          });
          break;
        }
        case 'rollout':
          targets.push({
            ...base, ...workload(c, fill, ctx), type: 'rollout', name: fill(c.rollout ?? '{app}', `${c.key}.rollout`),
          });
          break;
      }
    }
    const count = targets.filter((t) => t.check === check).length;
    labels[check] = c.label ??
      `${targetLabel(targets[targets.length - 1] as Target)}${count > 1 ? ` (+${count - 1})` : ''}`;
  });
  // Unique ids, readable: the label, numbered when two targets share one.
  const seen = new Map<string, number>();
  for (const t of targets) {
    const l = targetLabel(t);
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    t.id = n === 1 ? l : `${l} #${n}`;
  }
  if (!targets.length) throw fail('checks', `no health checks for environment ${quote(ctx.env)}`);
  return { targets, secrets: [...secrets].filter((s) => s.length >= 3), labels };
}

/** Timing with defaults, later layers (flags, inputs) over earlier ones (config). */
export function mergeTiming(...layers: Partial<Timing>[]): Timing {
  const t: Timing = { ...DEFAULT_TIMING };
  for (const l of layers) {
    for (const [k, v] of Object.entries(l)) {
      if (v !== undefined) (t as unknown as Record<string, number>)[k] = v as number;
    }
  }
  return t;
}

/** A UserError maker for keys of a file (no line) — the `checks` input and flags use this. */
export const failPlain = (prefix = ''): Fail => (key, message) => new UserError(`${prefix}${key}: ${message}`);
