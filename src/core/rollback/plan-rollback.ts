// Plan a rollback on one commit: find the promotion to undo (from trailers, or from the target files' history
// when trailers are missing), restore every target's earlier value as a new forward commit (never a revert of a
// commit that may touch other apps, never a force push), and refuse what the tag policy refuses.
import { sameEnv } from '../config/environments.js';
import { UserError, quote } from '../errors.js';
import { formatTrailers } from '../history/trailers.js';
import { promotionRecords, PROMOTION_GREP, type PromotionRecord } from '../history/promotions.js';
import { discoverLayout, findApp, findEnv, targetsOf, type Target } from '../layout.js';
import { checkTag } from '../policy/tag-policy.js';
import { sameVersion } from '../policy/versions.js';
import type { Violation } from '../policy/violation.js';
import type { GitPort } from '../ports.js';
import { configAt } from '../promote/config-at.js';
import { NO_VERSION, type PromotionFacts } from '../promote/commit-message.js';
import type { AppPromotion, PromotionPlan, TargetChange } from '../promote/plan.js';
import { readTargetVersion, setTargetVersion } from '../target-version.js';

export interface RollbackRequest {
  app: string;
  env: string;
  toVersion?: string;
  toCommit?: string;
  region?: string;
  reason?: string;
  /** A reason to restore a version the environment never ran; recorded in the commit. */
  force?: string;
  actor: string;
  runUrl?: string;
  singleAppName: string;
  configPath?: string;
}

export interface RollbackPlan extends PromotionPlan {
  /** The promotion commit being undone; pinned for retries. */
  rollbackOf?: string;
}

interface Found { commit: string; parent?: string; source: 'trailers' | 'file history' }

async function versionAt(git: GitPort, commit: string, t: Target): Promise<{ version?: string; text?: string }> {
  const snap = await git.snapshot(commit);
  if (!snap.files.includes(t.file)) return {};
  const text = await snap.read(t.file);
  return { version: readTargetVersion(text, t).version, text };
}

/** The newest commit that made target `t` hold `current` (its parent held something else). */
async function changeFromFileHistory(
  git: GitPort, tip: string, t: Target, current: string | undefined,
): Promise<Found | undefined> {
  const commits = await git.log(tip, { paths: [t.file], max: 200 });
  for (const c of commits) {
    const here = await versionAt(git, c.sha, t);
    // The value changed back and forth: stop at the first change.
    if (!sameVersion(here.version, current)) return undefined;
    const parent = c.parents[0];
    const before = parent ? await versionAt(git, parent, t) : {};
    if (!sameVersion(before.version, current)) return { commit: c.sha, parent, source: 'file history' };
  }
  return undefined;
}

export function rollbackMessage(f: {
  app: string; env: string; bad: string; good: string; rollbackOf?: string; reason?: string; force?: string;
  by: string; runUrl?: string; targets: { file: string; region?: string; old?: string; new: string }[];
}): string {
  const subject = `rollback(${f.app}): ${f.env} ${f.bad} -> ${f.good}`;
  const lines = f.targets
    .filter((t) => t.old !== t.new)
    .map((t) => `- ${t.file}${t.region ? ` [${t.region}]` : ''}: ${t.old ?? NO_VERSION} -> ${t.new}`);
  const intro = `Roll ${f.app} in ${f.env} back to ${f.good}`
    + `${f.rollbackOf ? `, undoing ${f.rollbackOf.slice(0, 12)}` : ''}${f.reason ? `: ${f.reason}` : '.'}`;
  const trailers = formatTrailers([
    ['Rollback-App', f.app], ['Rollback-Env', f.env], ['Rollback-Of', f.rollbackOf],
    ['Rolled-Back-Version', f.bad], ['Restored-Version', f.good],
    ['Reason', f.reason], ['Rollback-Forced', f.force], ['Rolled-Back-By', f.by], ['Workflow-Run', f.runUrl],
  ]);
  return `${subject}\n\n${intro}\n\n${lines.join('\n')}\n\n${trailers}\n`;
}

export async function planRollback(
  git: GitPort, tip: string, req: RollbackRequest, pinned?: string,
): Promise<RollbackPlan> {
  const snapshot = await git.snapshot(tip);
  const config = await configAt(snapshot, req.configPath);
  const layout = discoverLayout(config, snapshot.files, req.singleAppName);
  const env = findEnv(layout, req.env);
  const app = findApp(layout, req.app);
  let targets = targetsOf(layout, app, env.name);
  if (!targets.length) {
    throw new UserError(`app ${quote(app)} has no target in environment ${quote(env.name)}; nothing to roll back`);
  }
  if (req.region !== undefined) {
    targets = targets.filter((t) => t.region === req.region);
    if (!targets.length) {
      throw new UserError(`app ${quote(app)} has no target in region ${quote(req.region)} of ${env.name}; `
        + 'expected one of: '
        + `${[...new Set(targetsOf(layout, app, env.name).map((t) => t.region ?? '(no region)'))].join(', ')}`);
    }
  }
  const here = await Promise.all(targets.map(async (t) => {
    const text = await snapshot.read(t.file);
    return { t, text, ...readTargetVersion(text, t) };
  }));
  const current = [...new Set(here.map((h) => h.version ?? NO_VERSION))];

  // The promotion to undo: pinned by an earlier attempt, else the last promotion whose version still runs.
  let found: Found | undefined;
  if (pinned) {
    const c = (await git.log(pinned, { max: 1 }))[0];
    found = { commit: pinned, parent: c?.parents[0], source: 'trailers' };
  } else {
    const records = promotionRecords(await git.log(tip, { grep: PROMOTION_GREP, max: 500 }))
      .filter((r) => r.app === app && sameEnv(r.env, env.name));
    // A target is already rolled back when the newest recorded change that touched it is a rollback, and it has
    // not moved since. Undoing that by default would redeploy the bad version.
    const rolledBack = new Map<Target, PromotionRecord>();
    const parents = new Map<string, string | undefined>();
    for (const h of here) {
      for (const r of records.slice(0, 20)) {
        if (!parents.has(r.sha)) parents.set(r.sha, (await git.log(r.sha, { max: 1 }))[0]?.parents[0]);
        const parent = parents.get(r.sha);
        const after = await versionAt(git, r.sha, h.t);
        const before = parent ? await versionAt(git, parent, h.t) : {};
        if (sameVersion(after.version, before.version)) continue;
        if (r.kind === 'rollback' && sameVersion(h.version, after.version)) rolledBack.set(h.t, r);
        break;
      }
    }
    if (rolledBack.size === here.length && req.toVersion === undefined && req.toCommit === undefined) {
      const r = [...rolledBack.values()][0] as PromotionRecord;
      throw new UserError(`${app} in ${env.name} was already rolled back to ${r.version} by ${r.sha.slice(0, 12)}`
        + `${r.rollbackOf ? ` (undoing ${r.rollbackOf.slice(0, 12)})` : ''}; `
        + 'expected a version to go further back (input to, or --to VERSION)');
    }
    const pending = here.filter((h) => !rolledBack.has(h.t));
    const last = records.find((r) => r.kind === 'promotion'
      && pending.some((h) => sameVersion(h.version, r.version)));
    if (last) {
      const c = (await git.log(last.sha, { max: 1 }))[0];
      found = { commit: last.sha, parent: c?.parents[0], source: 'trailers' };
    } else {
      for (const h of pending) {
        found = await changeFromFileHistory(git, tip, h.t, h.version);
        if (found) break;
      }
    }
  }

  // What each target goes back to.
  const restore = new Map<Target, { version: string; text?: string }>();
  if (req.toCommit !== undefined) {
    for (const h of here) {
      const at = await versionAt(git, req.toCommit, h.t);
      if (!at.version) {
        throw new UserError(`${h.t.file} holds no version at ${req.toCommit.slice(0, 12)}; `
          + `expected a commit where ${app} ran in ${env.name}`);
      }
      restore.set(h.t, { version: at.version });
    }
  } else if (req.toVersion !== undefined) {
    if (!req.force) {
      const ran = new Set<string>();
      const records = promotionRecords(await git.log(tip, { grep: PROMOTION_GREP, max: 1000 }))
        .filter((r) => r.app === app && sameEnv(r.env, env.name));
      for (const r of records) {
        ran.add(r.version);
        for (const p of (r.previous ?? '').split(', ')) if (p && p !== NO_VERSION) ran.add(p);
      }
      for (const h of here) {
        for (const c of await git.log(tip, { paths: [h.t.file], max: 200 })) {
          const v = (await versionAt(git, c.sha, h.t)).version;
          if (v) ran.add(v);
        }
      }
      if (![...ran].some((v) => sameVersion(v, req.toVersion))) {
        throw new UserError(`${env.name} never ran ${app} ${req.toVersion} `
          + `(found in its history: ${[...ran].slice(0, 10).join(', ') || 'nothing'}); `
          + 'expected one of those, or force with a reason');
      }
    }
    for (const h of here) restore.set(h.t, { version: req.toVersion });
  } else {
    if (!found?.parent) {
      throw new UserError(`found no earlier version of ${app} in ${env.name} to roll back to `
        + `(no promotion trailers, and the files' history has no earlier value; a shallow clone needs fetch-depth: 0); `
        + 'expected a version or commit to restore (input to or to-commit; --to or --to-commit)');
    }
    for (const h of here) {
      const before = await versionAt(git, found.parent, h.t);
      if (!before.version) {
        throw new UserError(
          `${h.t.file} held no version before ${found.commit.slice(0, 12)}; `
          + 'expected a version to restore (input to, or --to)',
          h.t.file, h.line,
        );
      }
      // Unchanged since the bad promotion: restore the earlier bytes exactly.
      const after = await versionAt(git, found.commit, h.t);
      restore.set(h.t, { version: before.version, text: after.text === h.text ? before.text : undefined });
    }
  }

  const violations: (Violation & { app: string })[] = [];
  for (const v of new Set([...restore.values()].map((r) => r.version))) {
    const problem = checkTag(v, config.policy.tagPattern);
    if (problem) violations.push({ ...problem, app, message: `cannot roll back to ${v}: ${problem.message}` });
  }
  const files = new Map<string, string>();
  const changes: TargetChange[] = [];
  if (!violations.length) {
    for (const h of here) {
      const r = restore.get(h.t) as { version: string; text?: string };
      const text = files.get(h.t.file) ?? h.text;
      const next = r.text ?? setTargetVersion(text, h.t, h.imageName, r.version).text;
      if (next !== h.text) files.set(h.t.file, next);
      changes.push({ target: h.t, line: h.line, old: h.version, new: r.version });
    }
  }
  const good = [...new Set([...restore.values()].map((r) => r.version))];
  const bad = current.join(', ');
  // Regions may go back to different versions: say which, never just "mixed".
  const goodLabel = good.join(', ');
  const rollbackOf = found?.commit;
  const message = rollbackMessage({
    app, env: env.name, bad, good: goodLabel, rollbackOf, reason: req.reason,
    force: req.toVersion !== undefined ? req.force : undefined, by: req.actor, runUrl: req.runUrl,
    targets: changes.map((c) => ({ file: c.target.file, region: c.target.region, old: c.old, new: c.new })),
  });
  const facts: PromotionFacts = {
    app, env: env.name, version: goodLabel, previous: current, by: req.actor, runUrl: req.runUrl,
    targets: changes.map((c) => ({ file: c.target.file, region: c.target.region, old: c.old, new: c.new })),
  };
  const promotion: AppPromotion = {
    app, env: env.name, version: goodLabel, previous: current, changes, files, message, facts,
    prBody: `Rolls **${app}** in **${env.name}** back from \`${bad}\` to \`${goodLabel}\``
      + `${rollbackOf ? ` (undoing ${rollbackOf.slice(0, 12)})` : ''}.`
      + `${req.reason ? `\n\n> ${req.reason.replace(/\n/g, ' ')}` : ''}`
      + `${req.runUrl ? `\n\n[Workflow run](${req.runUrl})` : ''}`,
  };
  return { promotions: violations.length ? [] : [promotion], violations, layout, rollbackOf };
}
