// The required check on config-repo PRs, judged on what the cluster will run: for every target the change can
// affect (its load closure touches a changed file), the images it deploys after the merge that it did not deploy
// before must have run in the previous environment first (policy parity: current | ever | soak:<d>), unless this
// environment ran them before (a rollback). Rules, layout and history come from the base branch, never the change.
import type { RenderChoice } from '../config/config.js';
import type { GitPort, RenderPort } from '../ports.js';
import { checkTag } from '../policy/tag-policy.js';
import { targetsOf, type Target } from '../layout.js';
import { readTargetVersion } from '../target-version.js';
import { assessTarget, type Assessed } from './assess-target.js';
import { ContentHistory } from './content-history.js';
import { envRemovals, markRegionDisagreements } from './env-rules.js';
import { judgeAgainstPrevious, ranBefore, type JudgeContext } from './judge-image.js';
import { loadParityScene, type Scene } from './parity-scene.js';
import { historyImages } from './history-images.js';
import type { ParityReport, ParityRow } from './parity-report.js';

export type { ParityReport, ParityRow } from './parity-report.js';

export interface ParityOptions {
  now: Date;
  configPath?: string;
  singleAppName: string;
  /** The input or flag; undefined: the base branch's policy.render (default auto). */
  render?: RenderChoice;
  /** Finds the renderer for a choice (an adapter); undefined when none is on PATH. */
  findRenderer?: (choice: Exclude<RenderChoice, 'none'>) => Promise<RenderPort | undefined>;
  /** The target branch's tip when it differs from base (merge queue): what "ran" and "runs" are read from. */
  historyRef?: string;
}

export async function checkParity(git: GitPort, base: string, head: string, opts: ParityOptions): Promise<ParityReport> {
  const scene = await loadParityScene(git, base, head, opts);
  if ('report' in scene) return scene.report;
  const changes: Assessed[] = [];
  for (const t of scene.targets) {
    const a = await assessTarget(scene.assess, t);
    if (a && (a.blocker || a.added.length)) changes.push(a);
  }
  // History of the environments the changes move and of their previous environments: nothing else is asked.
  const envs = scene.layout.envs.map((e) => e.name);
  // The previous environment's past matters only to policies that look back (ever, soak); `current` reads it now.
  const back = scene.config.policy.parity !== 'current';
  const asked = new Set(changes.flatMap((c) => {
    const prev = envs[envs.indexOf(c.t.env) - 1];
    return [`${c.t.app}\0${c.t.env}`, ...(back && prev ? [`${c.t.app}\0${prev}`] : [])];
  }));
  const paths = [...asked].flatMap((k) => targetsOf(scene.layout, ...(k.split('\0') as [string, string])).map((t) => t.file));
  const needed = changes.some((c) => c.added.length);
  const history = needed ? await ContentHistory.load(git, scene.historyRef, paths) : new ContentHistory([]);
  const ctx: JudgeContext = {
    policy: scene.config.policy, now: opts.now, render: scene.assess.render, rule: scene.rule, after: scene.assess.after,
    history, imagesOf: historyImages(git, scene),
  };
  const rows: ParityRow[] = [];
  for (const c of changes) rows.push(await rowFor(scene, ctx, c));
  await markRegionDisagreements(scene, rows);
  const notices = [...scene.notices, ...envRemovals(scene, rows)];
  const violations = rows.filter((r) => r.verdict === 'violation');
  const mode = scene.assess.render ? 'render' : 'static';
  return { base, head, mode, renderer: scene.rendererVersion, notices, rows, violations, ok: violations.length === 0 };
}

async function rowFor(scene: Scene, ctx: JudgeContext, c: Assessed): Promise<ParityRow> {
  const { t } = c;
  const row: ParityRow = {
    app: t.app, env: t.env, region: t.region, file: t.file, line: c.line, oldImages: c.before, newImages: c.after,
    verdict: 'ok', reason: '',
  };
  const b = c.blocker;
  if (b) return { ...row, file: b.at.file, line: b.at.line, verdict: 'violation', rule: b.rule, reason: b.at.message };
  row.line = (await versionLine(scene, t)) ?? row.line;
  const tag = await tagProblem(scene, t);
  if (tag) return { ...row, verdict: 'violation', rule: tag.rule as ParityRow['rule'], reason: tag.message };
  const env = scene.layout.envs.findIndex((e) => e.name === t.env);
  const prev = env > 0 ? scene.layout.envs[env - 1] : undefined;
  // The target itself first: "ran before" then names its own file when it can.
  const own = targetsOf(scene.layout, t.app, t.env).sort((a) => (a.file === t.file ? -1 : 1));
  const prevTargets = prev ? targetsOf(scene.layout, t.app, prev.name) : [];
  if (prev) {
    row.previousEnv = prev.name;
    row.previousImages = await imagesNow(scene, prevTargets);
  }
  const reasons: string[] = [];
  for (const image of c.added) {
    const back = await ranBefore(ctx, own, image);
    if (back) {
      if (row.verdict === 'ok') row.verdict = 'rollback';
      reasons.push(back);
      continue;
    }
    if (!prev) {
      reasons.push(`${t.env} is the first environment`);
      continue;
    }
    const j = await judgeAgainstPrevious(ctx, prev.name, prevTargets, image);
    if (j.verdict === 'violation') return { ...row, verdict: 'violation', rule: j.rule, reason: j.reason };
    reasons.push(j.reason);
  }
  row.reason = [...new Set(reasons)].join('; ');
  return row;
}

async function imagesNow(scene: Scene, targets: readonly Target[]): Promise<string[]> {
  const out = new Set<string>();
  for (const p of targets) {
    const s = await scene.rule.staticImages(p);
    if (!('error' in s)) for (const i of s.images) out.add(i);
  }
  return [...out].sort();
}

/** The tag policy on the target's own version, when the change moves it. */
async function tagProblem(scene: Scene, t: Assessed['t']): Promise<{ rule: string; message: string } | undefined> {
  const read = async (v: typeof scene.rule): Promise<string | undefined> => {
    if (!v.tree.isFile(t.file)) return undefined;
    try {
      return readTargetVersion(await v.snap.read(t.file), t).version;
    } catch {
      return undefined;
    }
  };
  const [before, after] = await Promise.all([read(scene.assess.base), read(scene.assess.after)]);
  if (!after || after === before) return undefined;
  return checkTag(after, scene.config.policy.tagPattern);
}

/** The line of the target's own version after the change: where an annotation helps a reviewer most. */
async function versionLine(scene: Scene, t: Assessed['t']): Promise<number | undefined> {
  const after = scene.assess.after;
  if (!after.tree.isFile(t.file)) return undefined;
  try {
    return readTargetVersion(await after.snap.read(t.file), t).line;
  } catch {
    return undefined;
  }
}
