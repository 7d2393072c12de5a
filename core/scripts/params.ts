import { z } from 'zod';
import { compiles, matchesPattern, tooSlowToMatch } from './pattern-safety.ts';

export const PARAM_TYPES = ['string', 'int', 'bool', 'choice', 'secret'] as const;
export type ParamType = (typeof PARAM_TYPES)[number];
/** Session facts a parameter can be pre-filled from. */
export const PARAM_SOURCES = ['user', 'device', 'mailbox', 'client'] as const;
export type ParamSource = (typeof PARAM_SOURCES)[number];

export const PARAM_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
/** `{{Name}}` in a body; spaces inside the braces are allowed so hand-typed templates still work. */
export const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]{0,39})\s*\}\}/g;

export const ScriptParam = z
  .object({
    name: z.string().regex(PARAM_NAME, 'letters, digits and _, starting with a letter (at most 40)'),
    type: z.enum(PARAM_TYPES, { message: `type must be one of: ${PARAM_TYPES.join(', ')}` }),
    required: z.boolean().default(true),
    default: z.string().max(500).nullable().default(null),
    pattern: z
      .string()
      .max(200)
      .refine(compiles, 'is not a valid regular expression')
      .refine(
        (pattern) => !tooSlowToMatch(pattern),
        'can take too long to match: a pattern with a lookahead, a backreference or a bound over 16 ' +
          'must be flat (no groups or |) with at most two repeats that vary (see docs/scripts.md)',
      )
      .nullable()
      .default(null),
    description: z.string().trim().max(300).default(''),
    choices: z.array(z.string().trim().min(1).max(100)).max(30).default([]),
    /** Which session fact fills it; null = guessed from the name (UserName → user …). */
    source: z.enum(PARAM_SOURCES).nullable().default(null),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.type === 'choice' && p.choices.length < 2)
      ctx.addIssue({ code: 'custom', path: ['choices'], message: 'a choice needs at least two options' });
    if (p.type === 'secret' && p.default !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['default'],
        message: 'a secret has no default (it is never stored)',
      });
    if (p.type === 'secret' && p.source !== null)
      ctx.addIssue({ code: 'custom', path: ['source'], message: 'a secret is never pre-filled' });
  });
export type ScriptParam = z.output<typeof ScriptParam>;

export const ScriptParams = z
  .array(ScriptParam)
  .max(30, 'at most 30 parameters')
  .superRefine((params, ctx) => {
    const seen = new Set<string>();
    params.forEach((p, i) => {
      const key = p.name.toLowerCase();
      if (seen.has(key))
        ctx.addIssue({ code: 'custom', path: [i, 'name'], message: `"${p.name}" is declared twice` });
      seen.add(key);
    });
  });

/** Parameter names a body refers to, in first-use order. */
export function placeholdersIn(body: string): string[] {
  const names: string[] = [];
  for (const match of body.matchAll(PLACEHOLDER)) {
    const name = match[1] as string;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** The body with each `{{Name}}` replaced; names without a value are left as written. */
export function substitute(body: string, values: Readonly<Record<string, string>>): string {
  return body.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

/** Guesses a parameter's session source from its name, so hand-written templates pre-fill too. */
export function sourceOf(param: Pick<ScriptParam, 'name' | 'type' | 'source'>): ParamSource | null {
  if (param.type === 'secret') return null;
  if (param.source) return param.source;
  const n = param.name.toLowerCase();
  if (/mailbox|email|smtp|upn/.test(n)) return 'mailbox';
  if (/computer|device|host|machine|workstation|pc$/.test(n)) return 'device';
  if (/user|identity|sam|account/.test(n)) return 'user';
  if (/client|company|customer|tenant|org/.test(n)) return 'client';
  return null;
}

/** Why a value does not fit its parameter, or null. Newlines are refused: one value, one line. */
export function valueProblem(param: ScriptParam, value: string, account?: string): string | null {
  if (/[\r\n\0]/.test(value)) return 'must be a single line';
  if (value.length > 500) return 'is longer than 500 characters';
  switch (param.type) {
    case 'int':
      if (!/^-?\d{1,15}$/.test(value)) return 'must be a whole number';
      break;
    case 'bool':
      if (!['true', 'false', '$true', '$false', '1', '0'].includes(value.toLowerCase()))
        return 'must be true or false';
      break;
    case 'choice':
      if (!param.choices.includes(value)) return `must be one of: ${param.choices.join(', ')}`;
      break;
    default:
      break;
  }
  if (param.pattern) {
    const matched = matchesPattern(param.pattern, value, account);
    if (matched === 'timeout')
      return 'the pattern took too long to check against this value; simplify the pattern';
    if (matched === 'over budget')
      return 'was not checked against its pattern: pattern checks here or on the server just took too long; simplify the patterns or try again';
    if (!matched) return `does not match the pattern ${param.pattern}`;
  }
  return null;
}

/** Body and declared parameters agree: every placeholder declared, every declared one used. */
export function schemaProblems(body: string, params: readonly ScriptParam[]): string[] {
  const used = placeholdersIn(body);
  const declared = new Set(params.map((p) => p.name));
  const problems = used.filter((n) => !declared.has(n)).map((n) => `{{${n}}} is not a declared parameter`);
  for (const p of params)
    if (!used.includes(p.name)) problems.push(`${p.name} is declared but not used in the body`);
  return problems;
}
