import { QUEUE_START_ACTION } from '../../cards/queue.ts';
import { ESCALATE_VIEW } from './listeners/escalate.ts';

/**
 * Interactions whose listener acks Slack with an empty 200 and only then writes: a card button
 * (`ack()` first, then the core verb), the escalation modal's submit (checked, acked, then the
 * package is built and posted) and `/resolve new|walk` (acked, then the thread and session are
 * made). Without the inbox such a click lives only in memory between the ack and the write.
 *
 * Not here, on purpose:
 * - buttons that open a modal (`fix.partial`, `note.*.edit`, `escalation.handover`) and the
 *   shortcuts: `views.open` needs the `trigger_id` within 3 s, and nothing is written until the
 *   modal is submitted;
 * - the other modals (partial notes, note edits, walk-in, hand-over) and `/resolve techchannel`:
 *   they write *before* acking, so a crash before the ack is an error Slack shows and the user
 *   submits again (their field errors travel in the ack);
 * - read-only buttons (`session.refresh`, `note.*.preview`, `note.cancel`) and `/resolve
 *   status|scripts|help`: losing one loses no data, pressing again repeats it.
 */
const DURABLE_ACTIONS: ReadonlySet<string> = new Set([
  'fix.apply',
  'fix.dismiss',
  'fix.worked',
  'fix.failed',
  'script.later',
  'script.build',
  'note.resolution.post',
  'note.escalation.post',
  'session.claim',
  'escalation.claim',
  QUEUE_START_ACTION,
]);
const DURABLE_VIEWS: ReadonlySet<string> = new Set([ESCALATE_VIEW]);
const DURABLE_COMMAND_VERBS: ReadonlySet<string> = new Set(['new', 'walk']);

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * The inbox key of an interaction whose work must survive a crash after its ack, or null.
 * Slack never resends an interaction, but each carries a `trigger_id` unique to it.
 */
export function durableInteractionKey(body: unknown, slashCommand: string): string | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const b = body as Record<string, unknown>;
  const trigger = str(b.trigger_id);
  if (!trigger) return null;
  if (b.type === 'block_actions') {
    const actions = Array.isArray(b.actions) ? (b.actions as Array<Record<string, unknown>>) : [];
    const actionId = str(actions[0]?.action_id) ?? '';
    return DURABLE_ACTIONS.has(actionId) || actionId.startsWith('walk.') ? `action:${trigger}` : null;
  }
  if (b.type === 'view_submission') {
    const view = (b.view ?? {}) as Record<string, unknown>;
    return DURABLE_VIEWS.has(str(view.callback_id) ?? '') ? `view:${trigger}` : null;
  }
  if (str(b.command) === slashCommand) {
    const verb = (str(b.text) ?? '').trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    return DURABLE_COMMAND_VERBS.has(verb) ? `command:${trigger}` : null;
  }
  return null;
}

/** Thrown from the ack of a handed-off interaction, so the rest of the listener runs from the job. */
export class HandedToInbox extends Error {
  readonly code = 'handed_to_inbox';
  constructor() {
    super('interaction handed to the chat inbox');
  }
}

/** Bolt may hand our error on as is, or wrapped (`original`). */
export function isHandedToInbox(error: unknown): boolean {
  return (
    error instanceof HandedToInbox ||
    (typeof error === 'object' &&
      error !== null &&
      (error as { original?: unknown }).original instanceof HandedToInbox)
  );
}
