// One target's part in a change: is it affected (its load closure touches a changed file), which images it
// deploys before and after, and whatever makes its "after" unknowable (a render error, a change the static model
// cannot explain, a remote resource). Unknowable is a violation: an overlay nobody can check is never waved through.
import { foldKey, goPlain } from '../deploy/go-yaml.js';
import type { Finding } from '../deploy/closure.js';
import type { Target } from '../layout.js';
import type { DeployView, Images } from './deploy-view.js';
import { globMatcher } from './globs.js';

export type Blocker = { rule: 'invalid-file' | 'render-error' | 'unverified-change'; at: Finding };

export interface Assessed {
  t: Target;
  before: string[];
  after: string[];
  added: string[];
  line: number;
  blocker?: Blocker;
}

export interface AssessContext {
  base: DeployView;
  after: DeployView;
  touched: ReadonlySet<string>;
  render: boolean;
  ignore: readonly string[];
}

export async function assessTarget(ctx: AssessContext, t: Target): Promise<Assessed | undefined> {
  const reach = new Set([...(await ctx.base.reach(t)), ...(await ctx.after.reach(t))]);
  const hit = [...reach].filter((f) => ctx.touched.has(f)).sort();
  if (!hit.length && !ctx.touched.has(t.file)) return undefined;
  // A target gone after the change deploys nothing new (its removal is judged by the environment rules).
  if (t.image !== undefined ? !(await ctx.after.closure(t)) : !ctx.after.tree.exists(t.file)) return undefined;
  const useRender = ctx.render && t.image !== undefined;
  const blocker = await (useRender ? renderBlocker(ctx, t, hit) : staticBlocker(ctx, t, hit));
  if (blocker) return blockedBy(t, blocker);
  const imagesIn = (v: DeployView): Promise<Images> => (useRender ? v.rendered(t) : v.staticImages(t));
  const [b, a] = await Promise.all([imagesIn(ctx.base), imagesIn(ctx.after)]);
  if ('error' in a) return blockedBy(t, { rule: a.error.invalid ? 'invalid-file' : 'render-error', at: a.error });
  // A base that cannot be read has no images we can vouch for: everything after counts as new.
  const before = 'error' in b ? [] : b.images;
  const added = a.images.filter((i) => !before.includes(i));
  return { t, before, after: a.images, added, line: lineOf(a) };
}

const lineOf = (i: Images): number => ('error' in i ? i.error.line : i.line);

// A blocked target shows no images: nothing about its "after" can be vouched for.
const blockedBy = (t: Target, blocker: Blocker): Assessed =>
  ({ t, before: [], after: [], added: [], line: blocker.at.line, blocker });

async function renderBlocker(ctx: AssessContext, t: Target, hit: string[]): Promise<Blocker | undefined> {
  const c = await ctx.after.closure(t);
  if (!c) return undefined; // the overlay is gone: nothing deploys from it after the change
  const invalid = c.problems.find((p) => p.invalid);
  if (invalid) return { rule: 'invalid-file', at: invalid };
  const outside = c.problems.find((p) => p.outside);
  if (outside) {
    const why = `${outside.message}: a renderer would read whatever that path holds on the machine`;
    return { rule: 'unverified-change', at: { ...outside, message: why } };
  }
  const remote = [...c.remote, ...c.helm][0];
  if (remote && hit.length) {
    const why = `${remote.message}: the renderer cannot reach it, so what this overlay deploys cannot be verified`;
    return { rule: 'unverified-change', at: { ...remote, message: why } };
  }
  return undefined;
}

async function staticBlocker(ctx: AssessContext, t: Target, hit: string[]): Promise<Blocker | undefined> {
  if (t.image !== undefined) {
    const c = await ctx.after.closure(t);
    const invalid = c?.problems.find((p) => p.invalid);
    if (invalid) return { rule: 'invalid-file', at: invalid };
    const own = await ctx.after.staticImages(t);
    if ('error' in own) return { rule: 'invalid-file', at: own.error };
  }
  const ignored = globMatcher(ctx.ignore);
  for (const f of hit) {
    if (ignored(f)) continue;
    if (f === t.file && (await onlyImagesChanged(ctx, t))) continue;
    const what = f === t.file ? 'changes more than its images: entries' : 'is read to build this overlay and changes';
    const message = `${f} ${what}; without a renderer (render: none, or no kustomize/kubectl) that cannot be verified: `
      + 'expected a change to images: only, a renderer, or policy.parityIgnore for files that never carry images';
    return { rule: 'unverified-change', at: { file: f, line: 1, message } };
  }
  const p: Finding | undefined = t.image !== undefined ? (await ctx.after.closure(t))?.problems[0] : undefined;
  if (p) {
    const why = `${p.message}; the overlay cannot be built as it stands`;
    return { rule: 'unverified-change', at: { ...p, message: why } };
  }
  return undefined;
}

/** The target's own file: the same but for images: (kustomize) or identity keys (values), as go-yaml reads it. */
async function onlyImagesChanged(ctx: AssessContext, t: Target): Promise<boolean> {
  if (!ctx.base.tree.isFile(t.file) || !ctx.after.tree.isFile(t.file)) return false;
  if (t.image === undefined) return true; // a values file or Application: its identity keys are the model
  const [b, a] = await Promise.all([ctx.base.snap.read(t.file), ctx.after.snap.read(t.file)]);
  return withoutImages(b) === withoutImages(a) && withoutImages(a) !== undefined;
}

/** images: and the deprecated imageTags:, folded as encoding/json matches them (see go-yaml.ts). */
const IMAGE_KEYS = ['images', 'imagetags'];

function withoutImages(text: string): string | undefined {
  try {
    const v = goPlain(text);
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const m = v as Record<string, unknown>;
      for (const k of Object.keys(m)) if (IMAGE_KEYS.includes(foldKey(k))) delete m[k];
    }
    return JSON.stringify(v);
  } catch {
    return undefined;
  }
}
