// The verdict on one image that a change makes new in a target: a rollback (this environment ran it before), or
// the policy against the previous environment (current, ever, soak), all from content, never from trailers.
import type { Policy } from '../config/config.js';
import { formatDuration, policyDuration } from '../durations.js';
import type { Target } from '../layout.js';
import { firstHeld, heldSince, type ContentHistory, type ImagesOf } from './content-history.js';
import type { DeployView } from './deploy-view.js';

export type Rule = 'parity' | 'soak' | 'same-change';
export interface Judgement { verdict: 'ok' | 'rollback' | 'violation'; rule?: Rule; reason: string }

export interface JudgeContext {
  policy: Policy;
  now: Date;
  render: boolean;
  /** The base branch as the rules see it: what the previous environment runs now. */
  rule: DeployView;
  after: DeployView;
  history: ContentHistory;
  imagesOf: ImagesOf;
}

const short = (sha: string): string => sha.slice(0, 12);

/** Whether every target of the previous environment deploys `image` in this view (static, else rendered). */
async function runsIn(
  ctx: JudgeContext, view: DeployView, targets: readonly Target[], image: string,
): Promise<boolean> {
  if (!targets.length) return false;
  for (const p of targets) {
    const s = await view.staticImages(p);
    if (!('error' in s) && s.images.includes(image)) continue;
    if (!ctx.render || p.image === undefined) return false;
    const r = await view.rendered(p);
    if ('error' in r || !r.images.includes(image)) return false;
  }
  return true;
}

export async function ranBefore(ctx: JudgeContext, own: readonly Target[], image: string): Promise<string | undefined> {
  for (const t of own) {
    const v = await firstHeld(ctx.history, t.file, image, ctx.imagesOf);
    if (v) return `${t.env} ran ${image} before (${t.file} from ${short(v.sha)}, ${v.date})`;
  }
  return undefined;
}

const ok = (reason: string): Judgement => ({ verdict: 'ok', reason });

export async function judgeAgainstPrevious(
  ctx: JudgeContext, prevName: string, prev: readonly Target[], image: string,
): Promise<Judgement> {
  const fail = (rule: Rule, reason: string): Judgement => ({ verdict: 'violation', rule, reason });
  const runsNow = await runsIn(ctx, ctx.rule, prev, image);
  if (!runsNow && (await runsIn(ctx, ctx.after, prev, image))) {
    if (!ctx.policy.allowSameChange) {
      return fail('same-change', `this change moves ${prevName} to ${image} too: ${prevName} changing in the same `
        + `change is a skip of ${prevName} in disguise; expected ${prevName} first, in its own change `
        + '(or policy.allowSameChange)');
    }
    return ok(`${prevName} moves to ${image} in the same change (policy.allowSameChange)`);
  }
  const parity = ctx.policy.parity;
  if (parity === 'current') {
    if (runsNow) return ok(`${prevName} runs ${image}`);
    return fail('parity', `${image} is not running in ${prevName}; expected ${prevName} to run it first`);
  }
  if (parity === 'ever') {
    if (runsNow) return ok(`${prevName} runs ${image}`);
    for (const p of prev) {
      const v = await firstHeld(ctx.history, p.file, image, ctx.imagesOf);
      if (v) return ok(`${prevName} ran ${image} (${p.file} from ${short(v.sha)})`);
    }
    return fail('parity', `${image} never ran in ${prevName} (by the content of its files on the base branch); `
      + 'expected it there first');
  }
  return soak(ctx, { prevName, prev, image, runsNow, need: parity.slice('soak:'.length) });
}

// One object, not five positional arguments: three of them are strings, and a swapped pair would still compile.
interface SoakAsk { prevName: string; prev: readonly Target[]; image: string; runsNow: boolean; need: string }

async function soak(ctx: JudgeContext, { prevName, prev, image, runsNow, need }: SoakAsk): Promise<Judgement> {
  const fail = (reason: string): Judgement => ({ verdict: 'violation', rule: 'soak', reason });
  if (!runsNow) return fail(`${image} is not running in ${prevName}; expected it to soak there for ${need} first`);
  let since: string | undefined;
  for (const p of prev) {
    const v = await heldSince(ctx.history, p.file, image, ctx.imagesOf);
    if (!v) {
      return fail(`${prevName} runs ${image}, but the history of ${p.file} on the base branch does not show `
        + `since when (unproven); expected ${need} of it there`);
    }
    if (!since || Date.parse(v.date) > Date.parse(since)) since = v.date;
  }
  const soaked = ctx.now.getTime() - Date.parse(since as string);
  if (soaked < policyDuration(need)) {
    const ran = formatDuration(Math.max(0, soaked));
    return fail(`${image} has run in ${prevName} for ${ran} (since ${since}); policy needs ${need}`);
  }
  return ok(`${image} has run in ${prevName} for ${formatDuration(soaked)}`);
}
