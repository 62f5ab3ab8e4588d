// Where checks come from, besides gitops-promote.yaml: the `checks` input (YAML or JSON, health.<env>'s shape or
// just a list of checks) and flags/inputs (--url, --prometheus …). All end up as one HealthSpec.
import { parseDocument, type Node } from 'yaml';
import { UserError, quote } from '../errors.js';
import { HEALTH_ENV_SCHEMA } from '../config/config-schema.js';
import { checkSchema } from '../config/schema-check.js';
import { SourceText } from '../source-text.js';
import {
  durationAt, normalizeCheck, normalizeHealth, type CheckSpec, type Fail, type HealthSpec, type Timing,
} from './spec.js';

/** The `checks` input: YAML or JSON, either {checks: [...], interval: …} or a bare list of checks. */
export function checksFromText(text: string, label: string): HealthSpec {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  const src = new SourceText(text);
  const err = doc.errors[0];
  if (err) {
    throw new UserError(`${label}: not valid YAML or JSON (${err.message.split('\n')[0]}) ` +
      `at line ${src.lineOf(Math.min(err.pos[0], text.length))}`);
  }
  const root = doc.contents as Node | null;
  const isList = Array.isArray(doc.toJS());
  const at = (n: Node | null | undefined): string => (n?.range ? ` (line ${src.lineOf(n.range[0])})` : '');
  if (isList) {
    // Validate the list as the value of `checks`.
    const p = checkSchema(root, HEALTH_ENV_SCHEMA.properties.checks as unknown as Record<string, unknown>, 'checks');
    if (p) throw new UserError(`${label}: ${p.key}: ${p.message}${at(p.node)}`);
  } else {
    const p = checkSchema(root, HEALTH_ENV_SCHEMA as unknown as Record<string, unknown>);
    if (p) throw new UserError(`${label}: ${p.key}: ${p.message}${at(p.node)}`);
  }
  const raw = doc.toJS() as unknown;
  return normalizeHealth(isList ? { checks: raw } : raw, label,
    (key, message) => new UserError(`${label}: ${key.slice(label.length + 1)}: ${message}`));
}

/** Checks and timing given one by one, as flags (`--url`) or action inputs (`url`); names are kebab-case. */
export interface AdhocOptions {
  urls?: string[];
  expectVersion?: string;
  versionField?: string;
  expectStatus?: string;
  bodyMatch?: string;
  headers?: Record<string, string>;
  prometheus?: string;
  query?: string;
  successCondition?: string;
  failureCondition?: string;
  argocdUrl?: string;
  argocdApp?: string;
  fluxKind?: string;
  fluxName?: string;
  fluxNamespace?: string;
  deployment?: string;
  statefulset?: string;
  daemonset?: string;
  rollout?: string;
  namespace?: string;
  kubeconfig?: string;
  context?: string;
  initialDelay?: string;
  interval?: string;
  timeout?: string;
  requestTimeout?: string;
  successThreshold?: string;
  failureLimit?: string;
  inconclusiveLimit?: string;
}

const kebab = (s: string): string => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const WORKLOADS = ['deployment', 'statefulset', 'daemonset', 'rollout'] as const;

/** --deployment, --statefulset, --daemonset (kubernetes checks) and --rollout, all in --namespace. */
function workloadChecks(
  o: AdhocOptions, used: (...k: (keyof AdhocOptions)[]) => boolean,
  build: (raw: Record<string, unknown>, rename: Record<string, string>) => CheckSpec,
  fail: Fail, name: (n: string) => string,
): CheckSpec[] {
  if (!used(...WORKLOADS)) {
    if (used('namespace')) {
      throw fail('namespace', `is for ${name('deployment')}, ${name('statefulset')}, ${name('daemonset')} ` +
        `or ${name('rollout')}; expected one of them too (Flux objects take ${name('flux-namespace')})`);
    }
    return [];
  }
  const shared = {
    namespace: o.namespace || undefined, kubeconfig: o.kubeconfig || undefined,
    context: o.context || undefined, expectVersion: o.expectVersion || undefined,
  };
  return WORKLOADS.filter((k) => used(k))
    .map((k) => build({ type: k === 'rollout' ? 'rollout' : 'kubernetes', [k]: o[k], ...shared }, {}));
}

/**
 * `name` says how a user spells an option (`--success-condition` or `input "success-condition"`). Returns the checks
 * (empty when no check option was given) and the timing that was given.
 */
export function adhocSpec(o: AdhocOptions, name: (kebabName: string) => string): HealthSpec {
  const fail: Fail = (key, message) => new UserError(`${name(kebab(key))} ${message}`);
  const checks: CheckSpec[] = [];
  const used = (...keys: (keyof AdhocOptions)[]): boolean =>
    keys.some((k) => o[k] !== undefined && o[k] !== '' && !(Array.isArray(o[k]) && !(o[k] as string[]).length));
  // Errors from a check built here name the option, not a config key.
  const build = (raw: Record<string, unknown>, rename: Record<string, string>): CheckSpec => {
    for (const k of Object.keys(raw)) if (raw[k] === undefined) delete raw[k];
    return normalizeCheck(raw, '', (key, message) => {
      const field = key.replace(/^\./, '').replace(/\[\d+\]$/, '');
      return new UserError(field ? `${name(rename[field] ?? kebab(field))} ${message}` : message);
    });
  };
  if (used('expectStatus', 'bodyMatch', 'versionField', 'headers') && !used('urls')) {
    throw fail('url', `is needed with ${name('expect-status')}, ${name('version-field')}, ${name('body-match')} ` +
      'and headers; expected the URL to check');
  }
  if (used('urls')) {
    let expectStatus: number[] | undefined;
    if (o.expectStatus) {
      expectStatus = o.expectStatus.split(',').map((s) => s.trim()).map((s) => {
        if (!/^[1-5][0-9][0-9]$/.test(s)) {
          throw fail('expectStatus',
            `${quote(o.expectStatus as string)} is not an HTTP status; expected e.g. 200 or 200,204`);
        }
        return Number(s);
      });
    }
    checks.push(build({
      type: 'http', urls: o.urls, expectVersion: o.expectVersion || undefined,
      versionField: o.versionField || undefined, expectStatus, bodyMatch: o.bodyMatch || undefined,
      headers: o.headers && Object.keys(o.headers).length ? o.headers : undefined,
    }, { urls: 'url' }));
  }
  if (used('prometheus', 'query', 'successCondition', 'failureCondition')) {
    if (!o.prometheus) {
      throw fail('prometheus',
        `is needed with ${name('query')}; expected the Prometheus URL, e.g. http://prometheus:9090`);
    }
    checks.push(build({
      type: 'prometheus', url: o.prometheus, query: o.query || undefined,
      successCondition: o.successCondition || undefined, failureCondition: o.failureCondition || undefined,
    }, { url: 'prometheus' }));
  }
  if (used('argocdUrl', 'argocdApp')) {
    if (!o.argocdUrl) throw fail('argocdUrl', `is needed with ${name('argocd-app')}; expected the Argo CD server URL`);
    checks.push(build({ type: 'argocd', url: o.argocdUrl, app: o.argocdApp || undefined },
      { url: 'argocd-url', app: 'argocd-app' }));
  }
  if (used('fluxKind', 'fluxName', 'fluxNamespace')) {
    if (o.fluxKind && o.fluxKind !== 'Kustomization' && o.fluxKind !== 'HelmRelease') {
      throw fail('fluxKind', `${quote(o.fluxKind)} is not a Flux kind; expected Kustomization or HelmRelease`);
    }
    checks.push(build({
      type: 'flux', kind: o.fluxKind || undefined, name: o.fluxName || undefined,
      namespace: o.fluxNamespace || undefined, kubeconfig: o.kubeconfig || undefined, context: o.context || undefined,
    }, { kind: 'flux-kind', name: 'flux-name', namespace: 'flux-namespace' }));
  }
  checks.push(...workloadChecks(o, used, build, fail, name));

  const timing: Partial<Timing> = {};
  const dur = (
    k: 'initialDelay' | 'interval' | 'timeout' | 'requestTimeout', field: keyof Timing, min: number,
  ): void => {
    const v = o[k];
    if (v === undefined || v === '') return;
    const ms = durationAt(v, k, fail);
    if (ms < min) throw fail(k, `${quote(v)} is too short; expected at least ${min}ms`);
    (timing[field] as number) = ms;
  };
  dur('initialDelay', 'initialDelayMs', 0);
  dur('interval', 'intervalMs', 100);
  dur('timeout', 'timeoutMs', 1);
  dur('requestTimeout', 'requestTimeoutMs', 1);
  const int = (k: 'successThreshold' | 'failureLimit' | 'inconclusiveLimit', min: number): void => {
    const v = o[k];
    if (v === undefined || v === '') return;
    if (!/^[0-9]+$/.test(v) || Number(v) < min || Number(v) > 1000) {
      throw fail(k, `${quote(v)} is not allowed; expected a whole number from ${min} to 1000`);
    }
    timing[k] = Number(v);
  };
  int('successThreshold', 1);
  int('failureLimit', 0);
  int('inconclusiveLimit', 0);
  return { checks, timing };
}

/** "Name: value" lines (the headers input, --header flags) → a map; values may use ${VAR} from the environment. */
export function parseHeaderLines(lines: readonly string[], name: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of lines.flatMap((l) => l.split(/\r?\n/)).map((l) => l.trim()).filter(Boolean)) {
    const i = line.indexOf(':');
    const k = i > 0 ? line.slice(0, i).trim() : '';
    // The value is a secret: never quoted back in an error.
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(k)) {
      throw new UserError(`${name}: a header line ${k ? `starting ${quote(k)} ` : ''}is not "Name: value"; ` +
        `expected e.g. Authorization: Bearer \${TOKEN}`);
    }
    out[k] = line.slice(i + 1).trim();
  }
  return out;
}

/** A version as it appears in tags: no spaces or control characters. */
export function checkVersion(kind: string, v: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._+@:/-]{0,127}$/.test(v)) {
    throw new UserError(`${kind} ${quote(v)} is not a version; expected a tag such as v1.2.3`);
  }
  return v;
}

export function checkCommit(kind: string, v: string): string {
  if (!/^[0-9a-f]{7,40}$/i.test(v)) {
    throw new UserError(`${kind} ${quote(v)} is not a commit; expected a sha of 7 to 40 hex digits`);
  }
  return v.toLowerCase();
}
