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
 * lookaheads or a bound over 16 (`{1,20}`); such a pattern runs on the backtracking engine, and a
 * new one is accepted only when it is flat ({@link tooSlowToMatch}). A pattern stored before that
 * rule runs under a timeout, and one render's matches share a time budget ({@link matchesPattern}).
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
 * How many repeats of a pattern can vary in length (`*`, `+`, `?`, `{m,n}` with m < n), and whether
 * it has any group, alternation or escape-coded backreference: read from the source, skipping
 * character classes and escapes.
 */
function shape(pattern: string): { varying: number; structured: boolean } {
  let varying = 0;
  let structured = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') structured = true;
      i++;
    } else if (c === '[') {
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
    } else if (c === '(' || c === ')' || c === '|') {
      structured = true;
    } else if (c === '*' || c === '+' || c === '?') {
      varying++;
      if (pattern[i + 1] === '?') i++; // lazy
    } else if (c === '{') {
      const q = /^\{(\d+)(?:,(\d*))?\}/.exec(pattern.slice(i));
      if (q) {
        if (q[2] !== undefined && q[2] !== q[1]) varying++;
        i += q[0].length - 1;
        if (pattern[i + 1] === '?') i++;
      }
    }
  }
  return { varying, structured };
}

/**
 * A pattern the linear engine cannot run is accepted only when it is flat — characters and classes
 * with repeats, no group, alternation, lookahead or backreference — with at most this many repeats
 * that vary: anchored, backtracking then tries at most value length² splits (about 250,000 steps on
 * 500 characters, a millisecond or two). Groups are where the exponential cases live ((a|a)*,
 * (a*){16}), and telling the safe ones apart is not worth the risk.
 */
const FLAT_VARYING_REPEATS = 2;

/**
 * A compiling pattern that could take too long: the linear engine cannot run it and it is not flat
 * (above). `[A-Za-z0-9._-]{1,20}` (a bound over 16, which that engine will not unroll) is fine;
 * `(a+){1,20}`, `^(?!admin$).+$` and `(\w+)\1` are refused.
 */
export function tooSlowToMatch(pattern: string): boolean {
  if (!compiles(pattern) || linear(pattern) !== null) return false;
  const { varying, structured } = shape(pattern);
  return structured || varying > FLAT_VARYING_REPEATS;
}

/**
 * How long one match may run. Ordinary patterns take microseconds on 500 characters; even the
 * linear engine is slow on a pattern whose bounded repeats unroll into a large automaton (an outside
 * run found a 197-character one taking 400 ms), so every match runs under it. The backtracking
 * engine gets more: its patterns are flat or stored before the rule.
 */
const LINEAR_TIMEOUT_MS = 25;
const BACKTRACKING_TIMEOUT_MS = 50;

/**
 * A template has up to 30 parameters: the matches of one synchronous run (one render) share this
 * much time, and what is left unchecked once it is spent says so. Reset when that run ends, so
 * one request's patterns never count against another's.
 */
const RENDER_BUDGET_MS = 150;
let renderSpentMs = 0;

/**
 * And per second: the whole process, so that a hundred parallel previews of slow patterns cannot
 * hold every other request, and each account, so that one account's previews cannot use the
 * process's share up for every other account (an outside run had one viewer, at 8 previews a
 * second, leave 29 of 32 of another account's renders unchecked). Past its share an account waits
 * for the next second; past the process's, an account that has not had its floor this second still
 * gets it.
 */
const PROCESS_BUDGET_MS_PER_SECOND = 250;
const ACCOUNT_BUDGET_MS_PER_SECOND = 150;
const ACCOUNT_FLOOR_MS_PER_SECOND = 25;
let windowStartedAt = 0;
let windowSpentMs = 0;
/** This second's spend per account (the key callers pass; '' for none). */
const accountSpentMs = new Map<string, number>();

function overBudget(now: number, account: string): boolean {
  if (now - windowStartedAt >= 1_000) {
    windowStartedAt = now;
    windowSpentMs = 0;
    accountSpentMs.clear();
  }
  if (renderSpentMs >= RENDER_BUDGET_MS) return true;
  const own = accountSpentMs.get(account) ?? 0;
  if (own >= ACCOUNT_BUDGET_MS_PER_SECOND) return true;
  return windowSpentMs >= PROCESS_BUDGET_MS_PER_SECOND && own >= ACCOUNT_FLOOR_MS_PER_SECOND;
}

function charge(ms: number, account: string): void {
  if (renderSpentMs === 0)
    queueMicrotask(() => {
      renderSpentMs = 0;
    });
  renderSpentMs += ms;
  windowSpentMs += ms;
  accountSpentMs.set(account, (accountSpentMs.get(account) ?? 0) + ms);
}

let matchers: Record<'linear' | 'backtracking', { context: vm.Context; script: vm.Script }> | null = null;

/**
 * A vm context's `timeout` is enforced by a watchdog thread that makes V8 interrupt the running
 * script, a regex in the middle of a match included (on either engine); a plain call cannot be
 * interrupted. The contexts are reused: creating one costs far more than the match.
 */
function timedMatch(engine: 'linear' | 'backtracking', source: string, value: string): boolean | 'timeout' {
  matchers ??= {
    linear: {
      context: vm.createContext({ source: '', value: '' }),
      script: new vm.Script("new RegExp(source, 'l').test(value)"),
    },
    backtracking: {
      context: vm.createContext({ source: '', value: '' }),
      script: new vm.Script('new RegExp(source).test(value)'),
    },
  };
  const { context, script } = matchers[engine];
  context.source = source;
  context.value = value;
  try {
    const timeout = engine === 'linear' ? LINEAR_TIMEOUT_MS : BACKTRACKING_TIMEOUT_MS;
    return script.runInContext(context, { timeout }) === true;
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return 'timeout';
    throw error;
  } finally {
    context.source = '';
    context.value = '';
  }
}

/**
 * Patterns whose match cost is small whatever the value, so they run without the vm's timeout,
 * which costs a few milliseconds a call in itself (a watchdog thread per run): at that price a
 * process checks only a few hundred values a second. On the linear engine, a pattern without a
 * counted repeat: its automaton is about as large as the pattern (at most 200 characters), against
 * values of at most 500. On the backtracking engine, a flat pattern ({@link tooSlowToMatch}): at
 * most value-length² ways to split a value. Everything else (counted repeats that unroll, patterns
 * stored before the rule) runs under the timeout.
 */
function plan(pattern: string): Plan {
  const known = plans.get(pattern);
  if (known) return known;
  const source = `^(?:${pattern})$`;
  const onLinear = linear(source);
  const bounded = onLinear ? !pattern.includes('{') : !tooSlowToMatch(pattern);
  const made: Plan = {
    source,
    engine: onLinear ? 'linear' : 'backtracking',
    direct: bounded ? (onLinear ?? new RegExp(source)) : null,
  };
  // A library has a few dozen patterns; the bound keeps a stream of one-off previews from growing it.
  if (plans.size >= 1_000) plans.clear();
  plans.set(pattern, made);
  return made;
}

interface Plan {
  /** The pattern anchored to the whole value. */
  source: string;
  engine: 'linear' | 'backtracking';
  /** The compiled pattern, when its cost is bounded and it runs without the vm. */
  direct: RegExp | null;
}
const plans = new Map<string, Plan>();

/**
 * Whether the whole value matches the pattern; 'timeout' when the match ran out of time, 'over
 * budget' when it was not tried (this render, this account this second, or the process this second
 * used up the time).
 */
export function matchesPattern(
  pattern: string,
  value: string,
  /** Whose time it is (the account): see ACCOUNT_BUDGET_MS_PER_SECOND. */
  account = '',
): boolean | 'timeout' | 'over budget' {
  const started = performance.now();
  const { source, engine, direct } = plan(pattern);
  // A bounded pattern costs microseconds: it is always checked, even when a slow pattern in the
  // same render has used the budget up (a busy machine stretched the slow one's timeouts).
  if (direct) {
    const result = direct.test(value);
    charge(performance.now() - started, account);
    return result;
  }
  if (overBudget(started, account)) return 'over budget';
  // A time-out is confirmed once before it counts: the timeout is wall-clock time, and a
  // garbage-collection pause or a starved CPU can stall even a trivial match that long.
  let result = timedMatch(engine, source, value);
  if (result === 'timeout' && renderSpentMs + (performance.now() - started) < RENDER_BUDGET_MS)
    result = timedMatch(engine, source, value);
  charge(performance.now() - started, account);
  return result;
}
