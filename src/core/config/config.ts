// gitops-promote.yaml: loaded, validated (file, line and key in every error) and normalized; or zero-config
// defaults when the repository has no such file.
import { parseDocument, isMap, isScalar, type Node, type Pair } from 'yaml';
import { UserError, quote } from '../errors.js';
import { parseCron, isValidTimeZone } from '../policy/cron.js';
import { CONFIG_SCHEMA } from './config-schema.js';
import { normalizeHealth } from '../health/spec.js';
import { isSafeName, knownRank, type Environment } from './environments.js';
import { checkSchema } from './schema-check.js';
import { placeholders } from './templates.js';
import { SourceText } from '../source-text.js';

export const CONFIG_FILE = 'gitops-promote.yaml';

export interface TargetTemplate {
  file: string;
  /** Kustomization images: entry name; "auto" = the only entry, or the one named after the app. */
  image?: string;
  path?: string;
  document?: number;
  env?: string[];
}

export interface FreezeWindow {
  cron?: string; from?: string; to?: string; timezone: string; reason?: string; envs?: string[];
}

export interface Policy {
  tagPattern: string;
  allowDowngrade: boolean;
  requirePreviousEnv: boolean;
  freeze: FreezeWindow[];
  parity: string;
  allowSameChange: boolean;
  /** How parity computes what deploys: render the overlay, or the static model of images: (none). */
  render: RenderChoice;
  /** Globs of files that never carry images; their changes are not unverified (base branch's config only). */
  parityIgnore: string[];
}

export type RenderChoice = 'auto' | 'kustomize' | 'kubectl' | 'none';

export interface Delivery {
  mode?: 'push' | 'pull-request'; branch?: string; maxAttempts?: number; labels?: string[]; autoMerge?: boolean;
}

export interface DriftConfig { behindAfter?: string; live?: Record<string, { url: string; field?: string }> }

export interface PromoteConfig {
  /** Where it came from: the config file's path, or undefined for zero-config. */
  file?: string;
  /** Declared order; undefined for zero-config (discovered from the files, ordered dev → staging → prod). */
  environments?: Environment[];
  targets: TargetTemplate[];
  apps: Record<string, { targets: TargetTemplate[] }>;
  policy: Policy;
  delivery: Delivery;
  drift: DriftConfig;
  health: Record<string, unknown>;
}

export const DEFAULT_POLICY: Policy = {
  tagPattern: 'semver', allowDowngrade: false, requirePreviousEnv: true, freeze: [], parity: 'current',
  allowSameChange: false, render: 'auto', parityIgnore: [],
};

/** Zero-config layouts: apps/<app>/overlays/<env>[-<region>|/<region>]/, and a single-app overlays/<env>/. */
export const ZERO_CONFIG_TARGETS: TargetTemplate[] = ['apps/{app}/overlays', 'overlays'].flatMap((base) =>
  ['{env}', '{env}-{region}', '{env}/{region}'].flatMap((dir) =>
    ['kustomization.yaml', 'kustomization.yml'].map((f) => ({ file: `${base}/${dir}/${f}`, image: 'auto' }))));

export function zeroConfig(): PromoteConfig {
  return { targets: ZERO_CONFIG_TARGETS, apps: {}, policy: { ...DEFAULT_POLICY }, delivery: {}, drift: {}, health: {} };
}

interface Raw {
  environments?: (string | { name: string; regions?: string[]; staggered?: boolean })[];
  targets?: (Omit<TargetTemplate, 'env'> & { env?: string | string[] })[];
  apps?: Record<string, { targets?: (Omit<TargetTemplate, 'env'> & { env?: string | string[] })[] }>;
  policy?: Partial<Policy>;
  delivery?: Delivery;
  drift?: DriftConfig;
  health?: Record<string, unknown>;
}

/** The node at a key path as the checks name them ("apps.web.v2.targets[0]"); keys may contain dots. */
export function nodeAt(root: Node | null, key: string): Node | null {
  let n: Node | null = root;
  let rest = key;
  while (rest && n) {
    const idx = /^\[(\d+)\]\.?/.exec(rest);
    if (idx && 'items' in n && Array.isArray((n as { items: unknown[] }).items) && !isMap(n)) {
      n = (n as { items: Node[] }).items[Number(idx[1])] ?? n;
      rest = rest.slice(idx[0].length);
      continue;
    }
    if (!isMap(n)) break;
    // The longest key that the path continues with.
    const pairs = (n.items as Pair<Node, Node>[])
      .filter((p) => isScalar(p.key))
      .map((p) => ({ k: String((p.key as { value: unknown }).value), v: p.value }));
    const hit = pairs
      .filter(({ k }) => rest === k || rest.startsWith(`${k}.`) || rest.startsWith(`${k}[`))
      .sort((a, b) => b.k.length - a.k.length)[0];
    if (!hit) break;
    n = hit.v ?? n;
    rest = rest.slice(hit.k.length).replace(/^\./, '');
  }
  return n;
}

export function loadConfig(text: string, file: string): PromoteConfig {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  const src = new SourceText(text);
  const err = doc.errors[0];
  if (err) {
    throw new UserError(
      `not valid YAML: ${err.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}; `
        + 'expected a gitops-promote config',
      file, src.lineOf(Math.min(err.pos[0], text.trimEnd().length)));
  }
  const root = doc.contents as Node | null;
  const fail = (key: string, message: string, node?: Node | null): UserError => {
    const n = node === undefined ? nodeAt(root, key) : node;
    return new UserError(`${key}: ${message}`, file, n?.range ? src.lineOf(n.range[0]) : 1);
  };
  if (root === null) return { ...zeroConfig(), file };
  const problem = checkSchema(root, CONFIG_SCHEMA as unknown as Record<string, unknown>);
  if (problem) throw fail(problem.key, problem.message, problem.node);
  const raw = doc.toJS() as Raw;

  const environments = raw.environments?.map((e) => (typeof e === 'string' ? { name: e } : { ...e }));
  const envNames = environments?.map((e) => e.name);
  if (envNames) {
    const at = envNames.findIndex((n, i) => envNames.indexOf(n) !== i);
    if (at >= 0) {
      throw fail(`environments[${at}]`,
        `${quote(envNames[at] as string)} is listed twice; expected each environment once`);
    }
  }
  const checkEnvRefs = (key: string, list: string[] | undefined): void => {
    for (const e of list ?? []) {
      if (envNames && !envNames.includes(e)) {
        throw fail(key, `unknown environment ${quote(e)}; expected one of ${envNames.join(', ')}`);
      }
      if (!envNames && knownRank(e) === undefined) {
        throw fail(key, `unknown environment ${quote(e)}; without environments: the known ones are dev, staging, prod `
          + '(also development, stage, production)');
      }
    }
  };
  const targetsOf = (key: string, list: Raw['targets']): TargetTemplate[] =>
    (list ?? []).map((t, i) => {
      const at = `${key}[${i}]`;
      if ((t.image === undefined) === (t.path === undefined)) {
        throw fail(at, 'needs exactly one of image (a kustomization images: entry) or path (a YAML path)');
      }
      for (const p of t.file.matchAll(/\{([^}]*)\}/g)) {
        if (!['app', 'env', 'region'].includes(p[1] as string)) {
          throw fail(`${at}.file`, `unknown placeholder {${p[1]}}; expected {app}, {env} or {region}`);
        }
      }
      if (t.file.startsWith('/') || t.file.split('/').includes('..')) {
        throw fail(`${at}.file`, `${quote(t.file)} must be a path inside the repository (no leading "/", no "..")`);
      }
      if (!placeholders(t.file).includes('env') && t.env === undefined) {
        throw fail(`${at}.file`,
          `${quote(t.file)} has no {env}; expected {env} in the path, or env: naming the environment it is for`);
      }
      const env = t.env === undefined ? undefined : Array.isArray(t.env) ? t.env : [t.env];
      checkEnvRefs(`${at}.env`, env);
      return { file: t.file, image: t.image, path: t.path, document: t.document, env };
    });

  const targets = targetsOf('targets', raw.targets);
  const apps: PromoteConfig['apps'] = {};
  for (const [app, spec] of Object.entries(raw.apps ?? {})) {
    if (!isSafeName(app)) {
      throw fail(`apps.${app}`, `app name ${quote(app)} is not allowed; expected letters, digits, ".", "_" and "-"`);
    }
    apps[app] = { targets: targetsOf(`apps.${app}.targets`, spec.targets) };
  }
  if (!targets.length && !Object.keys(apps).length) {
    // A config that only sets policy keeps the zero-config layouts.
    targets.push(...ZERO_CONFIG_TARGETS);
  }
  const policy: Policy = { ...DEFAULT_POLICY, ...raw.policy, freeze: [] };
  if (policy.tagPattern !== 'semver') {
    try {
      new RegExp(policy.tagPattern);
    } catch (e) {
      throw fail('policy.tagPattern', `${quote(policy.tagPattern)} is not a valid regular expression `
        + `(${(e as Error).message}); expected "semver" or a regex`);
    }
  }
  (raw.policy?.freeze ?? []).forEach((w, i) => {
    const at = `policy.freeze[${i}]`;
    if ((w.cron === undefined) === (w.from === undefined && w.to === undefined)) {
      throw fail(at, 'needs either cron, or from and to');
    }
    if (w.cron !== undefined) {
      try {
        parseCron(w.cron);
      } catch (e) {
        throw fail(`${at}.cron`, (e as Error).message);
      }
    } else if (w.from === undefined || w.to === undefined) {
      throw fail(at, `needs both from and to (${w.from === undefined ? 'from' : 'to'} is missing); `
        + 'expected ISO dates such as 2026-12-20');
    } else if (Number.isNaN(Date.parse(w.from)) || Number.isNaN(Date.parse(w.to))) {
      throw fail(at, `from ${quote(String(w.from))} and to ${quote(String(w.to))} `
        + 'must both be ISO dates such as 2026-12-20 or 2026-12-20T18:00');
    }
    const timezone = w.timezone ?? 'UTC';
    if (!isValidTimeZone(timezone)) {
      throw fail(`${at}.timezone`, `unknown time zone ${quote(timezone)}; expected an IANA name such as Europe/Berlin`);
    }
    checkEnvRefs(`${at}.envs`, w.envs);
    policy.freeze.push({ ...w, timezone });
  });
  for (const env of Object.keys(raw.health ?? {})) checkEnvRefs(`health.${env}`, [env]);
  // wait-healthy's checks and timing: durations, conditions (with the column), URLs, placeholders, keys per type.
  for (const [env, h] of Object.entries(raw.health ?? {})) {
    normalizeHealth(h, `health.${env}`, (key, message) => fail(key, message));
  }
  for (const env of Object.keys(raw.drift?.live ?? {})) checkEnvRefs(`drift.live.${env}`, [env]);
  return {
    file, environments, targets, apps, policy,
    delivery: raw.delivery ?? {}, drift: raw.drift ?? {}, health: raw.health ?? {},
  };
}
