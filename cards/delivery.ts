import type { DeliveryReport } from '../core/psa/index.ts';

/*
 * What a chat thread is told after the outbox delivered (or failed to deliver) a session's PSA
 * writes. Plain text, the same on Slack and Teams.
 */
const DELIVERY_TEXT = {
  delivered: (ticket: string) => `Posted to ${ticket} and verified.`,
  statusNotApplied: (ticket: string) =>
    `Posted to ${ticket}, but the PSA did not apply the status change. Check the board's status workflow, then retry from the admin page.`,
  retrying: (ticket: string, reason: string) =>
    `${ticket} is not reachable right now (${reason}); the update is queued and will be retried.`,
  failed: (ticket: string, reason: string) =>
    `Could not update ${ticket}: ${reason}. An admin can retry it from the admin page.`,
};

/** After the outbox delivered (or failed to deliver) a session's PSA writes: say so in the thread. */
export function deliveryMessage(
  ticket: string,
  report: Pick<DeliveryReport, 'delivered' | 'failed' | 'deferred' | 'problem'>,
): string | null {
  if (report.problem?.kind === 'status_not_applied') return DELIVERY_TEXT.statusNotApplied(ticket);
  if (report.problem && report.deferred > 0)
    return DELIVERY_TEXT.retrying(ticket, report.problem.kind.replace(/_/g, ' '));
  if (report.problem) return DELIVERY_TEXT.failed(ticket, report.problem.message);
  if (report.delivered > 0) return DELIVERY_TEXT.delivered(ticket);
  return null;
}
