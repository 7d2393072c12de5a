/**
 * Redaction for values that leave our trust boundary (logs, audit metadata, model prompts).
 * Two nets: keys that name a secret, and strings shaped like one.
 */
const SECRET_KEY = /pass(word)?|secret|token|api[-_]?key|private[-_]?key|credential|authorization|cookie/i;

export const REDACTED = '[redacted]';

interface Rule {
  pattern: RegExp;
  replace: (match: string, ...groups: string[]) => string;
}

const whole = () => REDACTED;

const RULES: Rule[] = [
  { pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/g, replace: whole }, // Slack tokens
  { pattern: /\bsk-ant-[A-Za-z0-9_-]{10,}/g, replace: whole }, // Anthropic keys
  { pattern: /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{10,}/g, replace: whole }, // Stripe keys
  { pattern: /\bBearer\s+[A-Za-z0-9._~+/-]{16,}=*/gi, replace: whole },
  { pattern: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g, replace: whole }, // JWTs
  {
    pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
    replace: whole,
  },
  // Script parameters that carry secrets: PowerShell `-Password 'x'`, `-ApiKey x`, `--token=x`.
  {
    pattern:
      /(\s--?(?:password|passwd|secret|token|api-?key|client-?secret|credential)[= ]+)("[^"]*"|'[^']*'|\S+)/gi,
    replace: (_match, flag) => `${flag}${REDACTED}`,
  },
  // "password: hunter2", "pwd=…", "the secret is …": keep the label so the sentence still reads.
  {
    pattern:
      /\b((?:pass(?:word)?|pwd|secret|api[-_ ]?key|token)\s*(?:[:=]|\bis\b)\s*)("[^"]*"|'[^']*'|\S+)/gi,
    replace: (_match, label) => `${label}${REDACTED}`,
  },
];

export function redactText(text: string): string {
  let out = text;
  for (const rule of RULES) out = out.replace(rule.pattern, rule.replace);
  return out;
}

/** Deep copy with secret-named keys and secret-shaped strings replaced. */
export function redactObject<T>(value: T): T {
  return redactValue(value, 0) as T;
}

function redactValue(value: unknown, depth: number): unknown {
  if (depth > 8) return value;
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) ? REDACTED : redactValue(v, depth + 1)]),
    );
  }
  return value;
}
