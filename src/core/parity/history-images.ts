// The static images a file held at one point of the base branch's history, by blob id, for content history.
import { UserError } from '../errors.js';
import { kustomizationImages, pathTargetImages } from '../deploy/static-images.js';
import type { Target } from '../layout.js';
import type { GitPort } from '../ports.js';
import type { ImagesOf } from './content-history.js';
import type { Scene } from './parity-scene.js';

export function historyImages(git: GitPort, scene: Scene): ImagesOf {
  return staticImagesOf(git, [...scene.layout.targets, ...scene.targets]);
}

/** Static images of a target's file at a blob, cached by blob and target kind. */
export function staticImagesOf(git: GitPort, targets: readonly Target[]): ImagesOf {
  const byFile = new Map<string, Target>();
  for (const t of targets) if (!byFile.has(t.file)) byFile.set(t.file, t);
  const cache = new Map<string, Promise<ReadonlySet<string> | undefined>>();
  return (path, blob) => {
    const t = byFile.get(path);
    if (!t) return Promise.resolve(undefined);
    const key = `${blob}\0${t.image === undefined ? `${t.path}\0${t.document}` : 'k'}`;
    let r = cache.get(key);
    if (!r) {
      r = (async () => {
        const text = await git.readBlob(blob);
        try {
          return new Set((t.image === undefined ? pathTargetImages(text, t) : kustomizationImages(text, path)).images);
        } catch (e) {
          if (e instanceof UserError) return undefined;
          throw e;
        }
      })();
      cache.set(key, r);
    }
    return r;
  };
}
