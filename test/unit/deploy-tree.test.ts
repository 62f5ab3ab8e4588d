// The repository as a directory tree with git symlinks (mode 120000), the way a renderer on a checkout sees it.
// Path resolution follows Linux: links are followed component by component, at most 40 of them, `..` after a link
// applies to where the link leads (the path is cleaned first, as Go's filepath.Join, which kustomize uses, does).
import { describe, expect, it } from '@jest/globals';
import { normal, SYMLINK } from '../../src/core/deploy/tree.js';
import { link, treeOf, treeSnapshot } from '../support/tree-snapshot.js';
import { Tree } from '../../src/core/deploy/tree.js';

describe('normal', () => {
  it('folds . and .., drops a trailing slash, gives "" for the root', () => {
    expect(normal('a/./b/../c/')).toBe('a/c');
    expect(normal('.')).toBe('');
    expect(normal('a/..')).toBe('');
    expect(normal('a\\b')).toBe('a/b');
  });

  it('keeps a leading .. so callers can see the path leaves the root', () => {
    expect(normal('a/../../x')).toBe('../x');
  });
});

describe('Tree: files, directories, links', () => {
  const tree = treeOf({
    'apps/web/base/kustomization.yaml': 'resources: []\n',
    'apps/web-2/x.yaml': 'x',
    'apps/web/prod': link('base'),
  });

  it('a directory exists when a file lies below it; a prefix of a name is not a directory', () => {
    expect(tree.isDir('apps/web')).toBe(true);
    expect(tree.isDir('')).toBe(true);
    expect(tree.isDir('apps/we')).toBe(false);
    expect(tree.filesUnder('apps/web')).toEqual(['apps/web/base/kustomization.yaml', 'apps/web/prod']);
  });

  it('tells files from symlinks by mode', () => {
    expect([tree.isFile('apps/web-2/x.yaml'), tree.isLink('apps/web-2/x.yaml')]).toEqual([true, false]);
    const p = 'apps/web/prod';
    expect([tree.isFile(p), tree.isLink(p), tree.exists(p)]).toEqual([false, true, true]);
    expect(tree.snap.mode?.('apps/web/prod')).toBe(SYMLINK);
  });

  it('without modes every entry is a file', () => {
    const plain = new Tree({ files: ['a/b'], read: async () => 'x' });
    expect([plain.isFile('a/b'), plain.isLink('a/b')]).toEqual([true, false]);
  });
});

describe('Tree.resolve', () => {
  it('returns the path itself when no component is a link', async () => {
    expect(await treeOf({ 'a/b/c': 'x' }).resolve('a/./b/c')).toEqual({ path: 'a/b/c', links: [] });
  });

  it('follows a link in the middle of a path, relative to the link\'s directory', async () => {
    const tree = treeOf({ 'apps/web/prod': link('../shared/prod\n'), 'apps/shared/prod/kustomization.yaml': 'k' });
    expect(await tree.resolve('apps/web/prod/kustomization.yaml')).toEqual({
      path: 'apps/shared/prod/kustomization.yaml',
      links: ['apps/web/prod'],
    });
  });

  it('follows chained links and applies .. after a link where the link leads', async () => {
    const tree = treeOf({ 'a/l1': link('../b/l2'), 'b/l2': link('c'), 'b/c/d/f': 'x', 'b/e': 'y' });
    expect(await tree.resolve('a/l1/d/f')).toEqual({ path: 'b/c/d/f', links: ['a/l1', 'b/l2'] });
  });

  it('reports a link that leaves the repository, relative or absolute, and never follows it', async () => {
    const tree = treeOf({ 'a/out': link('../../outside'), 'a/abs': link('/etc'), 'a/in': link('.') });
    expect(await tree.resolve('a/out/x')).toEqual({ links: ['a/out'], outside: 'a/out -> ../../outside' });
    expect(await tree.resolve('a/abs/passwd')).toEqual({ links: ['a/abs'], outside: 'a/abs -> /etc' });
    expect((await tree.resolve('a/in/in/out')).path).toBeUndefined();
  });

  it('gives up after 40 links, as Linux does (ELOOP)', async () => {
    const chain = (n: number): Tree => {
      const entries: Record<string, string | { link: string }> = { 'real/f': 'x' };
      for (let i = 0; i < n; i++) entries[`l${i}`] = link(i === n - 1 ? 'real' : `l${i + 1}`);
      return treeOf(entries);
    };
    expect((await chain(40).resolve('l0/f')).path).toBe('real/f');
    expect(await chain(41).resolve('l0/f')).toMatchObject({ outside: 'l0/f: too many levels of symbolic links' });
    const loop = treeOf({ 'a/l1': link('l2'), 'a/l2': link('l1') });
    expect((await loop.resolve('a/l1')).outside).toContain('too many levels');
  });

  it('reads each link target once', async () => {
    const snap = treeSnapshot({ 'a/l': link('b'), 'a/b/x': '1', 'a/b/y': '2' });
    const tree = new Tree(snap);
    await tree.resolve('a/l/x');
    await tree.resolve('a/l/y');
    expect(snap.reads.get('a/l')).toBe(1);
  });
});
