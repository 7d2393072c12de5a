import type { SessionStatus } from '../db/schema/diagnosis.ts';

/**
 * The words for a session's status, everywhere a person reads one (admin web lists, detail and
 * Try the bot; the chat cards should read the same). No imports beyond a type, so the admin web's
 * bundle can use it directly and the pages cannot drift apart again.
 */
export const SESSION_STATUS_LABELS = {
  active: 'Active',
  resolved: 'Resolved',
  resolved_local: 'Resolved (note kept in ResolutionFlow)',
  escalated: 'Escalated',
  escalated_local: 'Escalated (package kept in ResolutionFlow)',
} as const satisfies Record<SessionStatus, string>;

export function sessionStatusLabel(status: string): string {
  return (SESSION_STATUS_LABELS as Record<string, string>)[status] ?? status;
}
