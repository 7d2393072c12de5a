import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { loadSessionState, toSessionView } from './session-state.ts';
import { type SessionWrite, withSessionWrite } from './session-write.ts';
import type { SessionView } from './views.ts';

/**
 * A session write followed by the refreshed view, in one transaction: what every button press
 * needs, so the card it re-renders shows exactly the committed state and version.
 */
export async function mutateSession<T>(
  ctx: TenantContext,
  sessionId: string,
  fn: (write: SessionWrite) => Promise<T>,
  options: { requireActive?: boolean } = { requireActive: true },
): Promise<{ result: T; view: SessionView }> {
  return withTransaction(ctx, async (tx) => {
    const { result } = await withSessionWrite(ctx, sessionId, fn, options);
    return { result, view: toSessionView(await loadSessionState(tx, ctx, { id: sessionId })) };
  });
}
