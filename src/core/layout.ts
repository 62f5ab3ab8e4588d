// The repository's layout: which apps exist, in which environments and regions, and the files (targets) that
// hold their versions. Found by matching the config's templates against the file list of one commit.
import { UserError, quote } from './errors.js';
import type { PromoteConfig, TargetTemplate } from './config/config.js';
import { knownRank, sameEnv, isSafeName, type Environment } from './config/environments.js';
import { compile, fill, literalSuffix, placeholders } from './config/templates.js';

export interface Target {
  app: string;
  env: string;
  region?: string;
  file: string;
  image?: string;
  path?: string;
  document?: number;
  /** The template the target was found with, {app} and {env} filled: names a declared region's missing file. */
  template?: string;
}

export interface Layout {
  envs: Environment[];
  apps: string[];
  targets: Target[];
  /** Declared regions whose file is missing: promoting that app to that env is refused. */
  missing: { app: string; env: string; region: string; file: string }[];
}

const ALL_KNOWN = ['dev', 'development', 'staging', 'stage', 'prod', 'production'];

export function discoverLayout(config: PromoteConfig, files: readonly string[], singleAppName: string): Layout {
  const found = scanTargets(config, files, singleAppName);
  const envs = config.environments ?? zeroConfigEnvs(found);
  const byName = new Map(envs.map((e) => [e.name, e]));
  const missing: Layout['missing'] = [];
  for (const env of envs) {
    if (!env.regions) continue;
    const byApp = new Map<string, Target[]>();
    for (const t of found) {
      if (t.env !== env.name || t.region === undefined) continue;
      const list = byApp.get(t.app);
      if (list) list.push(t);
      else byApp.set(t.app, [t]);
    }
    for (const [app, ts] of byApp) {
      for (const region of env.regions) {
        if (!ts.some((t) => t.region === region)) {
          const like = ts[0] as Target;
          missing.push({ app, env: env.name, region, file: fill(like.template ?? like.file, { region }) });
        }
      }
    }
  }
  const targets = found.filter((t) => {
    const env = byName.get(t.env);
    return env !== undefined && (t.region === undefined || !env.regions || env.regions.includes(t.region));
  });
  return { envs, apps: sortTargets(targets), targets, missing };
}

/** Every target the templates find among the files, each once. */
function scanTargets(config: PromoteConfig, files: readonly string[], singleAppName: string): Target[] {
  const envChoices = config.environments ? config.environments.map((e) => e.name) : ALL_KNOWN;
  const found: Target[] = [];
  const seen = new Set<string>();
  const overridden = new Set(Object.keys(config.apps));
  // Files by the literal end of the templates (most templates share one): one pass over the file list for each.
  const bySuffix = new Map<string, readonly string[]>();
  const candidates = (suffix: string): readonly string[] => {
    let list = bySuffix.get(suffix);
    if (!list) bySuffix.set(suffix, (list = files.filter((f) => f.endsWith(suffix))));
    return list;
  };
  const scan = (tpl: TargetTemplate, fixedApp?: string): void => {
    const template = fixedApp ? fill(tpl.file, { app: fixedApp }) : tpl.file;
    const envs = tpl.env ?? envChoices;
    const hasEnv = placeholders(template).includes('env');
    const match = compile(template, { env: envs });
    for (const f of candidates(literalSuffix(template))) {
      const b = match(f);
      if (!b) continue;
      const app = fixedApp ?? b.app ?? singleAppName;
      if (!fixedApp && overridden.has(app)) continue;
      if (!isSafeName(app)) continue;
      for (const env of hasEnv ? [b.env as string] : envs) {
        const t: Target = {
          app, env, region: b.region, file: f, image: tpl.image ? fill(tpl.image, { app, env }) : undefined,
          path: tpl.path, document: tpl.document, template: fill(template, { app, env }),
        };
        const key = `${t.app}\0${t.env}\0${t.file}\0${t.image ?? ''}\0${t.path ?? ''}\0${t.document ?? ''}`;
        if (seen.has(key)) continue;
        seen.add(key);
        found.push(t);
      }
    }
  };
  for (const tpl of config.targets) scan(tpl);
  for (const [app, spec] of Object.entries(config.apps)) for (const tpl of spec.targets) scan(tpl, app);
  return found;
}

function zeroConfigEnvs(found: readonly Target[]): Environment[] {
  const names = [...new Set(found.map((t) => t.env))].filter((n) => knownRank(n) !== undefined);
  names.sort((a, b) => (knownRank(a) as number) - (knownRank(b) as number));
  for (let i = 1; i < names.length; i++) {
    if (knownRank(names[i] as string) === knownRank(names[i - 1] as string)) {
      throw new UserError(`the repository has overlays for both ${quote(names[i - 1] as string)} `
        + `and ${quote(names[i] as string)}, which zero-config reads as the same environment; `
        + `add ${'gitops-promote.yaml'} with environments: to say which is which`);
    }
  }
  return names.map((name) => ({ name }));
}

/**
 * Sorts targets by app, then file (localeCompare, as people read lists) and returns the sorted app names. The apps
 * are ranked once: 80,000 targets compared by localeCompare cost more than the rest of discovery.
 */
function sortTargets(targets: Target[]): string[] {
  const apps = [...new Set(targets.map((t) => t.app))].sort((a, b) => a.localeCompare(b));
  const rank = new Map(apps.map((a, i) => [a, i]));
  targets.sort((a, b) => (rank.get(a.app) as number) - (rank.get(b.app) as number)
    || (a.file === b.file ? 0 : a.file.localeCompare(b.file)));
  return apps.sort();
}

/** The env a user means by `asked` ("prod" finds "production"), or the unknown-name error. */
export function findEnv(layout: Layout, asked: string): Environment {
  const env = layout.envs.find((e) => e.name === asked) ?? layout.envs.find((e) => sameEnv(asked, e.name));
  if (!env) throw unknownName('environment', asked, layout.envs.map((e) => e.name));
  return env;
}

export function previousEnv(layout: Layout, env: Environment): Environment | undefined {
  const i = layout.envs.indexOf(env);
  return i > 0 ? layout.envs[i - 1] : undefined;
}

export function findApp(layout: Layout, asked: string): string {
  if (layout.apps.includes(asked)) return asked;
  throw unknownName('app', asked, layout.apps);
}

/** Edits (insert, delete, substitute, swap two neighbours) from a to b: "wbe" is 1 from "web". */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    const up = d[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(up[j] as number + 1, row[j - 1] as number + 1, up[j - 1] as number + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        row[j] = Math.min(row[j] as number, (d[i - 2] as number[])[j - 2] as number + 1);
      }
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

/** Up to `max` of `names`, closest to `asked` first: names containing it (or contained in it), then by edits. */
export function closestNames(asked: string, names: readonly string[], max = 10): string[] {
  const a = asked.toLowerCase();
  const scored = names.map((name, i) => {
    const n = name.toLowerCase();
    return { name, i, contains: n.includes(a) || a.includes(n) ? 0 : 1, d: distance(a, n) };
  });
  scored.sort((x, y) => x.contains - y.contains || x.d - y.d || x.i - y.i);
  return scored.slice(0, max).map((x) => x.name);
}

/**
 * The one error every verb gives for an app or environment that is not there: the total count and up to 10 of
 * the names, closest first.
 */
export function unknownName(kind: 'app' | 'environment', asked: string, names: readonly string[]): UserError {
  const plural = `${names.length} ${kind}${names.length === 1 ? '' : 's'}`;
  if (!names.length) {
    return new UserError(`unknown ${kind} ${quote(asked)}; expected one of the 0 ${kind}s (none found: no overlays or `
      + 'targets match)');
  }
  const near = closestNames(asked, names);
  const which = names.length > near.length ? `the ${near.length} closest` : 'closest first';
  return new UserError(`unknown ${kind} ${quote(asked)}; expected one of the ${plural}, ${which}: ${near.join(', ')}`);
}

const indexes = new WeakMap<Layout, Map<string, Target[]>>();

/** The targets of an app in an environment, in layout order; indexed once per layout (drift asks per cell). */
export function targetsOf(layout: Layout, app: string, env: string): Target[] {
  let index = indexes.get(layout);
  if (!index) {
    index = new Map();
    for (const t of layout.targets) {
      const key = `${t.app}\0${t.env}`;
      const list = index.get(key);
      if (list) list.push(t);
      else index.set(key, [t]);
    }
    indexes.set(layout, index);
  }
  return [...(index.get(`${app}\0${env}`) ?? [])];
}
