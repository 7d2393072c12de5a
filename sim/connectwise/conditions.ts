/**
 * Parser for the ConnectWise `conditions=` query language (the subset integrations send):
 *
 * - comparisons `field op value` with `=`, `!=`, `<`, `<=`, `>`, `>=`, `contains`, `like`, and
 *   `field in (v1, v2, …)`; `not` may precede `contains`/`like`/`in`;
 * - `and` / `or` (case-insensitive, `and` binds tighter) and parentheses;
 * - values: strings in double quotes (`\"` and `\\` escapes), numbers, `true`/`false`/`null`, and
 *   datetimes in square brackets (`[2026-01-01T00:00:00Z]`);
 * - fields: names and nested paths with `/` (`board/name`, `company/identifier`, `lastUpdated`).
 *
 * Anything else is a {@link ConditionsError}, which the server answers with HTTP 400.
 */

export type ConditionValue =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  | { kind: 'datetime'; value: number; text: string };

export type ComparisonOp = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'contains' | 'like' | 'in';

export type ConditionNode =
  | { type: 'and' | 'or'; left: ConditionNode; right: ConditionNode }
  | { type: 'compare'; field: string[]; op: ComparisonOp; negated: boolean; values: ConditionValue[] };

/** A syntax error in `conditions`, with the character offset where it was noticed. */
export class ConditionsError extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(`${message} at position ${position}`);
    this.name = 'ConditionsError';
  }
}

type Token =
  | { t: 'ident'; v: string; at: number }
  | { t: 'op'; v: string; at: number }
  | { t: 'string'; v: string; at: number }
  | { t: 'number'; v: number; at: number }
  | { t: 'datetime'; v: string; at: number }
  | { t: '(' | ')' | ','; at: number };

const IDENT = /[A-Za-z_][A-Za-z0-9_]*(?:[/.][A-Za-z_][A-Za-z0-9_]*)*/y;
const NUMBER = /-?\d+(?:\.\d+)?/y;
const DATETIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function readString(src: string, start: number): { value: string; end: number } {
  let out = '';
  for (let i = start + 1; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      const next = src[i + 1];
      if (next !== '"' && next !== '\\') throw new ConditionsError('Invalid escape in string literal', i);
      out += next;
      i++;
    } else if (ch === '"') {
      return { value: out, end: i + 1 };
    } else {
      out += ch;
    }
  }
  throw new ConditionsError('Unterminated string literal', start);
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i] as string;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ t: ch, at: i });
      i++;
    } else if (ch === '"') {
      const { value, end } = readString(src, i);
      tokens.push({ t: 'string', v: value, at: i });
      i = end;
    } else if (ch === '[') {
      const close = src.indexOf(']', i);
      if (close < 0) throw new ConditionsError('Unterminated datetime literal', i);
      tokens.push({ t: 'datetime', v: src.slice(i + 1, close).trim(), at: i });
      i = close + 1;
    } else if (/[<>=!]/.test(ch)) {
      const two = src.slice(i, i + 2);
      const op = ['<=', '>=', '!='].includes(two) ? two : ch;
      if (op === '!') throw new ConditionsError("Unexpected '!'", i);
      tokens.push({ t: 'op', v: op, at: i });
      i += op.length;
    } else {
      NUMBER.lastIndex = i;
      const num = NUMBER.exec(src);
      if (num && /\d|-/.test(ch)) {
        tokens.push({ t: 'number', v: Number(num[0]), at: i });
        i += num[0].length;
        continue;
      }
      IDENT.lastIndex = i;
      const ident = IDENT.exec(src);
      if (!ident) throw new ConditionsError(`Unexpected character '${ch}'`, i);
      tokens.push({ t: 'ident', v: ident[0], at: i });
      i += ident[0].length;
    }
  }
  return tokens;
}

const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'contains', 'like', 'true', 'false', 'null']);

class Parser {
  private pos = 0;

  constructor(
    private readonly tokens: Token[],
    private readonly length: number,
  ) {}

  parse(): ConditionNode {
    const node = this.parseOr();
    const extra = this.tokens[this.pos];
    if (extra) throw new ConditionsError('Unexpected token after end of condition', extra.at);
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private at(): number {
    return this.peek()?.at ?? this.length;
  }

  private isWord(word: string): boolean {
    const token = this.peek();
    return token?.t === 'ident' && token.v.toLowerCase() === word;
  }

  private parseOr(): ConditionNode {
    let left = this.parseAnd();
    while (this.isWord('or')) {
      this.pos++;
      left = { type: 'or', left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): ConditionNode {
    let left = this.parsePrimary();
    while (this.isWord('and')) {
      this.pos++;
      left = { type: 'and', left, right: this.parsePrimary() };
    }
    return left;
  }

  private parsePrimary(): ConditionNode {
    const token = this.peek();
    if (token?.t === '(') {
      this.pos++;
      const inner = this.parseOr();
      if (this.peek()?.t !== ')') throw new ConditionsError("Expected ')'", this.at());
      this.pos++;
      return inner;
    }
    if (token?.t !== 'ident' || KEYWORDS.has(token.v.toLowerCase())) {
      throw new ConditionsError('Expected a field name', this.at());
    }
    this.pos++;
    const field = token.v.split(/[/.]/);
    const negated = this.isWord('not');
    if (negated) this.pos++;
    const opToken = this.peek();
    let op: ComparisonOp;
    if (opToken?.t === 'op' && !negated) {
      op = opToken.v as ComparisonOp;
    } else if (opToken?.t === 'ident' && ['contains', 'like', 'in'].includes(opToken.v.toLowerCase())) {
      op = opToken.v.toLowerCase() as ComparisonOp;
    } else {
      throw new ConditionsError(`Expected an operator after '${token.v}'`, this.at());
    }
    this.pos++;
    if (op === 'in') return { type: 'compare', field, op, negated, values: this.parseList() };
    const value = this.parseValue();
    if ((op === 'contains' || op === 'like') && value.kind !== 'string') {
      throw new ConditionsError(`'${op}' needs a string value`, this.tokens[this.pos - 1]?.at ?? 0);
    }
    return { type: 'compare', field, op, negated, values: [value] };
  }

  private parseList(): ConditionValue[] {
    if (this.peek()?.t !== '(') throw new ConditionsError("Expected '(' after 'in'", this.at());
    this.pos++;
    const values = [this.parseValue()];
    while (this.peek()?.t === ',') {
      this.pos++;
      values.push(this.parseValue());
    }
    if (this.peek()?.t !== ')') throw new ConditionsError("Expected ')' to close the 'in' list", this.at());
    this.pos++;
    return values;
  }

  private parseValue(): ConditionValue {
    const token = this.peek();
    if (!token) throw new ConditionsError('Expected a value', this.length);
    this.pos++;
    switch (token.t) {
      case 'string':
        return { kind: 'string', value: token.v };
      case 'number':
        return { kind: 'number', value: token.v };
      case 'datetime': {
        const ms = DATETIME.test(token.v) ? Date.parse(token.v) : Number.NaN;
        if (Number.isNaN(ms)) throw new ConditionsError(`Invalid datetime [${token.v}]`, token.at);
        return { kind: 'datetime', value: ms, text: token.v };
      }
      case 'ident': {
        const word = token.v.toLowerCase();
        if (word === 'true' || word === 'false') return { kind: 'boolean', value: word === 'true' };
        if (word === 'null') return { kind: 'null' };
        throw new ConditionsError(`Unquoted value '${token.v}' (strings need double quotes)`, token.at);
      }
      default:
        throw new ConditionsError('Expected a value', token.at);
    }
  }
}

/** Parses a `conditions` string; throws {@link ConditionsError} on invalid syntax. */
export function parseConditions(source: string): ConditionNode {
  if (source.trim() === '') throw new ConditionsError('Empty conditions', 0);
  return new Parser(tokenize(source), source.length).parse();
}
