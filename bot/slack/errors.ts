import type { ErrorView } from '../../cards/index.ts';
import { errorViewFor } from '../error-view.ts';

/** How a core error reads in a Slack thread, modal or ephemeral message. */
export function chatErrorFor(error: unknown): ErrorView {
  return errorViewFor(error, 'The card has been refreshed with the latest state.');
}
