import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * Parameter patterns are written by engineers and matched against values anyone with the template
 * can send. On V8's usual backtracking engine some patterns take exponential or high-polynomial
 * time — `^(a+)+$` against thirty a's and a "!" ran for 9 s, and `^a*a*a*a*a*a*a*b$` against 500
 * a's for long enough that a hundred parallel previews held every request for 11 s — and a match
 * blocks the whole server.
 *
 * So patterns run on V8's linear-time engine (the `l` flag, switched on below) where it can: its
 * time grows with pattern × value length, whatever the pattern. It cannot run backreferences,
 * lookaheads or a bound over 16 (`{1,20}`); those run on the backtracking engine, and a new pattern
 * of that kind is accepted only when its shape bounds the backtracking ({@link tooSlowToMatch}). A
 * pattern stored before that rule runs under a timeout as well ({@link matchesPattern}).
 */

// Read by V8 when a RegExp is created, so switching it on at run time is enough; the flag has
// existed since V8 8.8 (Node 16) and is how Chrome runs the same engine as a fallback.
v8.setFlagsFromString('--enable-experimental-regexp-engine');

/** Whether this Node's V8 accepts the `l` flag: a test asserts it, so an upgrade that drops it shows. */
export const LINEAR_ENGINE = (() => {
  try {
    // biome-ignore lint/complexity/useRegexLiterals: a literal with `l` is a syntax error where the engine is off
    return new RegExp('a', 'l').test('a');
  } catch {
    return false;
  }
})();

/** A pattern JavaScript can compile. */
export function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

function linear(source: string): RegExp | null {
  if (!LINEAR_ENGINE) return null;
  try {
    return new RegExp(source, 'l');
  } catch {
    return null; // a lookaround or a backreference
  }
}

/**
 * What a pattern the linear engine cannot run (a bound over 16, `{1,20}`, which that engine will
 * not unroll; a lookaround; a backreference) holds, read from its source: how many repeats can vary
 * in length (`*`, `+`, `?`, `{m,n}` with m < n), whether a repeated group holds one, and whether it
 * uses a backreference. Character classes and escapes are skipped; `(?` opens a group, no repeat.
 */
function shape(pattern: string): { varying: number; nested: boolean; backreference: boolean } {
  let varying = 0;
  let nested = false;
  let backreference = false;
  // Per open group: whether a varying repeat occurred inside it.
  const groups: boolean[] = [];
  let lastGroupVaried = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    let quantified = false;
    let varies = false;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9]/.test(next) || (next === 'k' && pattern[i + 2] === '<')) backreference = true;
      i++;
    } else if (c === '[') {
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
    } else if (c === '(') {
      groups.push(false);
      if (pattern[i + 1] === '?') i++; // (?:, (?=, (?<name>: the ? is not a repeat
    } else if (c === ')') {
      lastGroupVaried = groups.pop() ?? false;
      if (lastGroupVaried && groups.length > 0) groups[groups.length - 1] = true;
      const after = pattern.slice(i + 1);
      const q = /^(?:[*+?]|\{(\d+)(?:,(\d*))?\})/.exec(after);
      if (q) {
        quantified = true;
        varies = q[0] === '*' || q[0] === '+' || q[0] === '?' || (q[2] !== undefined && q[2] !== q[1]);
        if (varies && lastGroupVaried) nested = true;
      }
      continue;
    } else if (c === '*' || c === '+' || c === '?') {
      quantified = true;
      varies = true;
    } else if (c === '{') {
      const q = /^\{(\d+)(?:,(\d*))?\}/.exec(pattern.slice(i));
      if (q) {
        quantified = true;
        varies = q[2] !== undefined && q[2] !== q[1];
        i += q[0].length - 1;
      }
    }
    if (quantified && varies) {
      varying++;
      if (groups.length > 0) groups[groups.length - 1] = true;
      if (pattern[i + 1] === '?') i++; // lazy
    }
  }
  return { varying, nested, backreference };
}

/**
 * On the backtracking engine, a pattern whose repeats cannot split a value many ways: at most two
 * varying repeats (anchored, that is at most value length² ways, about 250,000 steps on 500
 * characters), none inside another, and no backreference.
 */
const BOUNDED_BACKTRACKING = 2;

/**
 * A compiling pattern that could take too long: the linear engine cannot run it and its shape
 * lets backtracking split a value many ways (`(a+){1,20}`, `a{0,99}a{0,99}a{0,99}b`, `(\w+)\1`).
 * `[A-Za-z0-9._-]{1,20}` and `^(?!admin$).+$` are fine: the linear engine cannot run them, but
 * they backtrack little.
 */
export function tooSlowToMatch(pattern: string): boolean {
  if (!compiles(pattern) || linear(pattern) !== null) return false;
  const { varying, nested, backreference } = shape(pattern);
  return varying > BOUNDED_BACKTRACKING || nested || backreference;
}

/**
 * The fallback's timeout for one match. Ordinary patterns take microseconds on 500 characters; the
 * margin is for a busy machine.
 */
const PATTERN_TIMEOUT_MS = 50;

/**
 * A match that runs out of time still holds the server for its timeout, and a template has up to 30
 * parameters: the matches of one synchronous run (one render) share this much time-out time. Reset
 * when that run ends, so one request's slow patterns never count against another's.
 */
const SLOW_BUDGET_MS = 200;
let slowSpentMs = 0;

let matcher: { context: vm.Context; script: vm.Script } | null = null;

/**
 * A vm context's `timeout` is enforced by a watchdog thread that makes V8 interrupt the running
 * script, a regex in the middle of backtracking included; a plain call cannot be interrupted. One
 * context is reused: creating one costs far more than the match.
 */
function backtrackingMatch(source: string, value: string): boolean | 'timeout' {
  matcher ??= {
    context: vm.createContext({ source: '', value: '' }),
    script: new vm.Script('new RegExp(source).test(value)'),
  };
  const { context, script } = matcher;
  context.source = source;
  context.value = value;
  try {
    return script.runInContext(context, { timeout: PATTERN_TIMEOUT_MS }) === true;
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return 'timeout';
    throw error;
  } finally {
    context.source = '';
    context.value = '';
  }
}

/**
 * Whether the whole value matches the pattern. Only a stored pattern that needs backtracking can
 * answer 'timeout' (the match ran out of time) or 'over budget' (not tried: earlier matches of this
 * render used up the time).
 */
export function matchesPattern(pattern: string, value: string): boolean | 'timeout' | 'over budget' {
  const source = `^(?:${pattern})$`;
  const fast = linear(source);
  if (fast) return fast.test(value);
  // A time-out is confirmed once before it counts: the timeout is wall-clock time, and a
  // garbage-collection pause or a starved CPU can stall even a trivial match that long.
  for (let attempt = 1; attempt <= 2; attempt++) {
    if (slowSpentMs >= SLOW_BUDGET_MS) return attempt === 1 ? 'over budget' : 'timeout';
    const result = backtrackingMatch(source, value);
    if (result !== 'timeout') return result;
    if (slowSpentMs === 0)
      queueMicrotask(() => {
        slowSpentMs = 0;
      });
    slowSpentMs += PATTERN_TIMEOUT_MS;
  }
  return 'timeout';
}
