import { describe, expect, it } from 'vitest';
import { ScriptParam, valueProblem } from './params.ts';
import { exponentialPattern, matchesPattern } from './pattern-safety.ts';
import { renderTemplate } from './render.ts';

const EXPONENTIAL = /can take exponential time \(a repeated group that itself repeats\)/;
const TOO_LONG = 'the pattern took too long to check against this value; simplify the pattern';
const NOT_CHECKED = 'was not checked against its pattern: other patterns here took too long; simplify them';

/** Each of these backtracks for seconds on a value of 24 to 33 characters, and far longer per added one. */
const EVIL: Array<[pattern: string, value: string]> = [
  ['^(a+)+$', `${'a'.repeat(499)}!`],
  ['(a*)*b', 'a'.repeat(500)],
  ['(a|aa)+', `${'a'.repeat(499)}!`],
  ['(\\w+\\s?)*', `${'a'.repeat(499)}!`],
];

const ORDINARY = [
  '^[A-Za-z0-9._-]+$',
  '^\\d{1,5}$',
  '^(ad|AD)\\\\[a-z]+$',
  '^[^@]+@[^@]+\\.[a-z]{2,}$',
  '[^@\\s]+@[^@\\s]+',
  '[A-Za-z0-9-]{1,15}',
  // Repeated groups whose repetitions a separator marks off: linear, so accepted.
  '^([a-z0-9-]+\\.)+[a-z]{2,}$',
  '^(\\d{1,3}\\.){3}\\d{1,3}$',
  '^\\w+(,\\s*\\w+)*$',
  '^(\\w|-)+$',
  '^(OU=[^,]+,)+DC=\\w+$',
  '^[a-zA-Z]:(\\\\[^\\\\/:*?"<>|]+)+\\\\?$',
];

/** A parameter as stored before patterns were checked: built without the schema's refinements. */
const storedParam = (pattern: string): ScriptParam => ({
  name: 'x',
  type: 'string',
  required: true,
  default: null,
  pattern,
  description: '',
  choices: [],
  source: null,
});

const timed = <T>(run: () => T): [T, number] => {
  const started = performance.now();
  const result = run();
  return [result, performance.now() - started];
};

describe('parameter patterns: bounded matching', () => {
  it.each([
    '^(a+)+$',
    '(a*)*',
    '(a|aa)+',
    '(\\w+\\s?)*',
    '(?:a+)+',
    '(\\d+\\.?)+',
    '(.+,)+',
    '(\\w|\\d)+',
    '([a-z]{2,3})+',
    '(a+){1,1000}',
    '^x(?:y|(z+)+)$',
  ])('refuses %s as exponential, saying why', (pattern) => {
    expect(exponentialPattern(pattern)).toBe(true);
    const parsed = ScriptParam.safeParse({ name: 'x', type: 'string', pattern });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toEqual([
      expect.objectContaining({ path: ['pattern'], message: expect.stringMatching(EXPONENTIAL) }),
    ]);
  });

  it.each(ORDINARY)('accepts the ordinary pattern %s', (pattern) => {
    expect(exponentialPattern(pattern)).toBe(false);
    expect(ScriptParam.parse({ name: 'x', type: 'string', pattern }).pattern).toBe(pattern);
  });

  it('still calls a pattern that does not compile invalid, and only that', () => {
    const parsed = ScriptParam.safeParse({ name: 'x', type: 'string', pattern: '(a+' });
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(['is not a valid regular expression']);
  });

  it.each(EVIL)('stops %s against a long value in time and says so', (pattern, value) => {
    const [matched, ms] = timed(() => matchesPattern(pattern, value));
    expect(matched).toBe('timeout');
    expect(ms).toBeLessThan(2_000);
    expect(valueProblem(storedParam(pattern), value)).toBe(TOO_LONG);
  });

  it('matches the same patterns quickly where they do not backtrack', () => {
    expect(matchesPattern('^(a+)+$', 'aaaa')).toBe(true);
    expect(valueProblem(storedParam('^(a+)+$'), 'aaaa')).toBeNull();
    expect(valueProblem(storedParam('(a|aa)+'), 'ab')).toBe('does not match the pattern (a|aa)+');
  });

  it('keeps passing and failing ordinary values as before, on the whole value', () => {
    const upn = storedParam('[^@\\s]+@[^@\\s]+');
    expect(valueProblem(upn, 'sam.lee@fabrikam.example')).toBeNull();
    expect(valueProblem(upn, 'not-an-upn')).toBe('does not match the pattern [^@\\s]+@[^@\\s]+');
    // The pattern must cover the whole value, alternatives included.
    expect(valueProblem(storedParam('ad|AD'), 'ad')).toBeNull();
    expect(valueProblem(storedParam('ad|AD'), 'admin')).toBe('does not match the pattern ad|AD');
    const host = storedParam('^([a-z0-9-]+\\.)+[a-z]{2,}$');
    expect(valueProblem(host, 'mail.fabrikam.example')).toBeNull();
    expect(valueProblem(host, `${'a.'.repeat(249)}!`)).toBe(`does not match the pattern ${host.pattern}`);
    expect(valueProblem({ ...storedParam('\\d+'), type: 'int' }, '12a')).toBe('must be a whole number');
  });

  it('renders a stored template with an exponential pattern as a refusal naming the parameter', () => {
    const template = {
      language: 'powershell' as const,
      body: 'Write-Host {{x}} {{y}}',
      params: [storedParam('^(a+)+$'), { ...storedParam('[a-z]+'), name: 'y' }],
    };
    const [rendered, ms] = timed(() =>
      renderTemplate(template, { x: `${'a'.repeat(28)}!`, y: 'ok' }, {}, { revealSecrets: false }),
    );
    expect(rendered.problems).toEqual([`x: ${TOO_LONG}`]);
    expect(rendered.missing).toEqual(['x']);
    expect(rendered.ready).toBe(false);
    expect(rendered.body).toBe('Write-Host {{x}} ok');
    expect(ms).toBeLessThan(2_000);
  });

  it('shares a time budget across one render, so thirty slow patterns cannot hold the server for seconds', async () => {
    const names = Array.from({ length: 30 }, (_, n) => `p${n}`);
    const template = {
      language: 'bash' as const,
      body: names.map((n) => `echo {{${n}}}`).join('\n'),
      params: names.map((name) => ({ ...storedParam('^(a+)+$'), name })),
    };
    const values = Object.fromEntries(names.map((n) => [n, `${'a'.repeat(499)}!`]));
    // Each slow match costs its timeout twice (it is confirmed): 30 of them alone would take 3 s.
    const [rendered, ms] = timed(() => renderTemplate(template, values, {}, { revealSecrets: false }));
    expect(rendered.problems).toEqual([
      `p0: ${TOO_LONG}`,
      `p1: ${TOO_LONG}`,
      ...names.slice(2).map((n) => `${n}: ${NOT_CHECKED}`),
    ]);
    expect(rendered.missing).toEqual(names);
    expect(ms).toBeLessThan(2_000);

    // The next request starts with the whole budget again.
    await new Promise((resolve) => setImmediate(resolve));
    expect(valueProblem(storedParam('^(a+)+$'), `${'a'.repeat(499)}!`)).toBe(TOO_LONG);
    expect(valueProblem(storedParam('[a-z]+'), 'abc')).toBeNull();
  });
});
