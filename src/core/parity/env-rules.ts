// Rules about environments as a whole: all regions of an environment agree after the change (unless staggered),
// and an environment that disappears in the same change that moves a later one is a skip of it in disguise.
import { KUSTOMIZATION_FILES } from '../deploy/closure.js';
import { readTargetVersion } from '../target-version.js';
import type { Target } from '../layout.js';
import type { ParityRow } from './parity-report.js';
import type { Scene } from './parity-scene.js';

/** Selects the targets (or rows) of one app in one environment. */
const inEnv = (app: string, env: string) =>
  (x: { app: string; env: string }): boolean => x.app === app && x.env === env;

export async function markRegionDisagreements(scene: Scene, rows: ParityRow[]): Promise<void> {
  const keys = new Set(rows.filter((r) => r.verdict !== 'violation').map((r) => `${r.app}\0${r.env}`));
  for (const key of keys) {
    const [app, envName] = key.split('\0') as [string, string];
    const env = scene.layout.envs.find((e) => e.name === envName);
    if (!env || env.staggered) continue;
    const ts = scene.afterLayout.targets.filter(inEnv(app, envName));
    const after = scene.assess.after;
    const vs: string[] = [];
    for (const t of ts) {
      if (!after.tree.isFile(t.file)) continue;
      try {
        vs.push(`${t.region ?? t.file}: ${readTargetVersion(await after.snap.read(t.file), t).version ?? 'none'}`);
      } catch {
        vs.length = 0; // an unreadable file is its own violation; it says nothing about agreement
        break;
      }
    }
    if (new Set(vs.map((v) => v.slice(v.indexOf(': ') + 2))).size <= 1) continue;
    const reason = `the regions of ${envName} would run different versions (${vs.join(', ')}); `
      + 'expected them to agree (or environments: staggered: true)';
    for (const row of rows.filter((r) => inEnv(app, envName)(r) && r.verdict !== 'violation')) {
      Object.assign(row, { verdict: 'violation', rule: 'regions-disagree', reason });
    }
  }
}

/** Marks rows of later environments env-removed; returns notices for removals that move nothing later. */
export function envRemovals(scene: Scene, rows: ParityRow[]): string[] {
  const notices: string[] = [];
  const envs = scene.layout.envs.map((e) => e.name);
  // Indexed once: a repository has thousands of apps, and only the pairs missing after the change matter.
  const after = new Set(scene.afterLayout.targets.map((t) => `${t.app}\0${t.env}`));
  const before = new Map<string, Target[]>();
  for (const t of scene.layout.targets) before.set(`${t.app}\0${t.env}`, [...(before.get(`${t.app}\0${t.env}`) ?? []), t]);
  for (const [key, had] of before) {
    if (after.has(key) || stillDeploys(scene, had)) continue;
    const { app, env } = had[0] as Target;
    const i = envs.indexOf(env);
    const later = rows.filter((r) => r.app === app && envs.indexOf(r.env) > i && addsImage(r));
    for (const r of later) {
      const reason = `this change removes ${env} for ${app} and changes what ${r.env} deploys: removing an `
        + 'environment in the change that moves a later one skips it; expected the removal in a change of its own';
      Object.assign(r, { verdict: 'violation', rule: 'env-removed', reason });
    }
    if (!later.length) notices.push(`this change removes ${env} for ${app}; nothing later changes with it`);
  }
  return notices;
}

// A later row moves its environment only when it deploys an image it did not deploy before.
const addsImage = (r: ParityRow): boolean => (r.newImages ?? []).some((x) => !(r.oldImages ?? []).includes(x));

/** Whether the environment's overlay directories still deploy after the change, though the layout lost them. */
function stillDeploys(scene: Scene, had: readonly Target[]): boolean {
  const tree = scene.assess.after.tree;
  const dirs = had.map((t) => t.file.slice(0, t.file.lastIndexOf('/')));
  // A directory replaced by a symlink still deploys: not a removal (its images are judged like any change).
  return dirs.some((d) => tree.isLink(d) || KUSTOMIZATION_FILES.some((f) => tree.exists(`${d}/${f}`)));
}
