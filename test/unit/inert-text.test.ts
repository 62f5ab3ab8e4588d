// Untrusted text (a PR's files, a renderer's message, an endpoint's body) made inert for one log line: it can never
// start a workflow command (`::…` at the start of a line), break the line, or carry control characters.
import { describe, expect, it } from '@jest/globals';
import { inert } from '../../src/core/inert-text.js';

describe('inert', () => {
  it('joins lines, whatever the line ending, so no line can start with ::', () => {
    expect(inert('a\nb\r\nc\rd')).toBe('a ⏎ b ⏎ c ⏎ d');
    const forged = 'render failed\n::add-mask::x\n::error::forged';
    expect(inert(forged)).toBe('render failed ⏎ ::add-mask::x ⏎ ::error::forged');
    expect(inert('x\u2028::set-env name=A::1\u2029y')).toBe('x\\u2028::set-env name=A::1\\u2029y');
  });

  it('defuses :: at the very start, also after spaces', () => {
    expect(inert('::error file=a::x').startsWith('::')).toBe(false);
    expect(inert('  ::warning::x').trimStart().startsWith('::')).toBe(false);
    expect(inert('::error::x')).toBe(':\u200b:error::x');
    expect(inert('a::b')).toBe('a::b');
  });

  it('escapes C0 and C1 control characters, DEL included', () => {
    const raw = 'a\u0000b\u001b[31mc\td\u007fe\u0085f\u009bg';
    expect(inert(raw)).toBe('a\\u0000b\\u001b[31mc\\u0009d\\u007fe\\u0085f\\u009bg');
  });

  it('bounds the length, marking the cut', () => {
    const out = inert('x'.repeat(5000));
    expect(out).toHaveLength(2000);
    expect(out.endsWith('…')).toBe(true);
    expect(inert('y'.repeat(10), 10)).toBe('y'.repeat(10));
    expect(inert('y'.repeat(11), 10)).toBe(`${'y'.repeat(9)}…`);
  });

  it('stays within the bound when it also defuses a leading ::', () => {
    expect(inert(`::${'z'.repeat(50)}`, 10).length).toBeLessThanOrEqual(10);
  });

  it('escapes before bounding: no raw control character survives the cut', () => {
    const out = inert('\u0000'.repeat(100), 20);
    expect(out).toHaveLength(20);
    expect(/[\u0000-\u001f]/.test(out)).toBe(false);
  });
});
