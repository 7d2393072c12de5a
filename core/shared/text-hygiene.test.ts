import { describe, expect, it } from 'vitest';
import { findUnsafeText, jsonNestingDepth, stripUnsafeText, unsafeTextReason } from './text-hygiene.ts';

describe('text hygiene', () => {
  it('finds NUL and lone surrogates, not whole emoji or other control characters', () => {
    expect(unsafeTextReason('a\u0000b')).toMatch(/NUL/);
    expect(unsafeTextReason('a\ud800')).toMatch(/unpaired UTF-16 surrogates/);
    expect(unsafeTextReason('\udc00a')).toMatch(/unpaired/);
    expect(unsafeTextReason('rocket 🚀, tab\t, bell\u0007')).toBeUndefined();
  });

  it('names the first bad field by its path, keys included, without recursion', () => {
    expect(findUnsafeText({ a: [{ b: 'ok' }, { b: 'x\u0000' }] })).toEqual({
      path: 'a.1.b',
      message: 'must not contain NUL characters (U+0000)',
    });
    expect(findUnsafeText({ ok: { 'k\ud800': 1 } })?.path).toBe('ok.(key)');
    let deep: unknown = 'bad\u0000';
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expect(findUnsafeText(deep)?.path).toMatch(/^0\.0\./);
  });

  it('measures nesting over raw bytes, ignoring brackets inside strings', () => {
    const bytes = (s: string) => new TextEncoder().encode(s);
    expect(jsonNestingDepth(bytes('{"a":[1,{"b":[]}]}'))).toBe(4);
    expect(jsonNestingDepth(bytes('{"a":"[[[[\\"[[[["}'))).toBe(1);
    expect(jsonNestingDepth(bytes('['.repeat(100_000)), 64)).toBe(65);
  });

  it('strips NUL and replaces lone surrogates for chat text', () => {
    expect(stripUnsafeText('a\u0000b \ud83d c 🚀')).toBe('ab \ufffd c 🚀');
  });
});
