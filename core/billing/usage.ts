import { and, count, eq, gt, gte, inArray, isNull, ne, or } from 'drizzle-orm';
import type { AppTx } from '../db/client.ts';
import { userInvitesTable } from '../db/schema/auth.ts';
import { diagnosisSessionsTable } from '../db/schema/diagnosis.ts';
import { flowsTable } from '../db/schema/flows.ts';
import { kbConnectorsTable } from '../db/schema/kb.ts';
import type { Role } from '../db/schema/users.ts';
import { usersTable } from '../db/schema/users.ts';
import type { LimitKey } from './plans.ts';

export type SeatTier = 'engineerSeats' | 'l1Seats';

/** Which paid seat a role takes: everyone who diagnoses is an engineer seat; viewers are free. */
export function seatTierFor(role: Role): SeatTier | null {
  switch (role) {
    case 'owner':
    case 'admin':
    case 'engineer':
      return 'engineerSeats';
    case 'l1':
      return 'l1Seats';
    case 'viewer':
      return null;
  }
}

const TIER_ROLES = {
  engineerSeats: ['owner', 'admin', 'engineer'],
  l1Seats: ['l1'],
} as const satisfies Record<SeatTier, readonly Role[]>;

/** Start of the calendar month (UTC) containing `now`: sessions are counted per calendar month. */
export function monthStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

/** Enabled users in the tier; `withInvites` adds open, unexpired invites (a sent invite holds its seat). */
export async function countSeats(
  tx: AppTx,
  accountId: string,
  tier: SeatTier,
  now: Date,
  withInvites = true,
) {
  const roles = [...TIER_ROLES[tier]];
  const [users] = await tx
    .select({ n: count() })
    .from(usersTable)
    .where(
      and(
        eq(usersTable.accountId, accountId),
        inArray(usersTable.role, roles),
        isNull(usersTable.disabledAt),
      ),
    );
  if (!withInvites) return users?.n ?? 0;
  const [invites] = await tx
    .select({ n: count() })
    .from(userInvitesTable)
    .where(
      and(
        eq(userInvitesTable.accountId, accountId),
        inArray(userInvitesTable.role, roles),
        isNull(userInvitesTable.acceptedAt),
        isNull(userInvitesTable.revokedAt),
        gt(userInvitesTable.expiresAt, now),
      ),
    );
  return (users?.n ?? 0) + (invites?.n ?? 0);
}

/** Current use of one limit. */
export async function usageOf(tx: AppTx, accountId: string, limit: LimitKey, now: Date): Promise<number> {
  switch (limit) {
    case 'engineerSeats':
    case 'l1Seats':
      return countSeats(tx, accountId, limit, now);
    case 'sessionsPerMonth': {
      const [row] = await tx
        .select({ n: count() })
        .from(diagnosisSessionsTable)
        .where(
          and(
            eq(diagnosisSessionsTable.accountId, accountId),
            gte(diagnosisSessionsTable.createdAt, monthStart(now)),
          ),
        );
      return row?.n ?? 0;
    }
    case 'knowledgeConnectors': {
      // The built-in demo articles are not a connector anyone added.
      const [row] = await tx
        .select({ n: count() })
        .from(kbConnectorsTable)
        .where(and(eq(kbConnectorsTable.accountId, accountId), ne(kbConnectorsTable.kind, 'demo')));
      return row?.n ?? 0;
    }
    case 'flows': {
      // People's flows and every published one count; the assistant's unreviewed drafts do not.
      const [row] = await tx
        .select({ n: count() })
        .from(flowsTable)
        .where(
          and(
            eq(flowsTable.accountId, accountId),
            ne(flowsTable.status, 'retired'),
            or(eq(flowsTable.origin, 'authored'), eq(flowsTable.status, 'published')),
          ),
        );
      return row?.n ?? 0;
    }
  }
}

/** Every limit's use, for the Billing page. */
export async function allUsage(tx: AppTx, accountId: string, now: Date): Promise<Record<LimitKey, number>> {
  return {
    engineerSeats: await usageOf(tx, accountId, 'engineerSeats', now),
    l1Seats: await usageOf(tx, accountId, 'l1Seats', now),
    sessionsPerMonth: await usageOf(tx, accountId, 'sessionsPerMonth', now),
    knowledgeConnectors: await usageOf(tx, accountId, 'knowledgeConnectors', now),
    flows: await usageOf(tx, accountId, 'flows', now),
  };
}
