// The repository as merging the change would leave it: files the change touches as the head has them (or gone),
// every other file as the base branch has it now, with modes and blob ids from the same side as the text.
import { describe, expect, it } from '@jest/globals';
import { mergedSnapshot } from '../../src/core/parity/merged-snapshot.js';
import { link, treeSnapshot } from '../support/tree-snapshot.js';

// base moved on after the PR branched: README and the staging overlay changed on base since.
const base = treeSnapshot({
  'README.md': '# base now\n',
  'apps/web/staging/kustomization.yaml': 'staging at base\n',
  'apps/web/prod/kustomization.yaml': 'prod at base\n',
  'apps/web/prod/old.yaml': 'removed by the PR\n',
}, 'base-sha');
const head = treeSnapshot({
  'README.md': '# stale, from when the PR branched\n',
  'apps/web/staging/kustomization.yaml': 'staging when the PR branched\n',
  'apps/web/prod': link('../elsewhere'),
  'apps/web/new.yaml': 'added by the PR\n',
  'apps/web/stale-only-in-head.yaml': 'deleted on base since\n',
}, 'head-sha');
const touched = new Set(['apps/web/prod', 'apps/web/prod/kustomization.yaml', 'apps/web/prod/old.yaml',
  'apps/web/new.yaml']);
const merged = mergedSnapshot(base, head, touched);

describe('mergedSnapshot', () => {
  it('lists untouched files from base, touched files that head has, nothing head deleted', () => {
    expect(merged.files).toEqual([
      'README.md', 'apps/web/new.yaml', 'apps/web/prod', 'apps/web/staging/kustomization.yaml',
    ]);
    expect(merged.commit).toBe('head-sha');
  });

  it('reads untouched files from base (the PR\'s stale copies do not count) and touched ones from head', async () => {
    expect(await merged.read('README.md')).toBe('# base now\n');
    expect(await merged.read('apps/web/staging/kustomization.yaml')).toBe('staging at base\n');
    expect(await merged.read('apps/web/new.yaml')).toBe('added by the PR\n');
    expect(await merged.read('apps/web/prod')).toBe('../elsewhere');
  });

  it('takes modes and blob ids from the side the text comes from', () => {
    expect(merged.mode?.('apps/web/prod')).toBe('120000');
    expect(merged.mode?.('README.md')).toBe('100644');
    expect(merged.blobId?.('README.md')).toBe(base.blobId?.('README.md'));
    expect(merged.blobId?.('apps/web/prod')).toBe(head.blobId?.('apps/web/prod'));
  });

  it('a touched file head deleted cannot be read', async () => {
    await expect(merged.read('apps/web/prod/kustomization.yaml')).rejects.toThrow('is not in the repository');
    expect(merged.mode?.('apps/web/prod/old.yaml')).toBeUndefined();
  });
});
