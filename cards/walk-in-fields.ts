import type { ClientChoices } from '../core/tickets/index.ts';

/**
 * The walk-in form's fields, once for every chat surface: Slack's "Log a walk-in" modal and the
 * Teams dialog both render from this list and read their submissions back by `key`, which is the
 * field's name in core's `CreateWalkInInput`. Caps are the input's own (core re-checks them).
 */
export const WALK_IN_TEXT_FIELDS = [
  { key: 'contactName', label: 'Contact name', optional: false, multiline: false, max: 200 },
  { key: 'contactEmail', label: 'Contact email', optional: true, multiline: false, max: 320 },
  { key: 'client', label: 'Client company', optional: false, multiline: false, max: 200 },
  { key: 'summary', label: 'Summary', optional: false, multiline: false, max: 500 },
  { key: 'details', label: 'Details', optional: true, multiline: true, max: 3000 },
] as const;

export type WalkInTextKey = (typeof WALK_IN_TEXT_FIELDS)[number]['key'];
export type WalkInFieldKey = WalkInTextKey | 'priority';

export const WALK_IN_PRIORITY_LABEL = 'Priority';
export const WALK_IN_DEFAULT_PRIORITY = 'medium';
export const WALK_IN_PRIORITIES = [
  ['low', 'Low'],
  ['medium', 'Medium'],
  ['high', 'High'],
  ['urgent', 'Urgent'],
] as const;

/** A PSA's company pickers hold at most this many (Slack's static select takes 100 options). */
export const WALK_IN_MAX_COMPANIES = 100;

/** What core's error paths name → the form field that shows it (`clientId` is the client picker). */
export function walkInFieldOf(path: string): WalkInFieldKey | null {
  if (path === 'clientId') return 'client';
  if (path === 'priority') return 'priority';
  return WALK_IN_TEXT_FIELDS.find((f) => f.key === path)?.key ?? null;
}

/** The label a person sees for a field, for error lines that name it. */
export function walkInLabelOf(key: WalkInFieldKey): string {
  if (key === 'priority') return WALK_IN_PRIORITY_LABEL;
  return WALK_IN_TEXT_FIELDS.find((f) => f.key === key)?.label ?? key;
}

/** "Known clients: A, B, C" under a free-text client field; '' when there are none. */
export function knownClientsHint(choices: ClientChoices): string {
  if (choices.source !== 'known' || choices.clients.length === 0) return '';
  return `Known clients: ${choices.clients
    .slice(0, 8)
    .map((c) => c.name)
    .join(', ')}`.slice(0, 2000);
}

/** The PSA companies a picker offers, capped; each value is the PSA's company id. */
export function psaCompanyChoices(choices: ClientChoices): Array<{ value: string; title: string }> {
  if (choices.source !== 'psa') return [];
  return choices.clients
    .slice(0, WALK_IN_MAX_COMPANIES)
    .map((c) => ({ value: (c.id ?? c.name).slice(0, 150), title: c.name.slice(0, 75) }));
}
