import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { authorize } from '../auth/permissions.ts';
import { sessionNotesTable } from '../db/schema/diagnosis.ts';
import { withTransaction } from '../db/transactions.ts';
import { SessionIdInput } from '../sessions/schemas.ts';
import type { TenantContext } from '../shared/context.ts';
import { NotFoundError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';

/** Slack: the message ts; Teams: the root activity id and its thread's conversation id. */
const TechnicianPostInput = z.union([
  z.object({ postTs: z.string().min(1).max(100) }).strict(),
  z
    .object({ postActivityId: z.string().min(1).max(200), postConversationId: z.string().min(1).max(500) })
    .strict(),
]);

/**
 * Remembers which message in the technician channel carries this escalation, so a claim made
 * elsewhere (the session card) can redraw that post as claimed instead of leaving a stale Claim
 * button there. Merged into the channel recorded with the package; no state version bump, since
 * nothing the card shows about the session changes.
 */
export async function recordTechnicianPost({
  ctx,
  sessionId,
  input,
}: {
  ctx: TenantContext;
  sessionId: unknown;
  input: unknown;
}): Promise<void> {
  authorize(ctx, 'escalations.create');
  const id = parseInput(SessionIdInput, sessionId, 'session id');
  const post = parseInput(TechnicianPostInput, input, 'technician channel post');
  await withTransaction(ctx, async (tx) => {
    const updated = await tx
      .update(sessionNotesTable)
      .set({
        technicianChannel: sql`${sessionNotesTable.technicianChannel} || ${JSON.stringify(post)}::jsonb`,
      })
      .where(
        and(
          eq(sessionNotesTable.accountId, ctx.accountId),
          eq(sessionNotesTable.sessionId, id),
          eq(sessionNotesTable.kind, 'escalation'),
          sql`${sessionNotesTable.technicianChannel} is not null`,
        ),
      )
      .returning({ id: sessionNotesTable.id });
    if (updated.length === 0) throw new NotFoundError('Escalation');
  });
}
