import { describe, expect, it } from '@jest/globals';
import { zeroConfig } from '../../src/core/config/config.js';
import { PROMOTION_GREP, promotionRecords } from '../../src/core/history/promotions.js';
import { formatTrailers, parseTrailers, trailerValue } from '../../src/core/history/trailers.js';
import type { CommitInfo } from '../../src/core/ports.js';
import { NO_VERSION, previousLabel, promotionMessage } from '../../src/core/promote/commit-message.js';
import { planPromotion } from '../../src/core/promote/plan.js';
import { memorySnapshot, overlay, sampleRepo } from '../support/memory-repo.js';

const commit = (sha: string, message: string, extra: Partial<CommitInfo> = {}): CommitInfo => ({
  sha, parents: [], authorName: 'Alice Example', authorDate: '2026-11-27T10:00:00Z', committerDate: '2026-11-27T10:05:00Z', message, ...extra,
});

describe('trailerValue and formatTrailers', () => {
  it('flattens control characters and runs of whitespace to single spaces', () => {
    expect(trailerValue('  hotfix\nfor\r\n\tINC-42  ')).toBe('hotfix for INC-42');
    expect(trailerValue('a\x00b\x7fc')).toBe('a b c');
  });

  it('caps a value at 300 characters', () => {
    expect(trailerValue('x'.repeat(300))).toBe('x'.repeat(300));
    expect(trailerValue('x'.repeat(301))).toBe(`${'x'.repeat(297)}...`);
  });

  it('writes Key: value lines and leaves out missing and empty values', () => {
    expect(formatTrailers([['Promoted-App', 'web'], ['Workflow-Run', undefined], ['Gate-Skipped', ''], ['Promoted-By', 'alice\nPromoted-App: evil']]))
      .toBe('Promoted-App: web\nPromoted-By: alice Promoted-App: evil');
  });

  it('writes trailers that parse back, even when a value is only whitespace', () => {
    // A reason of " " flattens to "" and must not leave a "Gate-Skipped: " line that makes the block unreadable.
    const message = `subject\n\nbody\n\n${formatTrailers([['Promoted-App', 'web'], ['Promoted-Env', 'prod'], ['Gate-Skipped', ' \n ']])}\n`;
    expect(parseTrailers(message).get('Promoted-App')).toBe('web');
    expect(parseTrailers(message).get('Promoted-Env')).toBe('prod');
  });
});

describe('parseTrailers', () => {
  it('reads the last paragraph when every line of it is a trailer', () => {
    const t = parseTrailers('subject\n\nbody line\n\nPromoted-App: web\nGate-Skipped: hotfix: INC-42\n');
    expect([...t]).toEqual([['Promoted-App', 'web'], ['Gate-Skipped', 'hotfix: INC-42']]);
  });

  it('reads CRLF messages and ignores trailing blank lines', () => {
    expect([...parseTrailers('subject\r\n\r\nA-B: 1\r\nC: 2\r\n\r\n\r\n')]).toEqual([['A-B', '1'], ['C', '2']]);
  });

  it('keeps the first of repeated keys', () => {
    expect(parseTrailers('s\n\nPromoted-App: web\nPromoted-App: api').get('Promoted-App')).toBe('web');
  });

  it('finds none in a subject alone, or when the last paragraph has prose', () => {
    expect(parseTrailers('Promoted-App: web').size).toBe(0);
    expect(parseTrailers('s\n\nPromoted-App: web\nand some prose').size).toBe(0);
    expect(parseTrailers('s\n\nPromoted-App: web\n\nthe end').size).toBe(0);
    expect(parseTrailers('s\n\nNot a key: web').size).toBe(0);
  });
});

describe('promotionMessage', () => {
  it('says none for a first promotion and lists only the targets that change', () => {
    const m = promotionMessage({
      app: 'web', env: 'dev', version: 'v1.0.0', previous: [], by: 'bob',
      targets: [{ file: 'a.yaml', new: 'v1.0.0' }, { file: 'b.yaml', region: 'eu', old: 'v1.0.0', new: 'v1.0.0' }],
    });
    expect(m).toBe('promote(web): dev none -> v1.0.0\n\nPromote web v1.0.0 to dev (1 target).\n\n- a.yaml: none -> v1.0.0\n\n'
      + 'Promoted-App: web\nPromoted-Env: dev\nPromoted-Version: v1.0.0\nPrevious-Version: none\nPromoted-By: bob\n');
  });

  it('writes every optional trailer in a fixed order', () => {
    const m = promotionMessage({
      app: 'api', env: 'prod', version: 'v2', previous: ['v1', 'v0'], from: 'staging', by: 'carol', runUrl: 'https://ci/run/1',
      gateSkipped: 'hotfix', freezeOverride: 'CVE fix', targets: [{ file: 'p.yaml', old: 'v1', new: 'v2' }],
    });
    expect([...parseTrailers(m).keys()]).toEqual(['Promoted-App', 'Promoted-Env', 'Promoted-Version', 'Previous-Version', 'Promoted-From', 'Promoted-By', 'Workflow-Run', 'Gate-Skipped', 'Freeze-Override']);
    expect(m.split('\n')[0]).toBe('promote(api): prod mixed -> v2');
    expect(parseTrailers(m).get('Previous-Version')).toBe('v1, v0');
  });

  it('labels previous versions', () => {
    expect([previousLabel([]), previousLabel(['v1']), previousLabel(['v1', 'v2'])]).toEqual([NO_VERSION, 'v1', 'mixed']);
  });
});

describe('promotionRecords', () => {
  it('reads promotions and rollbacks newest first and skips other commits', () => {
    const records = promotionRecords([
      commit('c3', 'rollback(web): prod\n\nRollback-App: web\nRollback-Env: prod\nRollback-Of: c1\nRestored-Version: v1.0.0\nRolled-Back-Version: v1.1.0\nReason: 500s\n'),
      commit('c2', 'docs: readme\n\nSigned-off-by: Dana <d@example.com>\n'),
      commit('c1', 'promote(web): prod v1.0.0 -> v1.1.0\n\nPromoted-App: web\nPromoted-Env: prod\nPromoted-Version: v1.1.0\nPrevious-Version: v1.0.0\n', { authorName: 'Bob' }),
    ]);
    expect(records).toEqual([
      {
        sha: 'c3', kind: 'rollback', app: 'web', env: 'prod', version: 'v1.0.0', previous: 'v1.1.0', by: 'Alice Example', date: '2026-11-27T10:05:00Z',
        rollbackOf: 'c1', reason: '500s', from: undefined, run: undefined, gateSkipped: undefined, freezeOverride: undefined,
      },
      {
        sha: 'c1', kind: 'promotion', app: 'web', env: 'prod', version: 'v1.1.0', previous: 'v1.0.0', by: 'Bob', date: '2026-11-27T10:05:00Z',
        rollbackOf: undefined, reason: undefined, from: undefined, run: undefined, gateSkipped: undefined, freezeOverride: undefined,
      },
    ]);
  });

  it('skips commits whose trailers lack the app, env or version', () => {
    expect(promotionRecords([commit('x', 's\n\nPromoted-App: web\nPromoted-Env: prod\n'), commit('y', 's\n\nRollback-App: web\nRollback-Env: prod\nRollback-Of: c1\n')])).toEqual([]);
  });

  it('has a grep that finds both kinds of commit', () => {
    const rx = new RegExp(PROMOTION_GREP, 'm');
    expect(rx.test('s\n\nPromoted-App: web')).toBe(true);
    expect(rx.test('s\n\nRollback-App: web')).toBe(true);
    expect(rx.test('s\n\nX-Promoted-App: web')).toBe(false);
  });

  it('reads back what planPromotion wrote, skipped gate included', async () => {
    const plan = await planPromotion(memorySnapshot(sampleRepo()), zeroConfig(), {
      apps: ['web'], to: 'production', version: 'v1.2.0', skipGate: 'hotfix\nfor INC-42', now: new Date('2026-11-26T10:00:00Z'), actor: 'alice',
      runUrl: 'https://github.com/acme/config/actions/runs/7', singleAppName: 'x',
    });
    const message = plan.promotions[0]?.message ?? '';
    expect(message.split('\n')[0]).toBe('promote(web): prod v1.0.0 -> v1.2.0');
    expect(message).toContain(`- ${overlay('web', 'prod-us')} [us]: v1.0.0 -> v1.2.0\n`);
    expect(promotionRecords([commit('abc', message, { authorName: 'github-actions[bot]' })])).toEqual([{
      sha: 'abc', kind: 'promotion', app: 'web', env: 'prod', version: 'v1.2.0', previous: 'v1.0.0', from: 'staging', by: 'alice',
      run: 'https://github.com/acme/config/actions/runs/7', date: '2026-11-27T10:05:00Z', gateSkipped: 'hotfix for INC-42',
      freezeOverride: undefined, rollbackOf: undefined, reason: undefined,
    }]);
  });

  it('treats a blank skip-gate reason as no skip: the gate applies and nothing unreadable is written', async () => {
    const plan = await planPromotion(memorySnapshot(sampleRepo()), zeroConfig(), {
      apps: ['web'], to: 'prod', version: 'v1.2.0', skipGate: ' \n ', now: new Date('2026-11-26T10:00:00Z'), actor: 'alice', singleAppName: 'x',
    });
    expect(plan.violations.map((v) => v.rule)).toEqual(['gate']);
    expect(plan.promotions).toEqual([]);
  });

  it('drops trailers whose value is blank after flattening, so the block still parses', () => {
    const block = formatTrailers([['Promoted-App', 'web'], ['Gate-Skipped', ' \n ']]);
    expect(block).toBe('Promoted-App: web');
    expect([...parseTrailers(`subject\n\n${block}\n`)]).toEqual([['Promoted-App', 'web']]);
  });
});
