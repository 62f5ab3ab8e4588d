// What one state of the repository deploys, target by target: the load closure of each overlay, its images by the
// static model, and (with a renderer) by rendering it. Everything is cached: one view is asked many times.
import { posix } from 'node:path';
import { UserError } from '../errors.js';
import type { Target } from '../layout.js';
import type { RenderPort, TreeFile } from '../ports.js';
import type { RepoSnapshot } from '../repo-snapshot.js';
import { loadClosure, type Closure, type Finding } from '../deploy/closure.js';
import { kustomizationImages, pathTargetImages, type StaticImages } from '../deploy/static-images.js';
import { SYMLINK, Tree } from '../deploy/tree.js';
import { imageSet, workloadImages } from '../deploy/workload-images.js';

export type Images = { images: string[]; line: number; missing?: boolean } | { error: Finding };

/** Static parses are shared between views by blob id: most files are the same at base and head. */
export type ParseCache = Map<string, StaticImages | UserError>;

export const targetDir = (t: Target): string => posix.dirname(t.file);

export class DeployView {
  readonly tree: Tree;
  private readonly closures = new Map<string, Promise<Closure>>();
  private readonly renders = new Map<string, Promise<Images>>();

  constructor(readonly snap: RepoSnapshot, private readonly parses: ParseCache, private readonly renderer?: RenderPort) {
    this.tree = new Tree(snap);
  }

  /** The overlay's closure, or undefined when its directory does not exist here. */
  async closure(t: Target): Promise<Closure | undefined> {
    const dir = targetDir(t);
    if (!this.tree.isDir(dir) && !this.tree.isLink(dir)) return undefined;
    let c = this.closures.get(dir);
    if (!c) this.closures.set(dir, (c = loadClosure(this.tree, dir)));
    return c;
  }

  /** The files a target's deployment depends on: its closure (kustomize) or its own file (values, Application). */
  async reach(t: Target): Promise<string[]> {
    if (t.image === undefined) return [t.file];
    const c = await this.closure(t);
    return c ? [...c.files] : [];
  }

  async staticImages(t: Target): Promise<Images> {
    if (!this.tree.isFile(t.file)) return { images: [], line: 1, missing: true };
    const key = `${this.snap.blobId?.(t.file) ?? `${this.snap.commit}:${t.file}`}\0${t.image === undefined ? `${t.path}\0${t.document}` : 'k'}`;
    let r = this.parses.get(key);
    if (!r) {
      const text = await this.snap.read(t.file);
      try {
        r = t.image === undefined ? pathTargetImages(text, t) : kustomizationImages(text, t.file);
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        r = e;
      }
      this.parses.set(key, r);
    }
    if (r instanceof UserError) return { error: { file: r.file ?? t.file, line: r.line ?? 1, message: r.message, invalid: true } };
    return r;
  }

  get rendererVersion(): string | undefined {
    return this.renderer?.version;
  }

  async rendered(t: Target): Promise<Images> {
    const dir = targetDir(t);
    let r = this.renders.get(dir);
    if (!r) this.renders.set(dir, (r = this.render(t)));
    return r;
  }

  private async render(t: Target): Promise<Images> {
    const renderer = this.renderer as RenderPort;
    const c = await this.closure(t);
    if (!c) return { images: [], line: 1, missing: true };
    const files: TreeFile[] = [];
    for (const path of [...c.files].sort()) {
      const mode = this.snap.mode?.(path) ?? '100644';
      const text = await this.snap.read(path).catch(() => undefined);
      if (text === undefined) continue; // not text: a renderer building YAML never needs it
      files.push(mode === SYMLINK ? { path, mode, target: text.trim() } : { path, mode, text });
    }
    const out = await renderer.render(files, targetDir(t));
    const at = { file: c.rootFile ?? t.file, line: 1 };
    if ('error' in out) return { error: { ...at, message: `${renderer.version}: ${out.error}` } };
    try {
      return { images: imageSet(workloadImages(out.manifests)), line: 1 };
    } catch (e) {
      return { error: { ...at, message: `${renderer.version} output could not be read: ${(e as Error).message}` } };
    }
  }
}
