// Which repository an action works on: the run's, or the config repository an app repository checked out.
import { describe, expect, it } from '@jest/globals';
import { checkoutRepository, repositoryFromUrl } from '../../src/adapters/checkout-repository.js';

describe('repositoryFromUrl', () => {
  it.each([
    ['https://github.com/acme/config', 'acme/config'],
    ['https://github.com/acme/config.git', 'acme/config'],
    ['https://x-access-token@github.com/acme/config.git/', 'acme/config'],
    ['git@github.com:acme/config.git', 'acme/config'],
    ['ssh://git@ghes.example.com:2222/acme/config.git', 'acme/config'],
    ['git@ghes.example.com:acme/config', 'acme/config'],
    ['https://ghes.example.com/acme/config', 'acme/config'],
  ])('%s is %s', (url, repo) => {
    expect(repositoryFromUrl(url)).toBe(repo);
  });

  it.each(['http://127.0.0.1:8080/config.git', '/srv/git/config', ''])('%j names no repository', (url) => {
    expect(repositoryFromUrl(url)).toBeUndefined();
  });
});

describe('checkoutRepository', () => {
  const git = (url: string | undefined) => ({ remoteUrl: async () => url });
  const ctx = { repository: 'acme/web', serverUrl: 'https://github.com' };

  it('is the checked-out config repository when its origin is on the run\'s server', async () => {
    await expect(checkoutRepository(git('https://github.com/acme/config'), ctx)).resolves.toBe('acme/config');
    await expect(checkoutRepository(git('git@github.com:acme/config.git'), ctx)).resolves.toBe('acme/config');
    const ghes = { repository: 'acme/web', serverUrl: 'https://ghes.example.com' };
    const origin = git('https://ghes.example.com/acme/config.git');
    await expect(checkoutRepository(origin, ghes)).resolves.toBe('acme/config');
  });

  it('is the run\'s repository without an origin, or when the origin is elsewhere', async () => {
    await expect(checkoutRepository(git(undefined), ctx)).resolves.toBe('acme/web');
    await expect(checkoutRepository(git('https://gitlab.example.com/acme/config.git'), ctx)).resolves.toBe('acme/web');
    await expect(checkoutRepository(git('http://127.0.0.1:41234/config.git'), ctx)).resolves.toBe('acme/web');
  });
});
