// Text from checked systems is made inert: one line, no workflow command, control characters shown, bounded; and
// escaped for the job summary.
import { describe, expect, it } from '@jest/globals';
import { fenceCommands, inert, summaryText } from '../../src/core/health/untrusted.js';

/** What the runner would run: a line whose first non-blank characters are `::`, or `##[` anywhere (actions/runner). */
const commandLines = (text: string): string[] => text.split(/\r\n|\r|\n/).filter((l) => /^\s*::[a-z-]+/i.test(l) || /##\[[a-z-]+/i.test(l));

describe('inert', () => {
  it('collapses line breaks of every kind, so nothing from an endpoint starts a line', () => {
    const hostile = 'v1.2.3\n::set-output name=healthy::true\r\n  ::warning::pwned\u2028::error::x\rend';
    const s = inert(hostile);
    expect(s).toBe('v1.2.3 ::set-output name=healthy::true ::warning::pwned ::error::x end');
    expect(commandLines(s)).toEqual([]);
  });

  it('escapes a leading "::", every "##[", and control characters (ANSI, NUL, bidi overrides)', () => {
    expect(inert('::add-mask::secret')).toBe('\\x3a:add-mask::secret');
    expect(inert('  ::warning::x')).toBe('\\x3a:warning::x');
    expect(inert('ok ##[set-output name=healthy;]true')).toBe('ok #\\x23[set-output name=healthy;]true');
    expect(inert('\u001b[31mred\u001b[0m\u0000 \u202egnp.exe')).toBe('\\x1b[31mred\\x1b[0m\\x00 \\u202egnp.exe');
    expect(commandLines(inert('##[error]x'))).toEqual([]);
  });

  it('bounds the length, without leaving half an escape or half a character', () => {
    expect(inert('a'.repeat(1000), 50)).toBe(`${'a'.repeat(49)}…`);
    expect(inert(`${'a'.repeat(47)}\u001b`, 50)).toBe(`${'a'.repeat(47)}…`);
    expect(inert(`${'a'.repeat(47)}😀😀`, 50)).toBe(`${'a'.repeat(47)}😀…`);
    expect(inert('x'.repeat(10_000_000), 300)).toHaveLength(300);
  });
});

describe('fenceCommands (the loggers\' second fence)', () => {
  it('escapes every line that the runner would take as a command, and leaves the others alone', () => {
    const text = '[1s] sample 1: waiting\n::warning::injected\n  ::set-output name=x::y\nfine ##[error]z';
    expect(fenceCommands(text)).toBe('[1s] sample 1: waiting\n\\x3a:warning::injected\n  \\x3a:set-output name=x::y\nfine #\\x23[error]z');
    expect(commandLines(fenceCommands(text))).toEqual([]);
  });
});

describe('summaryText', () => {
  it('shows HTML and Markdown as text', () => {
    expect(summaryText('<script>alert("x")</script> & [a](b) | `c` \\')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#91;a&#93;(b) &#124; &#96;c&#96; &#92;');
  });
});
