import { and, count, eq, isNull, ne, sql } from 'drizzle-orm';
import { authorize } from '../auth/permissions.ts';
import { accountsTable } from '../db/schema/accounts.ts';
import { userInvitesTable } from '../db/schema/auth.ts';
import { slackInstallationsTable, teamsTenantsTable } from '../db/schema/chat.ts';
import { diagnosisSessionsTable } from '../db/schema/diagnosis.ts';
import { kbConnectorsTable } from '../db/schema/kb.ts';
import { psaConnectionsTable } from '../db/schema/psa.ts';
import { usersTable } from '../db/schema/users.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';

/** The account preference the admin web sets (PATCH /account/preferences) to hide the checklist. */
export const CHECKLIST_DISMISSED_PREFERENCE = 'welcomeChecklistDismissed';

export const CHECKLIST_STEPS = ['chat', 'psa', 'knowledge', 'team', 'try'] as const;
export type ChecklistStepId = (typeof CHECKLIST_STEPS)[number];

export interface ChecklistStep {
  id: ChecklistStepId;
  title: string;
  done: boolean;
  /** The admin-web page that does this step. */
  href: string;
}

export interface WelcomeChecklistView {
  steps: ChecklistStep[];
  doneCount: number;
  dismissed: boolean;
}

/**
 * The welcome checklist, every tick read from the state it describes (installations, PSA
 * settings, connectors, people, a Try-the-bot session), never from a flag someone set by hand; so
 * undoing a step (uninstalling Slack) unticks it. Owners and admins only: they are who can act on it.
 */
export async function getWelcomeChecklist({ ctx }: { ctx: TenantContext }): Promise<WelcomeChecklistView> {
  authorize(ctx, 'onboarding.read');
  return withTransaction(ctx, async (tx) => {
    const n = async (query: Promise<Array<{ n: number }>>) => ((await query)[0]?.n ?? 0) > 0;
    const slack = await n(
      tx
        .select({ n: count() })
        .from(slackInstallationsTable)
        .where(eq(slackInstallationsTable.accountId, ctx.accountId)),
    );
    const teams = await n(
      tx.select({ n: count() }).from(teamsTenantsTable).where(eq(teamsTenantsTable.accountId, ctx.accountId)),
    );
    const psa = await n(
      tx
        .select({ n: count() })
        .from(psaConnectionsTable)
        .where(eq(psaConnectionsTable.accountId, ctx.accountId)),
    );
    // The demo articles are the product's own, not a source the MSP connected.
    const knowledge = await n(
      tx
        .select({ n: count() })
        .from(kbConnectorsTable)
        .where(and(eq(kbConnectorsTable.accountId, ctx.accountId), ne(kbConnectorsTable.kind, 'demo'))),
    );
    const teammates = await n(
      tx
        .select({ n: count() })
        .from(usersTable)
        .where(and(eq(usersTable.accountId, ctx.accountId), ne(usersTable.role, 'owner'))),
    );
    const invites = await n(
      tx
        .select({ n: count() })
        .from(userInvitesTable)
        .where(and(eq(userInvitesTable.accountId, ctx.accountId), isNull(userInvitesTable.revokedAt))),
    );
    const tried = await n(
      tx
        .select({ n: count() })
        .from(diagnosisSessionsTable)
        .where(
          and(
            eq(diagnosisSessionsTable.accountId, ctx.accountId),
            eq(diagnosisSessionsTable.channelKind, 'web'),
            sql`${diagnosisSessionsTable.channelRef}->>'surface' = 'console'`,
          ),
        ),
    );
    const [account] = await tx
      .select({ preferences: accountsTable.preferences })
      .from(accountsTable)
      .where(eq(accountsTable.id, ctx.accountId));
    const steps: ChecklistStep[] = [
      {
        id: 'chat',
        title: 'Connect Slack or Microsoft Teams',
        done: slack || teams,
        href: '/integrations/slack',
      },
      { id: 'psa', title: 'Connect your PSA', done: psa, href: '/integrations/psa' },
      { id: 'knowledge', title: 'Connect a knowledge source', done: knowledge, href: '/knowledge' },
      { id: 'team', title: 'Invite your team', done: teammates || invites, href: '/users' },
      { id: 'try', title: 'Try the bot', done: tried, href: '/try' },
    ];
    return {
      steps,
      doneCount: steps.filter((s) => s.done).length,
      dismissed: account?.preferences?.[CHECKLIST_DISMISSED_PREFERENCE] === true,
    };
  });
}
