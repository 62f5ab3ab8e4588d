// What the drift report asks of one branch: the images a target deploys now (static model), whether the previous
// environment ever held an image, and since when it has held a version, from the content history of its files.
import { targetsOf, type Layout, type Target } from '../layout.js';
import type { GitPort } from '../ports.js';
import type { RepoSnapshot } from '../repo-snapshot.js';
import { readTargetVersion } from '../target-version.js';
import { firstHeld, heldSince, type FileHistory, type ImagesOf } from './content-history.js';
import { DeployView } from './deploy-view.js';
import { staticImagesOf } from './history-images.js';

export interface DriftFacts {
  target(file: string): Target | undefined;
  targets(app: string, env: string): Target[];
  imagesNow(t: Target): Promise<string[]>;
  prevRan(prev: readonly Target[], image: string, history: FileHistory): Promise<boolean>;
  /** The latest start among the previous env's targets of their current stretch holding `version`. */
  versionSince(prev: readonly Target[], version: string, history: FileHistory): Promise<string | undefined>;
}

export function driftFacts(git: GitPort, snap: RepoSnapshot, layout: Layout): DriftFacts {
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
    prevRan: async (prev, image, history) => {
      // What runs now first: only when no target of the previous env runs it is its past asked.
      for (const p of prev) {
        const s = await view.staticImages(p);
        if (!('error' in s) && s.images.includes(image)) return true;
      }
      for (const p of prev) if (await firstHeld(history, p.file, image, images)) return true;
      return false;
    },
    versionSince: async (prev, version, history) => {
      // Every target is asked (no early return), so a first pass through a HistoryProbe learns every path needed.
      const starts = await Promise.all(prev.map((p) => heldSince(history, p.file, version, versions)));
      if (!starts.length || starts.some((v) => !v)) return undefined;
      return starts.map((v) => v?.date as string).reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
    },
  };
}
