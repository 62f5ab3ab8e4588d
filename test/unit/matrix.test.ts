import { describe, expect, it } from '@jest/globals';
import { zeroConfig } from '../../src/core/config/config.js';
import { buildMatrix, cellText, renderMatrix, type Matrix } from '../../src/core/status/matrix.js';
import { kustomization, memorySnapshot, overlay, sampleRepo } from '../support/memory-repo.js';

const NO_IMAGES = 'has no images: entries; expected a kustomization with an images: entry for app "worker"';

/** sampleRepo, with a plain tag for worker in dev, a broken worker prod/us, and an app only in dev. */
function statusRepo(): Record<string, string> {
  return {
    ...sampleRepo(),
    [overlay('worker', 'dev')]: kustomization('worker', 'v3.1.0'),
    [overlay('worker', 'prod/us')]: 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ../../base\n',
    [overlay('batch', 'dev')]: kustomization('batch', 'v0.1.0'),
  };
}

const matrix = (): Promise<Matrix> => buildMatrix(memorySnapshot(statusRepo()), zeroConfig(), 'x');

describe('buildMatrix', () => {
  it('has the envs in order and one row per app with every target', async () => {
    const m = await matrix();
    expect(m.envs).toEqual(['dev', 'staging', 'prod']);
    expect(m.apps.map((a) => a.app)).toEqual(['api', 'batch', 'web', 'worker']);
    const api = m.apps[0]?.cells;
    expect(api?.prod).toEqual([
      { file: overlay('api', 'prod-eu'), region: 'eu', version: 'v2.0.0', line: 7 },
      { file: overlay('api', 'prod-us'), region: 'us', version: 'v1.9.0', line: 7 },
    ]);
    expect(m.apps[1]?.cells).toEqual({ dev: [{ file: overlay('batch', 'dev'), region: undefined, version: 'v0.1.0', line: 7 }] });
  });

  it('records a target it cannot read as a problem instead of failing', async () => {
    const m = await matrix();
    expect(m.apps[3]?.cells.prod).toEqual([
      { file: overlay('worker', 'prod/eu'), region: 'eu', version: 'v3.0.0', line: 7 },
      { file: overlay('worker', 'prod/us'), region: 'us', line: 1, problem: NO_IMAGES },
    ]);
  });
});

describe('cellText', () => {
  it('shows one version when every target agrees, and a dash when the app is not there', () => {
    expect(cellText(undefined)).toBe('—');
    expect(cellText([])).toBe('—');
    expect(cellText([{ file: 'a', region: 'eu', version: 'v1', line: 1 }, { file: 'b', region: 'us', version: 'v1', line: 1 }])).toBe('v1');
    expect(cellText([{ file: 'a', line: 1 }])).toBe('none');
  });

  it('lists each region when regions disagree or one has a problem', () => {
    expect(cellText([{ file: 'a', region: 'eu', version: 'v1', line: 1 }, { file: 'b', region: 'us', line: 1 }])).toBe('v1 (eu), none (us)');
    expect(cellText([{ file: 'a', region: 'eu', line: 1, problem: 'bad' }])).toBe('error (eu)');
    expect(cellText([{ file: 'a', version: 'v1', line: 1 }, { file: 'b', version: 'v2', line: 1 }])).toBe('v1, v2');
  });
});

describe('renderMatrix', () => {
  it('renders an aligned table', async () => {
    expect(renderMatrix(await matrix(), 'table')).toBe([
      'app     dev     staging  prod',
      '------  ------  -------  ------------------------',
      'api     v2.1.0  v2.1.0   v2.0.0 (eu), v1.9.0 (us)',
      'batch   v0.1.0  —        —',
      'web     v1.2.0  v1.1.0   v1.0.0',
      'worker  v3.1.0  v3.0.0   v3.0.0 (eu), error (us)',
    ].join('\n'));
  });

  it('renders markdown', async () => {
    expect(renderMatrix(await matrix(), 'markdown')).toBe([
      '| app | dev | staging | prod |',
      '| --- | --- | --- | --- |',
      '| api | v2.1.0 | v2.1.0 | v2.0.0 (eu), v1.9.0 (us) |',
      '| batch | v0.1.0 | — | — |',
      '| web | v1.2.0 | v1.1.0 | v1.0.0 |',
      '| worker | v3.1.0 | v3.0.0 | v3.0.0 (eu), error (us) |',
    ].join('\n'));
  });

  it('makes repository text inert in markdown cells: pipes, HTML, images, code spans', () => {
    const version = 'x|y<img src=x onerror=alert(1)>![p](https://evil.example/p.png)`';
    const m: Matrix = { envs: ['dev'], apps: [{ app: 'a', cells: { dev: [{ file: 'f', version, line: 1 }] } }] };
    expect(renderMatrix(m, 'markdown').split('\n')[2])
      .toBe('| a | x&#124;y&lt;img src=x onerror=alert(1)&gt;!&#91;p&#93;(https://evil.example/p.png)&#96; |');
  });

  it('renders JSON with every env of every app, regions and problems', async () => {
    const json = JSON.parse(renderMatrix(await matrix(), 'json')) as unknown;
    expect(json).toEqual({
      envs: ['dev', 'staging', 'prod'],
      apps: [
        {
          app: 'api',
          envs: {
            dev: [{ file: overlay('api', 'dev'), region: null, version: 'v2.1.0' }],
            staging: [{ file: overlay('api', 'staging-eu'), region: 'eu', version: 'v2.1.0' }, { file: overlay('api', 'staging-us'), region: 'us', version: 'v2.1.0' }],
            prod: [{ file: overlay('api', 'prod-eu'), region: 'eu', version: 'v2.0.0' }, { file: overlay('api', 'prod-us'), region: 'us', version: 'v1.9.0' }],
          },
        },
        { app: 'batch', envs: { dev: [{ file: overlay('batch', 'dev'), region: null, version: 'v0.1.0' }], staging: [], prod: [] } },
        {
          app: 'web',
          envs: {
            dev: [{ file: overlay('web', 'dev'), region: null, version: 'v1.2.0' }],
            staging: [{ file: overlay('web', 'staging'), region: null, version: 'v1.1.0' }],
            prod: [{ file: overlay('web', 'prod-eu'), region: 'eu', version: 'v1.0.0' }, { file: overlay('web', 'prod-us'), region: 'us', version: 'v1.0.0' }],
          },
        },
        {
          app: 'worker',
          envs: {
            dev: [{ file: overlay('worker', 'dev'), region: null, version: 'v3.1.0' }],
            staging: [{ file: overlay('worker', 'staging'), region: null, version: 'v3.0.0' }],
            prod: [{ file: overlay('worker', 'prod/eu'), region: 'eu', version: 'v3.0.0' }, { file: overlay('worker', 'prod/us'), region: 'us', version: null, problem: NO_IMAGES }],
          },
        },
      ],
    });
  });
});
