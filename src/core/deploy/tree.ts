// A snapshot seen as a directory tree, the way a renderer on a checkout would see it: directories exist when a file
// lies below them, and symlinks (git mode 120000) are followed. A symlink that leaves the repository is reported,
// never followed: a renderer would read whatever that path holds on the machine.
import { posix } from 'node:path';
import type { RepoSnapshot } from '../repo-snapshot.js';

export const SYMLINK = '120000';

export interface Resolved {
  /** The path with every symlink along it followed; undefined when a link leaves the repository. */
  path?: string;
  /** The symlinks that were followed, in order. */
  links: string[];
  outside?: string;
}

export class Tree {
  private readonly sorted: string[];
  private readonly set: Set<string>;
  private readonly linkTargets = new Map<string, Promise<string>>();

  constructor(readonly snap: RepoSnapshot) {
    this.sorted = [...snap.files].sort();
    this.set = new Set(this.sorted);
  }

  private links: boolean | undefined;

  /** Whether any symlink is in the tree (once per tree: 120,000 files are not looked at twice). */
  hasLinks(): boolean {
    this.links ??= this.sorted.some((f) => this.isLink(f));
    return this.links;
  }

  exists(p: string): boolean {
    return this.set.has(p);
  }

  isFile(p: string): boolean {
    return this.set.has(p) && !this.isLink(p);
  }

  isLink(p: string): boolean {
    return this.set.has(p) && this.snap.mode?.(p) === SYMLINK;
  }

  /** Every file (and symlink) below dir, found by binary search in the sorted list. */
  filesUnder(dir: string): string[] {
    if (dir === '' || dir === '.') return this.sorted;
    const prefix = `${dir}/`;
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.sorted[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < this.sorted.length; i++) {
      const f = this.sorted[i] as string;
      if (!f.startsWith(prefix)) break;
      out.push(f);
    }
    return out;
  }

  isDir(p: string): boolean {
    return p === '' || this.filesUnder(p).length > 0;
  }

  private linkTarget(p: string): Promise<string> {
    let t = this.linkTargets.get(p);
    if (!t) {
      t = this.snap.read(p);
      this.linkTargets.set(p, t);
    }
    return t;
  }

  /** Follows symlinks component by component (at most 40, as Linux does). */
  async resolve(path: string): Promise<Resolved> {
    const links: string[] = [];
    let parts = normal(path).split('/').filter(Boolean);
    for (let hops = 0; hops <= 40; hops++) {
      const at = parts.findIndex((_, i) => this.isLink(parts.slice(0, i + 1).join('/')));
      if (at < 0) return { path: parts.join('/'), links };
      const link = parts.slice(0, at + 1).join('/');
      links.push(link);
      const target = (await this.linkTarget(link)).trim();
      // An absolute target names a path on the renderer's machine, never one in the repository.
      const joined = target.startsWith('/') ? undefined
        : normal(posix.join(posix.dirname(link), target, ...parts.slice(at + 1)));
      if (joined === undefined || joined.startsWith('..')) return { links, outside: `${link} -> ${target}` };
      parts = joined.split('/').filter((x) => x && x !== '.');
    }
    return { links, outside: `${path}: too many levels of symbolic links` };
  }
}

/** A repository-relative path with . and .. folded ("" for the root; starts with .. when it leaves the root). */
export function normal(p: string): string {
  const n = posix.normalize(p.replace(/\\/g, '/'));
  return n === '.' ? '' : n.replace(/\/$/, '');
}
