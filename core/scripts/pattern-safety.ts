import vm from 'node:vm';

/**
 * Patterns are written by engineers and matched against values anyone with the template can send.
 * A backtracking engine can take exponential time on some of them: `^(a+)+$` against thirty a's and
 * a "!" runs for seconds, and a match blocks the whole server. Two defences: `matchesPattern` stops
 * any match that runs too long (the guarantee, also for patterns stored before this check), and the
 * schema refuses the patterns that are obviously exponential, so their author hears it while editing
 * rather than a user hearing "took too long" later.
 */

/** A pattern JavaScript can compile (the parser below assumes it does). */
export function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return true;
  } catch {
    return false;
  }
}

/** One atom of a pattern and how often it may repeat (`max` Infinity for *, + and {n,}). */
interface Term {
  atom: Atom;
  min: number;
  max: number;
}
type Atom =
  /** Matches exactly one character: a literal, an escape such as \d or \., a class or `.`. */
  | { kind: 'char'; source: string }
  | { kind: 'group'; branches: Term[][]; lookaround: boolean }
  /** ^, $, \b, \B: they match no character. */
  | { kind: 'assertion' }
  | { kind: 'backreference' };

/**
 * The pattern as alternatives of terms. Only called on a pattern that compiles, so it can be lenient
 * about syntax (non-Unicode mode: a `{` that is no quantifier is a literal).
 */
function parsePattern(source: string): Term[][] {
  let i = 0;
  const skipPast = (char: string) => {
    const at = source.indexOf(char, i);
    i = at < 0 ? source.length : at + 1;
  };
  const disjunction = (): Term[][] => {
    const branches = [alternative()];
    while (source[i] === '|') {
      i++;
      branches.push(alternative());
    }
    return branches;
  };
  const alternative = (): Term[] => {
    const terms: Term[] = [];
    while (i < source.length && source[i] !== '|' && source[i] !== ')')
      terms.push({ atom: atom(), ...quantifier() });
    return terms;
  };
  const atom = (): Atom => {
    const start = i;
    const c = source[i++];
    if (c === '(') {
      let lookaround = false;
      if (source.startsWith('?:', i)) i += 2;
      else if (/^\?<?[=!]/.test(source.slice(i, i + 3))) {
        lookaround = true;
        i += source[i + 1] === '<' ? 3 : 2;
      } else if (source[i] === '?') skipPast('>');
      const branches = disjunction();
      i++;
      return { kind: 'group', branches, lookaround };
    }
    if (c === '[') {
      if (source[i] === '^') i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
      return { kind: 'char', source: source.slice(start, i) };
    }
    if (c === '^' || c === '$') return { kind: 'assertion' };
    if (c !== '\\') return { kind: 'char', source: c ?? '' };
    const escaped = source[i++] ?? '';
    if (escaped === 'b' || escaped === 'B') return { kind: 'assertion' };
    if (/[1-9]/.test(escaped)) {
      while (/\d/.test(source[i] ?? '')) i++;
      return { kind: 'backreference' };
    }
    if (escaped === 'k' && source[i] === '<') {
      skipPast('>');
      return { kind: 'backreference' };
    }
    const rest = source.slice(i);
    if (escaped === 'c' && /^[A-Za-z]/.test(rest)) i += 1;
    else if (escaped === 'x' && /^[\dA-Fa-f]{2}/.test(rest)) i += 2;
    else if (escaped === 'u' && /^[\dA-Fa-f]{4}/.test(rest)) i += 4;
    else if (escaped === '0') i += /^[0-7]{0,2}/.exec(rest)?.[0].length ?? 0;
    return { kind: 'char', source: source.slice(start, i) };
  };
  const quantifier = (): { min: number; max: number } => {
    let bounds: { min: number; max: number } | null = null;
    const c = source[i];
    if (c === '*') bounds = { min: 0, max: Number.POSITIVE_INFINITY };
    else if (c === '+') bounds = { min: 1, max: Number.POSITIVE_INFINITY };
    else if (c === '?') bounds = { min: 0, max: 1 };
    if (bounds) i++;
    else if (c === '{') {
      const braces = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (braces) {
        i += braces[0].length;
        const min = Number(braces[1]);
        const max = braces[2] === undefined ? min : braces[3] ? Number(braces[3]) : Number.POSITIVE_INFINITY;
        bounds = { min, max };
      }
    }
    if (bounds && source[i] === '?') i++; // lazy: the same set of ways to match
    return bounds ?? { min: 1, max: 1 };
  };
  return disjunction();
}

/**
 * A repeated group costs exponential time when a text can be split among its repetitions in
 * many ways. More repetitions than this of such a group are refused; (a+){3} multiplies the work
 * by a small power of the value's length, which the match timeout covers.
 */
const FEW_REPEATS = 3;

/** Characters worth testing an atom against; see `overlapTester`. */
function candidateCharacters(pattern: string): string[] {
  const codes = new Set<number>();
  // Latin and its punctuation, where nearly every ordinary pattern lives.
  for (let c = 0; c < 0x300; c++) codes.add(c);
  // What \s and `.` treat specially beyond that range.
  for (const c of [0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) codes.add(c);
  for (let c = 0x2000; c <= 0x200a; c++) codes.add(c);
  // Two ranges or sets that overlap share an end point or a listed character, so each character
  // the pattern names (literally or as \xHH, \uHHHH) and its neighbours are enough beyond that.
  const named = Array.from({ length: pattern.length }, (_, k) => pattern.charCodeAt(k));
  for (const m of pattern.matchAll(/\\(?:x([\dA-Fa-f]{2})|u([\dA-Fa-f]{4}))/g))
    named.push(Number.parseInt(m[1] ?? m[2] ?? '0', 16));
  for (const code of named)
    for (const c of [code - 1, code, code + 1]) if (c >= 0 && c <= 0xffff) codes.add(c);
  return [...codes].map((c) => String.fromCharCode(c));
}

/**
 * Whether two one-character atoms can match the same character, by trying both on the characters
 * that could tell. An atom it cannot evaluate counts as matching everything: the safe answer.
 */
function overlapTester(pattern: string): (a: string, b: string) => boolean {
  const candidates = candidateCharacters(pattern);
  const sets = new Map<string, Set<string> | null>();
  const charsOf = (atom: string) => {
    if (!sets.has(atom)) {
      try {
        const re = new RegExp(`^(?:${atom})$`);
        sets.set(atom, new Set(candidates.filter((c) => re.test(c))));
      } catch {
        sets.set(atom, null);
      }
    }
    return sets.get(atom) ?? null;
  };
  return (a, b) => {
    const [x, y] = [charsOf(a), charsOf(b)];
    if (!x || !y || x.size === 0 || y.size === 0) return true;
    for (const c of x) if (y.has(c)) return true;
    return false;
  };
}

/** Whether the group's text can take different lengths or shapes: the precondition for many splits. */
function varies(branches: Term[][]): boolean {
  if (branches.length > 1) return true;
  return branches.some((terms) =>
    terms.some(
      (t) =>
        t.min !== t.max ||
        t.atom.kind === 'backreference' ||
        (t.atom.kind === 'group' && !t.atom.lookaround && varies(t.atom.branches)),
    ),
  );
}

function charTerms(branches: Term[][]): Term[] {
  return branches.flatMap((terms) =>
    terms.flatMap((t) =>
      t.atom.kind === 'char' ? [t] : t.atom.kind === 'group' ? charTerms(t.atom.branches) : [],
    ),
  );
}

function hasBackreference(branches: Term[][]): boolean {
  return branches.some((terms) =>
    terms.some(
      (t) =>
        t.atom.kind === 'backreference' || (t.atom.kind === 'group' && hasBackreference(t.atom.branches)),
    ),
  );
}

/**
 * Whether each repetition is marked by a separator nothing else in the group can match: every
 * branch starts with its own one-character atom (no two branches sharing a character), or a single
 * branch ends with one. The separators in the text then fix where each repetition begins, so the
 * group splits a text one way only: ([a-z0-9-]+\.)+, (,\s*\w+)*, (\w|-)+ are linear.
 */
function separated(branches: Term[][], overlap: (a: string, b: string) => boolean): boolean {
  if (hasBackreference(branches)) return false;
  const once = (t: Term | undefined): t is Term & { atom: { kind: 'char' } } =>
    t !== undefined && t.atom.kind === 'char' && t.min === 1 && t.max === 1;
  const source = (t: Term) => (t.atom.kind === 'char' ? t.atom.source : '');
  const all = charTerms(branches);
  const marks = (separators: Term[]) =>
    separators.every((s, n) => separators.slice(n + 1).every((o) => !overlap(source(s), source(o)))) &&
    all.every((t) => separators.includes(t) || separators.every((s) => !overlap(source(s), source(t))));
  const firsts = branches.map((terms) => terms[0]);
  if (firsts.every(once) && marks(firsts)) return true;
  const only = branches.length === 1 ? branches[0] : undefined;
  const last = only && only.length > 1 ? only[only.length - 1] : undefined;
  return once(last) && marks([last]);
}

/**
 * Star height, roughly: a group repeated many times whose own text varies and is not marked off by
 * a separator, as in (a+)+, (a*)*, (a|aa)+, (\w+\s?)*. Deliberately simple and conservative about
 * what it accepts; anything it misses is still stopped by the match timeout.
 */
export function exponentialPattern(pattern: string): boolean {
  if (pattern.length > 200 || !compiles(pattern)) return false; // refused for that already
  const overlap = overlapTester(pattern);
  const check = (branches: Term[][]): boolean =>
    branches.some((terms) =>
      terms.some(
        (t) =>
          t.atom.kind === 'group' &&
          ((!t.atom.lookaround &&
            t.max > FEW_REPEATS &&
            varies(t.atom.branches) &&
            !separated(t.atom.branches, overlap)) ||
            check(t.atom.branches)),
      ),
    );
  return check(parsePattern(pattern));
}

/**
 * How long one value may be matched against its pattern. Ordinary patterns take microseconds on
 * 500 characters; the margin is for a busy machine.
 */
const PATTERN_TIMEOUT_MS = 50;

/**
 * A match that runs out of time still holds the server for its timeout, and a template has up to 30
 * parameters: all the matches of one synchronous run (one render) share this much time-out time.
 * Reset when that run ends, so one request's slow patterns never count against another's.
 */
const SLOW_BUDGET_MS = 200;
let slowSpentMs = 0;

let matcher: { context: vm.Context; script: vm.Script } | null = null;

/**
 * The match runs in a vm context because its `timeout` is enforced by a watchdog thread that makes
 * V8 interrupt the running script, a regex in the middle of backtracking included; a plain call
 * cannot be interrupted at all. One context is reused: creating one costs far more than the match.
 */
function matchOnce(pattern: string, value: string): boolean | 'timeout' {
  matcher ??= {
    context: vm.createContext({ source: '', value: '' }),
    script: new vm.Script('new RegExp(source).test(value)'),
  };
  const { context, script } = matcher;
  context.source = `^(?:${pattern})$`;
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
 * Whether the whole value matches the pattern; 'timeout' when the match ran out of time, 'over
 * budget' when it was not tried because earlier matches of this run already used up the time.
 */
export function matchesPattern(pattern: string, value: string): boolean | 'timeout' | 'over budget' {
  // A time-out is confirmed once before it counts: the timeout is wall-clock time, and a
  // garbage-collection pause or a starved CPU can stall even a trivial match that long (seen in
  // the test suite under load), but hardly twice running.
  for (let attempt = 1; attempt <= 2; attempt++) {
    if (slowSpentMs >= SLOW_BUDGET_MS) return attempt === 1 ? 'over budget' : 'timeout';
    const result = matchOnce(pattern, value);
    if (result !== 'timeout') return result;
    if (slowSpentMs === 0)
      queueMicrotask(() => {
        slowSpentMs = 0;
      });
    slowSpentMs += PATTERN_TIMEOUT_MS;
  }
  return 'timeout';
}
