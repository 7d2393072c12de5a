import { InvalidInputError } from '../shared/errors.ts';
import { PARAM_TYPES, type ScriptParam, ScriptParam as ScriptParamSchema } from './params.ts';

/*
 * Chat forms (a Slack modal, an Adaptive Card) have plain text fields only, so the review's
 * "accept with edits" shows the parameter schema as one line per parameter:
 *
 *   ComputerName: string = FAB-WS-023
 *   Pin: secret
 *   Mode: choice(Full|Quick)
 *
 * What a line cannot say (description, pattern, required, source) is kept from the parameter of
 * the same name; the builder on the Scripts page edits all of it.
 */

const LINE = /^([A-Za-z][A-Za-z0-9_]{0,39})\s*(?::\s*([a-z]+)\s*(?:\(([^)]*)\))?)?\s*(?:=\s*(.*?))?\s*$/i;

/** The schema as editable lines, in declaration order. */
export function paramsToLines(params: readonly ScriptParam[]): string {
  return params
    .map((p) => {
      const type = p.type === 'choice' ? `choice(${p.choices.join('|')})` : p.type;
      return `${p.name}: ${type}${p.default !== null ? ` = ${p.default}` : ''}`;
    })
    .join('\n');
}

/**
 * Edited lines back into a schema. A line that does not read as `Name: type = default` is refused
 * with its number, and so is one the schema rules refuse (a secret with a default, a choice with
 * one option), so a typo never silently drops a parameter.
 */
export function paramsFromLines(text: string, previous: readonly ScriptParam[]): ScriptParam[] {
  const out: ScriptParam[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const where = `Parameter line ${i + 1} ("${line.slice(0, 60)}")`;
    const match = LINE.exec(line);
    if (!match) throw refused(`${where} should read "Name: type = default", e.g. "ComputerName: string".`);
    const [, name = '', typeText, choicesText, defaultText] = match;
    const before = previous.find((p) => p.name === name);
    const type = (typeText?.toLowerCase() ?? before?.type ?? 'string') as ScriptParam['type'];
    if (!(PARAM_TYPES as readonly string[]).includes(type))
      throw refused(`${where}: the type must be one of ${PARAM_TYPES.join(', ')}.`);
    const choices =
      choicesText !== undefined
        ? choicesText
            .split('|')
            .map((c) => c.trim())
            .filter(Boolean)
        : type === 'choice'
          ? (before?.choices ?? [])
          : [];
    const parsed = ScriptParamSchema.safeParse({
      name,
      type,
      required: before?.required ?? true,
      default: defaultText ? defaultText : null,
      pattern: before?.pattern ?? null,
      description: before?.description ?? '',
      choices,
      source: type === 'secret' ? null : (before?.source ?? null),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw refused(`${where}: ${issue?.path.join('.') || 'value'} ${issue?.message ?? 'is not valid'}.`);
    }
    if (out.some((p) => p.name.toLowerCase() === name.toLowerCase()))
      throw refused(`${where}: "${name}" is declared twice.`);
    out.push(parsed.data);
  });
  return out;
}

function refused(message: string): InvalidInputError {
  return new InvalidInputError(message, [{ path: 'params', message }]);
}
