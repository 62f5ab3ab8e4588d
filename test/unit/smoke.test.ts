import { describe, expect, it } from '@jest/globals';
import { editYamlText } from '../../src/core/edit.js';

describe('jest setup', () => {
  it('runs ESM TypeScript against the core', () => {
    const r = editYamlText('a: 1\n', { target: { kind: 'path', path: 'a' }, value: '2' }, 'f.yaml');
    expect(r.text).toBe('a: "2"\n');
  });
});
