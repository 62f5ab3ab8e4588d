// One wait-healthy run's checks and timing: health.<env> from gitops-promote.yaml, replaced by checks given as
// flags/inputs or the `checks` input when there are any, timing layered config < `checks` input < flags/inputs.
import { parseDocument, type Node } from 'yaml';
import { nodeAt, type PromoteConfig } from '../config/config.js';
import { UserError, quote } from '../errors.js';
import type { Where } from '../ports.js';
import { SourceText } from '../source-text.js';
import { inert } from './untrusted.js';
import {
  displayUrl, mergeTiming, normalizeHealth, resolveChecks, type HealthSpec, type ResolvedChecks, type Timing,
} from './spec.js';

export interface PlanInput {
  env: string;
  app?: string;
  version?: string;
  commit?: string;
  /** The loaded config and its text (for lines), when the repository has one. */
  config?: { parsed: PromoteConfig; text: string; file: string };
  /** The `checks` input, parsed. */
  inline?: HealthSpec;
  /** Checks and timing from flags or single inputs. */
  adhoc: HealthSpec;
  environ: Record<string, string | undefined>;
  kubeconfig?: string;
}

export interface Plan {
  checks: ResolvedChecks;
  timing: Timing;
  /** Where a config check was written. */
  whereOf: (key: string) => Where | undefined;
  /** Where the checks came from, for the log. */
  source: string;
  /** Checks with nothing to verify beyond an answer (a warning each, on the check's config line when it has one). */
  warnings: { message: string; key: string }[];
}

/**
 * An http check with no version to compare and no body to match passes on any answer with the status: it proves
 * that something answers, not that the promoted version runs. Said, not refused: a plain liveness URL is legitimate.
 */
export function statusOnlyChecks(checks: ResolvedChecks): { message: string; key: string }[] {
  const out = new Map<string, { message: string; key: string }>();
  for (const t of checks.targets) {
    if (t.type !== 'http' || t.expectVersion !== undefined || t.bodyMatch !== undefined) continue;
    const url = inert(displayUrl(t.url), 300);
    const message = `the http check of ${url} verifies only the status (${t.expectStatus.join(', ')}): there is no `
      + 'version to expect (version or expect-version) and no body-match';
    out.set(message, { message, key: t.key });
  }
  return [...out.values()];
}

export function planWaitHealthy(p: PlanInput): Plan {
  const cfg = p.config;
  const lineOf = (key: string): number | undefined => {
    if (!cfg || !key.startsWith('health.')) return undefined;
    const doc = parseDocument(cfg.text, { uniqueKeys: false });
    const n = nodeAt(doc.contents as Node | null, key);
    return n?.range ? new SourceText(cfg.text).lineOf(n.range[0]) : undefined;
  };
  const whereOf = (key: string): Where | undefined =>
    (cfg && key.startsWith('health.') ? { file: cfg.file, line: lineOf(key) } : undefined);
  const fail = (key: string, message: string): Error => {
    const w = whereOf(key);
    if (w) return new UserError(`${key}: ${message}`, w.file, w.line);
    // Checks from options have no key of their own; those of the checks input are prefixed with its name.
    const k = key.replace(/^\./, '').replace(/^headers\.(.+)$/, 'header $1').replace(/^(input "[^"]+")\./, '$1: ');
    return new UserError(k ? `${k}: ${message}` : message);
  };
  const fromConfig = cfg?.parsed.health[p.env] !== undefined
    ? normalizeHealth(cfg.parsed.health[p.env], `health.${p.env}`, fail) : undefined;
  let checks = fromConfig?.checks ?? [];
  let source = fromConfig?.checks.length ? `${cfg?.file} health.${p.env}` : '';
  if (p.inline?.checks.length) {
    checks = p.inline.checks;
    source = 'the checks input';
  }
  if (p.adhoc.checks.length) {
    checks = p.adhoc.checks;
    source = 'options';
  }
  if (!checks.length) {
    throw new UserError(`no health checks for environment ${quote(p.env)}; ` +
      `expected health.${p.env}.checks in ${cfg?.file ?? 'gitops-promote.yaml'}, the checks input, ` +
      'or options such as --url, --prometheus, --argocd-url, --flux-name, --deployment');
  }
  const timing = mergeTiming(fromConfig?.timing ?? {}, p.inline?.timing ?? {}, p.adhoc.timing);
  if (timing.requestTimeoutMs > timing.timeoutMs) timing.requestTimeoutMs = timing.timeoutMs;
  const regions = cfg?.parsed.environments?.find((e) => e.name === p.env)?.regions;
  const resolved = resolveChecks({ checks, timing: {} }, {
    env: p.env, app: p.app, version: p.version, commit: p.commit, regions, environ: p.environ,
    kubeconfig: p.kubeconfig, fail,
  });
  return { checks: resolved, timing, whereOf, source, warnings: statusOnlyChecks(resolved) };
}
