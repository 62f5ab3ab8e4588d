// Rules about environments as a whole: all regions of an environment agree after the change (unless staggered),
// and an environment that disappears in the same change that moves a later one is a skip of it in disguise.
import { KUSTOMIZATION_FILES } from '../deploy/closure.js';
import type { Tree } from '../deploy/tree.js';
import { targetsOf, type Target } from '../layout.js';
import { targetDir } from './deploy-view.js';
import { readTargetVersion } from '../target-version.js';
import type { ParityRow } from './parity-report.js';
import type { Scene } from './parity-scene.js';

export async function markRegionDisagreements(scene: Scene, rows: ParityRow[]): Promise<void> {
  const keys = new Set(rows.filter((r) => r.verdict !== 'violation').map((r) => `${r.app}\0${r.env}`));
  for (const key of keys) {
    const [app, envName] = key.split('\0') as [string, string];
    const env = scene.layout.envs.find((e) => e.name === envName);
    if (!env || env.staggered) continue;
    const ts = targetsOf(scene.afterLayout, app, envName);
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
    for (const row of rows.filter((r) => r.app === app && r.env === envName && r.verdict !== 'violation')) {
      const reason = `the regions of ${envName} would run different versions (${vs.join(', ')}); `
        + 'expected them to agree (or environments: staggered: true)';
      Object.assign(row, { verdict: 'violation', rule: 'regions-disagree', reason });
    }
  }
}

/** Marks rows of later environments env-removed; returns notices for removals that move nothing later. */
export function envRemovals(scene: Scene, rows: ParityRow[]): string[] {
  const notices: string[] = [];
  const envs = scene.layout.envs.map((e) => e.name);
  const tree = scene.assess.after.tree;
  // Files the change does not touch are the base's in the merged state, so an app keeps an environment unless the
  // change touches one of its target files there: only those pairs are looked at (not apps × environments).
  const pairs = new Set(scene.layout.targets.filter((t) => scene.assess.touched.has(t.file)).map((t) => `${t.app}\0${t.env}`));
  for (const app of scene.layout.apps) {
    for (const [i, env] of envs.entries()) {
      if (!pairs.has(`${app}\0${env}`)) continue;
      if (targetsOf(scene.afterLayout, app, env).length > 0 || stillBuilds(tree, targetsOf(scene.layout, app, env))) continue;
      const later = rows.filter((r) => r.app === app && envs.indexOf(r.env) > i && addsImage(r));
      for (const r of later) {
        const reason = `this change removes ${env} for ${app} and changes what ${r.env} deploys: removing an `
          + 'environment in the change that moves a later one skips it; expected the removal in a change of its own';
        Object.assign(r, { verdict: 'violation', rule: 'env-removed', reason });
      }
      if (!later.length) notices.push(`this change removes ${env} for ${app}; nothing later changes with it`);
    }
  }
  return notices;
}

// A later row moves its environment only when it deploys an image it did not deploy before.
const addsImage = (r: ParityRow): boolean => (r.newImages ?? []).some((x) => !(r.oldImages ?? []).includes(x));

/** A directory replaced by a symlink, or a kustomization renamed, still deploys: not a removal. */
function stillBuilds(tree: Tree, had: readonly Target[]): boolean {
  return had.map(targetDir).some((d) => tree.isLink(d) || KUSTOMIZATION_FILES.some((f) => tree.exists(`${d}/${f}`)));
}
