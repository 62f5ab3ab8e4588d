// What the drift report asks of one branch: the images a target deploys now (static model), whether the previous
// environment ever held an image, and since when it has held a version, from the content history of its files.
import { targetsOf, type Layout, type Target } from '../layout.js';
import type { GitPort } from '../ports.js';
import type { RepoSnapshot } from '../repo-snapshot.js';
import { readTargetVersion } from '../target-version.js';
import { firstHeld, heldSince, type ContentHistory, type ImagesOf } from './content-history.js';
import { DeployView } from './deploy-view.js';
import { staticImagesOf } from './history-images.js';

export interface DriftFacts {
  target(file: string): Target | undefined;
  targets(app: string, env: string): Target[];
  imagesNow(t: Target): Promise<string[]>;
  prevRan(prev: readonly Target[], image: string): Promise<boolean>;
  /** The latest start among the previous env's targets of their current stretch holding `version`. */
  versionSince(prev: readonly Target[], version: string): Promise<string | undefined>;
}

export function driftFacts(git: GitPort, snap: RepoSnapshot, layout: Layout, history: ContentHistory): DriftFacts {
  const view = new DeployView(snap, new Map());
  const byFile = new Map(layout.targets.map((t) => [t.file, t]));
  const images: ImagesOf = staticImagesOf(git, layout.targets);
  const versions: ImagesOf = async (path, blob) => {
    const t = byFile.get(path);
    if (!t) return undefined;
    try {
      const v = readTargetVersion(await git.readBlob(blob), t).version;
      return new Set(v ? [v] : []);
    } catch {
      return undefined;
    }
  };
  return {
    target: (file) => byFile.get(file),
    targets: (app, env) => targetsOf(layout, app, env),
    imagesNow: async (t) => {
      const s = await view.staticImages(t);
      return 'error' in s ? [] : s.images;
    },
    prevRan: async (prev, image) => {
      for (const p of prev) {
        const s = await view.staticImages(p);
        if (!('error' in s) && s.images.includes(image)) return true;
        if (await firstHeld(history, p.file, image, images)) return true;
      }
      return false;
    },
    versionSince: async (prev, version) => {
      let since: string | undefined;
      for (const p of prev) {
        const v = await heldSince(history, p.file, version, versions);
        if (!v) return undefined;
        if (!since || Date.parse(v.date) > Date.parse(since)) since = v.date;
      }
      return since;
    },
  };
}
