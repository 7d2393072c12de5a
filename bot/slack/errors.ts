import type { WebClient } from '@slack/web-api';
import { type ErrorView, renderErrorBlocks } from '../../cards/index.ts';
import { errorViewFor } from '../error-view.ts';

/** How a core error reads in a Slack thread, modal or ephemeral message. */
/**
 * Tells one person about a refusal, privately, with the error's link button when it has one (the
 * write lock's "Verify or resend"). Best effort: a failed ephemeral must not hide the original error.
 */
export async function postErrorEphemeral(
  client: WebClient,
  where: { channel: string; user: string; threadTs?: string | undefined },
  view: ErrorView,
): Promise<void> {
  const { text, blocks } = renderErrorBlocks(view);
  await client.chat
    .postEphemeral({
      channel: where.channel,
      user: where.user,
      text,
      blocks,
      ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
    })
    .catch(() => undefined);
}

export function chatErrorFor(error: unknown, publicUrl?: string): ErrorView {
  return errorViewFor(error, 'The card has been refreshed with the latest state.', { publicUrl });
}
