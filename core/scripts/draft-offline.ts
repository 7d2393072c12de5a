import { escapeRegExp } from '../shared/regexp.ts';
import { type ParamSource, placeholdersIn, type ScriptParam, substitute } from './params.ts';
import type { SessionValues } from './session-values.ts';

export interface TemplateDraft {
  body: string;
  params: ScriptParam[];
  /** Each parameter's value in the original script: the round trip renders these back. */
  originalValues: Record<string, string>;
}

const NAMES: Record<ParamSource, { name: string; description: string }> = {
  mailbox: { name: 'Mailbox', description: "The mailbox's address" },
  user: { name: 'UserName', description: 'The affected user' },
  device: { name: 'ComputerName', description: 'The computer it runs against' },
  client: { name: 'ClientName', description: 'The client company' },
};

/** The value as a whole token: "PC1" must not turn "PC10" into "{{ComputerName}}0". */
function tokenPattern(value: string): RegExp {
  return new RegExp(`(?<![A-Za-z0-9_.@-])${escapeRegExp(value)}(?![A-Za-z0-9_@-])`, 'g');
}

/**
 * Offline drafting: the session's user, device, mailbox and client become parameters where they
 * appear verbatim in the script, and nothing else does (conservative by design: a value we cannot
 * name stays literal and an engineer adds the parameter in review).
 */
export function parameteriseByExactMatch(script: string, values: SessionValues): TemplateDraft {
  const seen = new Set<string>();
  const candidates = (Object.entries(values) as Array<[ParamSource, string]>)
    .filter(([, v]) => v.trim().length >= 3)
    .filter(([, v]) => {
      // The mailbox often is the user (a UPN): one parameter, named for whichever the facts said first.
      const key = v.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => b[1].length - a[1].length);
  let body = script;
  const params: ScriptParam[] = [];
  const originalValues: Record<string, string> = {};
  for (const [source, value] of candidates) {
    const pattern = tokenPattern(value);
    if (!pattern.test(body)) continue;
    const { name, description } = NAMES[source];
    body = body.replace(tokenPattern(value), `{{${name}}}`);
    params.push({
      name,
      type: 'string',
      required: true,
      default: null,
      pattern: null,
      description,
      choices: [],
      source,
    });
    originalValues[name] = value;
  }
  return { body, params, originalValues };
}

/**
 * The draft is sound only if its body names declared parameters alone, uses every one, and renders
 * back to the original script byte for byte with the original values.
 */
export function roundTrips(original: string, draft: TemplateDraft): boolean {
  const used = placeholdersIn(draft.body);
  const declared = draft.params.map((p) => p.name);
  if (used.some((n) => !declared.includes(n))) return false;
  if (declared.some((n) => !used.includes(n))) return false;
  if (declared.some((n) => draft.originalValues[n] === undefined)) return false;
  return substitute(draft.body, draft.originalValues) === original;
}

/** What a failed draft falls back to: the script as it ran, no parameters. */
export function withoutParams(original: string): TemplateDraft {
  return { body: original, params: [], originalValues: {} };
}
