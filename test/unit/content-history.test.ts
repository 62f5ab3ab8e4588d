// Content history: what each file held on the base branch, version by version, read from first-parent changes (blob
// ids), never from commit messages. firstHeld answers "ran ever", heldSince "runs, and since when" (soak).
import { describe, expect, it } from '@jest/globals';
import { ContentHistory, firstHeld, heldSince, type ImagesOf } from '../../src/core/parity/content-history.js';
import type { HistoryCommit } from '../../src/core/ports.js';
import { MemoryGit } from '../support/memory-repo.js';

const F = 'apps/web/overlays/staging/kustomization.yaml';

/** A file's images as one image per line: blob ids here are the texts themselves. */
const imagesOf: ImagesOf = async (_path, blob) => new Set(blob.split('\n').filter(Boolean));

/** History newest first, as git log gives it; `null` deletes the file. */
function history(...versions: (string | null)[]): ContentHistory {
  const commits: HistoryCommit[] = versions.map((text, i) => ({
    sha: `c${i}`,
    committerDate: new Date(Date.UTC(2026, 10, 1 + i)).toISOString(),
    changes: [{ path: F, blob: text ?? undefined }],
  }));
  return new ContentHistory(commits.reverse());
}

describe('ContentHistory', () => {
  it('lists a file\'s versions oldest first, deletions included, other files apart', () => {
    const h = new ContentHistory([
      { sha: 'c3', committerDate: '2026-11-03T00:00:00Z', changes: [{ path: F, blob: 'b3' }] },
      { sha: 'c2', committerDate: '2026-11-02T00:00:00Z', changes: [{ path: F }, { path: 'other', blob: 'o' }] },
      { sha: 'c1', committerDate: '2026-11-01T00:00:00Z', changes: [{ path: F, blob: 'b1' }] },
    ]);
    expect(h.of(F)).toEqual([
      { blob: 'b1', sha: 'c1', date: '2026-11-01T00:00:00Z' },
      { blob: undefined, sha: 'c2', date: '2026-11-02T00:00:00Z' },
      { blob: 'b3', sha: 'c3', date: '2026-11-03T00:00:00Z' },
    ]);
    expect(h.of('other').map((v) => v.sha)).toEqual(['c2']);
    expect(h.of('never')).toEqual([]);
  });
});

describe('firstHeld ("ran ever")', () => {
  it('the first version that held the image', async () => {
    const h = history('web:v1', 'web:v2', 'web:v1\nredis:7', 'web:v3');
    expect((await firstHeld(h, F, 'web:v2', imagesOf))?.sha).toBe('c1');
    expect((await firstHeld(h, F, 'web:v1', imagesOf))?.sha).toBe('c0');
    expect((await firstHeld(h, F, 'redis:7', imagesOf))?.sha).toBe('c2');
  });

  it('undefined when no version held it; deleted versions hold nothing', async () => {
    const h = history('web:v1', null, 'web:v2');
    expect(await firstHeld(h, F, 'web:v9', imagesOf)).toBeUndefined();
    expect(await firstHeld(h, 'other', 'web:v1', imagesOf)).toBeUndefined();
  });

  it('a version whose images cannot be read holds nothing', async () => {
    const unreadable: ImagesOf = async (p, blob) => (blob.includes('broken') ? undefined : imagesOf(p, blob));
    const h = history('web:v2\nbroken', 'web:v1', 'web:v2');
    expect((await firstHeld(h, F, 'web:v2', unreadable))?.sha).toBe('c2');
  });
});

describe('heldSince ("runs, and since when")', () => {
  it('the first commit of the current unbroken stretch', async () => {
    const h = history('web:v1', 'web:v2', 'web:v2\nredis:7', 'web:v2\nredis:8');
    expect((await heldSince(h, F, 'web:v2', imagesOf))?.sha).toBe('c1');
    expect((await heldSince(h, F, 'redis:8', imagesOf))?.sha).toBe('c3');
  });

  it('a break in the stretch restarts it: an earlier stretch does not count', async () => {
    const h = history('web:v2', 'web:v1', 'web:v2', 'web:v2');
    expect((await heldSince(h, F, 'web:v2', imagesOf))?.sha).toBe('c2');
  });

  it('a deletion breaks the stretch; a file deleted now holds nothing', async () => {
    expect((await heldSince(history('web:v2', null, 'web:v2'), F, 'web:v2', imagesOf))?.sha).toBe('c2');
    expect(await heldSince(history('web:v2', null), F, 'web:v2', imagesOf)).toBeUndefined();
  });

  it('undefined when the file does not hold the image now, though it did before', async () => {
    expect(await heldSince(history('web:v2', 'web:v1'), F, 'web:v2', imagesOf)).toBeUndefined();
  });

  it('an unreadable version breaks the stretch', async () => {
    const unreadable: ImagesOf = async (p, blob) => (blob.includes('broken') ? undefined : imagesOf(p, blob));
    const h = history('web:v2', 'web:v2\nbroken', 'web:v2');
    expect((await heldSince(h, F, 'web:v2', unreadable))?.sha).toBe('c2');
  });

  it('the stretch starts at its commit\'s committer date', async () => {
    const since = await heldSince(history('web:v1', 'web:v2', 'web:v2\nx'), F, 'web:v2', imagesOf);
    expect(since?.date).toBe('2026-11-02T00:00:00.000Z');
  });
});

/** MemoryGit that records what history was asked for. */
class AskedGit extends MemoryGit {
  asked: (readonly string[] | undefined)[] = [];

  override async firstParentChanges(ref: string, paths?: readonly string[]): Promise<HistoryCommit[]> {
    this.asked.push(paths);
    return super.firstParentChanges(ref, paths);
  }
}

describe('ContentHistory.load', () => {
  const repo = (): AskedGit => {
    const git = new AskedGit({ [F]: 'web:v1\n', 'b.yaml': 'x\n', 'c.yaml': 'y\n' });
    git.advanceRemote({ [F]: 'web:v2\n', 'b.yaml': 'x2\n' }, 'Promoted-Version: v9 (a trailer, not evidence)');
    git.advanceRemote({ 'c.yaml': 'y2\n' });
    return git;
  };

  it('asks for the wanted paths only, sorted and once each, and keeps only their changes', async () => {
    const git = repo();
    const h = await ContentHistory.load(git, 'main', [F, 'b.yaml', F]);
    expect(git.asked).toEqual([['apps/web/overlays/staging/kustomization.yaml', 'b.yaml'].sort()]);
    const texts = await Promise.all(h.of(F).map((v) => git.readBlob(v.blob as string)));
    expect(texts).toEqual(['web:v1\n', 'web:v2\n']);
    expect(h.of('c.yaml')).toEqual([]);
  });

  it('asks nothing for no paths', async () => {
    const git = repo();
    expect((await ContentHistory.load(git, 'main', [])).of(F)).toEqual([]);
    expect(git.asked).toEqual([]);
  });

  it('keeps only the wanted paths when the port returns more (its cheapest route may read every change)', async () => {
    const git = repo();
    git.firstParentChanges = (ref: string) => MemoryGit.prototype.firstParentChanges.call(git, ref);
    const h = await ContentHistory.load(git, 'main', [F]);
    expect(h.of(F)).toHaveLength(2);
    expect(h.of('b.yaml')).toEqual([]);
    expect(h.of('c.yaml')).toEqual([]);
  });
});
