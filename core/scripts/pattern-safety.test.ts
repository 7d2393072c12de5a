import { describe, expect, it } from 'vitest';
import { ScriptParam, valueProblem } from './params.ts';
import { LINEAR_ENGINE, matchesPattern, tooSlowToMatch } from './pattern-safety.ts';
import { renderTemplate } from './render.ts';

const TOO_SLOW =
  /^can take too long to match: a pattern with a lookahead, a backreference or a bound over 16 must be flat/;
const TOO_LONG = 'the pattern took too long to check against this value; simplify the pattern';
const NOT_CHECKED =
  'was not checked against its pattern: pattern checks here or on the server just took too long; simplify the patterns or try again';

/** A pattern the linear engine runs but unrolls into a large automaton; each branch count is a new source. */
const heavyPattern = (branches: number) => `(?:(?:${Array(branches).fill('\\S').join('|')}){0,16})*`;

/** The process's pattern-time window (a second) starts afresh: tests that spend it wait first. */
const nextWindow = () => new Promise((resolve) => setTimeout(resolve, 1_100));

/**
 * On the backtracking engine each of these runs for seconds (the exponential ones on 24 to 33
 * characters) to years (eight `\d*` on 500 digits).
 */
const EVIL: Array<[pattern: string, value: string]> = [
  ['^(a+)+$', `${'a'.repeat(499)}!`],
  ['(a*)*b', 'a'.repeat(500)],
  ['(a|aa)+', `${'a'.repeat(499)}!`],
  ['(\\w+\\s?)*', `${'a'.repeat(499)}!`],
  ['^a*a*a*a*a*a*a*b$', 'a'.repeat(500)],
  [`${'\\d*'.repeat(8)}x`, '1'.repeat(500)],
];

/** Only the backtracking engine runs these; a lookahead holding (a+)+ backtracks just as long. */
const LEGACY_EVIL = '^(?=(a+)+$)a*$';

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
  // Beyond the linear engine (a bound over 16), but flat: it backtracks little.
  '[A-Za-z0-9._-]{1,20}',
  '^[a-z]{1,63}\\.[a-z]{2,}$',
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

describe('parameter patterns: matched in linear time', () => {
  it('runs on a V8 with the linear-time engine (a Node upgrade that drops it fails here)', () => {
    expect(LINEAR_ENGINE).toBe(true);
  });

  it.each(EVIL)('answers %s against a long value at once, as a plain mismatch', (pattern, value) => {
    expect(ScriptParam.parse({ name: 'x', type: 'string', pattern }).pattern).toBe(pattern);
    const [matched, ms] = timed(() => matchesPattern(pattern, value));
    expect(matched).toBe(false);
    expect(ms).toBeLessThan(500);
    expect(valueProblem(storedParam(pattern), value)).toBe(`does not match the pattern ${pattern}`);
  });

  it('stops a linear match that runs long: the engine is linear in the value, not in the pattern', async () => {
    await nextWindow();
    // 197 characters that the linear engine unrolls into a large automaton: a plain call took
    // 360 ms here; under the timeout it answers within a few tens of ms, or times out.
    const heavy = heavyPattern(61);
    expect(tooSlowToMatch(heavy)).toBe(false);
    // Its own account: on a busy machine the timeouts' wall time can use up an account's second.
    const [matched, ms] = timed(() => matchesPattern(heavy, `${'a'.repeat(499)} `, 'heavy-pattern'));
    expect([false, 'timeout']).toContain(matched);
    expect(ms).toBeLessThan(300);
  });

  it('matches the same patterns where the value fits', () => {
    expect(matchesPattern('^(a+)+$', 'aaaa')).toBe(true);
    expect(valueProblem(storedParam('^a*a*a*a*a*a*a*b$'), `${'a'.repeat(400)}b`)).toBeNull();
    expect(valueProblem(storedParam('(a|aa)+'), 'ab')).toBe('does not match the pattern (a|aa)+');
  });

  it.each(ORDINARY)('accepts the ordinary pattern %s', (pattern) => {
    expect(tooSlowToMatch(pattern)).toBe(false);
    expect(ScriptParam.parse({ name: 'x', type: 'string', pattern }).pattern).toBe(pattern);
  });

  it.each([
    '^(a)\\1$',
    '(\\w+)\\1',
    '(a+){1,20}',
    'a{0,99}a{0,99}a{0,99}b',
    '^(?=(a+)+$)a*$',
    '^([a-z]{1,20}\\.)+$',
    '^(?!admin$).+$',
    // Found by an outside fuzz run against the first version of this rule: each timed out.
    '^(?=a)(a|a)*b$',
    '(a|a)*b{17}',
    '(?:a|aa)*c{0,20}',
    '^(?:(?:.?){16}){16}z',
    '^(?:.{0,500}){3}b$',
  ])(
    'refuses %s on save: only the backtracking engine runs it, and it can split a value many ways',
    (pattern) => {
      expect(tooSlowToMatch(pattern)).toBe(true);
      const parsed = ScriptParam.safeParse({ name: 'x', type: 'string', pattern });
      expect(parsed.error?.issues).toEqual([
        expect.objectContaining({ path: ['pattern'], message: expect.stringMatching(TOO_SLOW) }),
      ]);
    },
  );

  it('still calls a pattern that does not compile invalid, and only that', () => {
    const parsed = ScriptParam.safeParse({ name: 'x', type: 'string', pattern: '(a+' });
    expect(parsed.error?.issues.map((i) => i.message)).toEqual(['is not a valid regular expression']);
    expect(tooSlowToMatch('(a+')).toBe(false);
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
    const sam = storedParam('[A-Za-z0-9._-]{1,20}');
    expect(valueProblem(sam, 'sam.lee')).toBeNull();
    expect(valueProblem(sam, 'x'.repeat(21))).toBe('does not match the pattern [A-Za-z0-9._-]{1,20}');
  });
});

describe('parameter patterns stored before the rule: backtracking under a timeout', () => {
  it('still matches a stored lookaround pattern', () => {
    expect(valueProblem(storedParam('^(?!admin$).+$'), 'sam')).toBeNull();
    expect(valueProblem(storedParam('^(?!admin$).+$'), 'admin')).toBe(
      'does not match the pattern ^(?!admin$).+$',
    );
  });

  it('stops one that backtracks for seconds and says so, naming the parameter in a render', async () => {
    await nextWindow();
    const template = {
      language: 'powershell' as const,
      body: 'Write-Host {{x}} {{y}}',
      params: [storedParam(LEGACY_EVIL), { ...storedParam('[a-z]+'), name: 'y' }],
    };
    const [rendered, ms] = timed(() =>
      renderTemplate(template, { x: `${'a'.repeat(499)}!`, y: 'ok' }, {}, { revealSecrets: false }),
    );
    expect(rendered.problems).toEqual([`x: ${TOO_LONG}`]);
    expect(rendered.missing).toEqual(['x']);
    expect(rendered.ready).toBe(false);
    expect(rendered.body).toBe('Write-Host {{x}} ok');
    expect(ms).toBeLessThan(2_000);
  });

  it('shares a time budget across one render, so thirty slow patterns cannot hold the server for seconds', async () => {
    await nextWindow();
    const names = Array.from({ length: 30 }, (_, n) => `p${n}`);
    const template = {
      language: 'bash' as const,
      body: names.map((n) => `echo {{${n}}}`).join('\n'),
      params: names.map((name) => ({ ...storedParam(LEGACY_EVIL), name })),
    };
    const values = Object.fromEntries(names.map((n) => [n, `${'a'.repeat(499)}!`]));
    // Each slow match costs its timeout twice (it is confirmed): 30 of them alone would take 3 s.
    const [rendered, ms] = timed(() => renderTemplate(template, values, {}, { revealSecrets: false }));
    // The first one or two use the render's 150 ms (two, unless a busy machine stretches the
    // timeouts' wall time); the rest are not tried.
    const tried = rendered.problems.filter((p) => p.endsWith(TOO_LONG)).length;
    expect(tried).toBeGreaterThanOrEqual(1);
    expect(tried).toBeLessThanOrEqual(2);
    expect(rendered.problems).toEqual([
      ...names.slice(0, tried).map((n) => `${n}: ${TOO_LONG}`),
      ...names.slice(tried).map((n) => `${n}: ${NOT_CHECKED}`),
    ]);
    expect(rendered.missing).toEqual(names);
    expect(ms).toBeLessThan(2_000);

    // Within the same second the account's budget (150 ms) is spent too: later renders check nothing.
    const later = async () => {
      await new Promise((resolve) => setImmediate(resolve));
      return renderTemplate(template, values, {}, { revealSecrets: false }).problems[0];
    };
    await later();
    expect(await later()).toBe(`p0: ${NOT_CHECKED}`);

    // A later request, in the next second, starts with the whole budget again.
    await nextWindow();
    expect(valueProblem(storedParam(LEGACY_EVIL), `${'a'.repeat(499)}!`)).toBe(TOO_LONG);
    // A request after that: the slow match's two timeouts run longer in wall time on a busy
    // machine and can use up this second's budget (and calls in one tick share a render's).
    await nextWindow();
    expect(valueProblem(storedParam('[a-z]+'), 'abc')).toBeNull();
  });

  it("keeps one account's slow patterns from using up another account's checks", async () => {
    await nextWindow();
    const slow = storedParam(LEGACY_EVIL);
    const evil = `${'a'.repeat(499)}!`;
    // A counted repeat on the linear engine runs under the timeout, so it draws on the budget (a flat
    // pattern runs directly and is always checked).
    const ordinary = storedParam('[A-Za-z0-9._-]{1,16}');
    // Two busy accounts spend the process's second (250 ms) between them, 150 ms each at most.
    for (const busy of ['account-a', 'account-b']) {
      for (let i = 0; i < 3; i++) {
        await new Promise((resolve) => setImmediate(resolve));
        valueProblem(slow, evil, busy);
      }
      await new Promise((resolve) => setImmediate(resolve));
      expect(valueProblem(ordinary, 'jdoe', busy)).toBe(NOT_CHECKED);
    }
    // A third account still has its floor this second: its ordinary values are checked.
    await new Promise((resolve) => setImmediate(resolve));
    expect(valueProblem(ordinary, 'jdoe', 'account-c')).toBeNull();
    expect(valueProblem(ordinary, 'j doe', 'account-c')).toBe(
      'does not match the pattern [A-Za-z0-9._-]{1,16}',
    );
  });

  it('checks ordinary patterns without the timeout, so a busy account is not refused for them', async () => {
    await nextWindow();
    // Under the vm's timeout each check cost a few milliseconds of the account's 150: about fifty
    // values a second. A pattern whose cost is bounded (flat, or linear without counted repeats)
    // runs directly.
    const sam = storedParam('[A-Za-z0-9._-]{1,20}');
    const upn = storedParam('[^@\\s]+@[^@\\s]+');
    const problems = new Set<string | null>();
    for (let i = 0; i < 500; i++) {
      problems.add(valueProblem(sam, `user.${i}`, 'busy-account'));
      problems.add(valueProblem(upn, `user.${i}@fabrikam.example`, 'busy-account'));
    }
    expect([...problems]).toEqual([null]);
    expect(valueProblem(sam, 'no spaces allowed', 'busy-account')).toBe(
      'does not match the pattern [A-Za-z0-9._-]{1,20}',
    );
  });
});
