// Plan a promotion on one commit of the config repo: resolve every target, read what runs where, apply the
// policy, and compute the new file texts. Nothing is written here; delivery commits the plan (and re-plans on
// a newer commit when a push loses a race, which is why planning is a pure function of the snapshot).
import { UserError, quote } from '../errors.js';
import { checkValue, parseImageValue } from '../edit-value.js';
import type { PromoteConfig } from '../config/config.js';
import { discoverLayout, findApp, findEnv, previousEnv, targetsOf, type Layout, type Target } from '../layout.js';
import { activeFreeze, describeWindow } from '../policy/freeze.js';
import { checkTag } from '../policy/tag-policy.js';
import { compareVersions, distinct, sameVersion } from '../policy/versions.js';
import type { Violation } from '../policy/violation.js';
import type { RepoSnapshot } from '../repo-snapshot.js';
import { readTargetVersion, setTargetVersion } from '../target-version.js';
import { promotionMessage, type PromotionFacts } from './commit-message.js';

export interface PromoteRequest {
  apps: string[];
  to: string;
  version?: string;
  from?: string;
  /** A reason: the gate (version must run in the previous env) is skipped and the reason recorded. */
  skipGate?: string;
  allowDowngrade?: boolean;
  freezeOverrideReason?: string;
  now: Date;
  actor: string;
  runUrl?: string;
  /** Name of the app in a single-app repository (overlays/<env>/ at the root). */
  singleAppName: string;
}

export interface TargetChange {
  target: Target;
  line: number;
  old?: string;
  new: string;
}

export interface AppPromotion {
  app: string;
  env: string;
  from?: string;
  version: string;
  previous: string[];
  changes: TargetChange[];
  /** New text of every file that changes. */
  files: Map<string, string>;
  message: string;
  facts: PromotionFacts;
  /** A PR body other than the promotion one (rollback sets its own). */
  prBody?: string;
}

export interface PromotionPlan {
  promotions: AppPromotion[];
  violations: (Violation & { app: string })[];
  layout: Layout;
}

interface Read { target: Target; version?: string; line: number; imageName?: string; text: string }

async function readAll(snapshot: RepoSnapshot, targets: Target[]): Promise<Read[]> {
  return Promise.all(targets.map(async (target) => {
    const text = await snapshot.read(target.file);
    return { target, text, ...readTargetVersion(text, target) };
  }));
}

export async function planPromotion(
  snapshot: RepoSnapshot, config: PromoteConfig, request: PromoteRequest,
): Promise<PromotionPlan> {
  // A reason of only spaces is no reason: the audit trail must say something.
  const req = {
    ...request,
    skipGate: request.skipGate?.trim() || undefined,
    freezeOverrideReason: request.freezeOverrideReason?.trim() || undefined,
  };
  const layout = discoverLayout(config, snapshot.files, req.singleAppName);
  const env = findEnv(layout, req.to);
  const prev = previousEnv(layout, env);
  const from = req.from !== undefined ? findEnv(layout, req.from) : prev;
  if (from === env) {
    throw new UserError(`--from ${quote(req.from ?? '')} is the environment being promoted to; `
      + 'expected an earlier one');
  }
  const apps = req.apps.length ? req.apps.map((a) => findApp(layout, a)) : layout.apps.length === 1 ? layout.apps : [];
  if (!apps.length) {
    throw new UserError(`no app given; expected --app with one of: ${layout.apps.slice(0, 10).join(', ')}`
      + `${layout.apps.length > 10 ? ', …' : ''}`);
  }
  const promotions: AppPromotion[] = [];
  const violations: PromotionPlan['violations'] = [];

  for (const app of apps) {
    const missing = layout.missing.filter((m) => m.app === app && m.env === env.name);
    if (missing.length) {
      throw new UserError(`app ${quote(app)} has no target for declared region(s) `
        + `${missing.map((m) => m.region).join(', ')} of ${env.name} `
        + `(expected ${missing.map((m) => m.file).join(', ')}); `
        + 'add the overlay or remove the region from environments:');
    }
    const targets = targetsOf(layout, app, env.name);
    if (!targets.length) {
      throw new UserError(`app ${quote(app)} has no target in environment ${quote(env.name)}; `
        + 'expected an overlay or a configured target for it');
    }
    const here = await readAll(snapshot, targets);
    const fromReads = from ? await readAll(snapshot, targetsOf(layout, app, from.name)) : [];
    const prevReads = prev && prev !== from ? await readAll(snapshot, targetsOf(layout, app, prev.name)) : fromReads;

    // The version: given, or what the source env runs (all its targets agreeing).
    let version = req.version;
    if (version === undefined || version === '') {
      if (!from) {
        throw new UserError(`no version given for ${quote(env.name)}, the first environment; `
          + 'expected --version (there is no earlier environment to take it from)');
      }
      if (!fromReads.length) {
        throw new UserError(`app ${quote(app)} has no target in ${quote(from.name)} to take the version from; `
          + 'expected --version');
      }
      const vs = distinct(fromReads.map((r) => r.version));
      if (vs.length !== 1 || fromReads[0]?.version === undefined) {
        throw new UserError(`cannot take the version from ${from.name}: its targets disagree `
          + `(${fromReads.map((r) => `${r.target.file}: ${r.version ?? 'none'}`).join('; ')}); expected --version`);
      }
      version = fromReads[0].version;
    }
    if (targets.some((t) => t.image !== undefined)) {
      parseImageValue(version, targets[0]?.file, here[0]?.line, 'version');
    } else checkValue(version, targets[0]?.file, here[0]?.line, 'version');

    const found: Violation[] = [];
    const tagProblem = checkTag(version, config.policy.tagPattern);
    if (tagProblem) found.push(tagProblem);
    if (prev && config.policy.requirePreviousEnv && !req.skipGate) {
      const off = prevReads.filter((r) => !sameVersion(r.version, version));
      if (!prevReads.length) {
        found.push({
          rule: 'gate',
          message: `${app} has no target in ${prev.name}, so ${version} cannot have run there; `
            + 'expected it there first, or skip-gate with a reason',
        });
      } else if (off.length) {
        const first = off[0] as Read;
        const runs = off
          .map((r) => `${r.target.file}${r.target.region ? ` [${r.target.region}]` : ''} runs ${r.version ?? 'nothing'}`)
          .join('; ');
        found.push({
          rule: 'gate',
          message: `${version} is not running in ${prev.name}`
            + `${prevReads.length > 1 ? ` (all ${prevReads.length} targets must run it)` : ''}: `
            + `${runs}; `
            + `expected ${prev.name} to run it first, or skip-gate with a reason`,
          file: first.target.file, line: first.line,
        });
      }
    }
    if (!req.allowDowngrade && !config.policy.allowDowngrade) {
      for (const r of here) {
        const c = r.version ? compareVersions(version, r.version) : undefined;
        if (c !== undefined && c < 0) {
          found.push({
            rule: 'downgrade',
            message: `${version} is older than ${r.version} in ${r.target.file}; `
              + 'expected a newer version (use allow-downgrade, or the rollback action)',
            file: r.target.file, line: r.line,
          });
          break;
        }
      }
    }
    const freeze = activeFreeze(config.policy.freeze, env.name, layout.envs[0]?.name, req.now);
    if (freeze && !req.freezeOverrideReason) {
      found.push({
        rule: 'freeze',
        message: `${env.name} is frozen by ${describeWindow(freeze)}; `
          + 'expected a promotion outside the window, or freeze-override-reason',
      });
    }
    if (found.length) {
      violations.push(...found.map((v) => ({ ...v, app })));
      continue;
    }

    // Edit every target; several targets may share a file.
    const files = new Map<string, string>();
    const changes: TargetChange[] = [];
    for (const r of here) {
      const text = files.get(r.target.file) ?? r.text;
      const res = setTargetVersion(text, r.target, r.imageName, version);
      if (res.changed) files.set(r.target.file, res.text);
      changes.push({ target: r.target, line: r.line, old: r.version, new: version });
    }
    const previous = [...new Set(here.map((r) => r.version).filter((v): v is string => v !== undefined))];
    const facts: PromotionFacts = {
      app, env: env.name, version, previous, from: from?.name, by: req.actor, runUrl: req.runUrl,
      gateSkipped: req.skipGate && prev ? req.skipGate : undefined,
      freezeOverride: freeze ? req.freezeOverrideReason : undefined,
      targets: changes.map((c) => ({ file: c.target.file, region: c.target.region, old: c.old, new: c.new })),
    };
    promotions.push({
      app, env: env.name, from: from?.name, version, previous, changes, files, message: promotionMessage(facts), facts,
    });
  }
  return { promotions, violations, layout };
}

/** Promotions that change at least one file. */
export const changedPromotions = (plan: PromotionPlan): AppPromotion[] =>
  plan.promotions.filter((p) => p.files.size > 0);
