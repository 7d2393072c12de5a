import { and, eq, inArray, sql } from 'drizzle-orm';
import type { AppTx } from '../db/client.ts';
import { selectRows } from '../db/raw.ts';
import { accountsTable } from '../db/schema/accounts.ts';
import { authSessionsTable, userInvitesTable } from '../db/schema/auth.ts';
import { slackInstallationsTable } from '../db/schema/chat.ts';
import { diagnosisSessionsTable, suggestedFixesTable } from '../db/schema/diagnosis.ts';
import { flowsTable } from '../db/schema/flows.ts';
import { kbConnectorsTable } from '../db/schema/kb.ts';
import { psaOutboxTable } from '../db/schema/psa.ts';
import { scriptDraftsTable, scriptTemplatesTable } from '../db/schema/scripts.ts';
import { ticketsTable } from '../db/schema/tickets.ts';
import { usersTable } from '../db/schema/users.ts';
import type { TenantContext } from '../shared/context.ts';

/**
 * Where the admin web can show a target: the session detail page, the person on the Users page, or
 * the flow or script template opened in its library.
 */
export type AuditTargetLink =
  | { kind: 'session'; id: string }
  | { kind: 'user'; id: string }
  | { kind: 'flow'; id: string }
  | { kind: 'script'; id: string };

export interface ResolvedTarget {
  /** What a person reads instead of the id; null when the object is gone (deleted, purged). */
  name: string | null;
  link: AuditTargetLink | null;
  /** The object is gone; `name` is the one its deletion entry recorded. */
  gone?: true;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const key = (type: string, id: string) => `${type}:${id}`;

/**
 * Names for one page of targets, a query per target type present, every one scoped to
 * `ctx.accountId` (and RLS): an id that belongs to another tenant resolves to nothing.
 */
export async function resolveAuditTargets(
  tx: AppTx,
  ctx: TenantContext,
  targets: ReadonlyArray<{ type: string; id: string }>,
): Promise<Map<string, ResolvedTarget>> {
  const ids = (type: string) => [
    ...new Set(targets.filter((t) => t.type === type && UUID.test(t.id)).map((t) => t.id)),
  ];
  const out = new Map<string, ResolvedTarget>();
  const account = ctx.accountId;

  const users = ids('user');
  const sessions = ids('session');
  const fixes = ids('fix');
  const authSessions = ids('auth_session');
  const outbox = ids('psa_outbox');

  // Fixes and outbox rows point at a session; resolve those sessions in the same pass.
  const fixRows = fixes.length
    ? await tx
        .select({
          id: suggestedFixesTable.id,
          title: suggestedFixesTable.title,
          sessionId: suggestedFixesTable.sessionId,
        })
        .from(suggestedFixesTable)
        .where(and(eq(suggestedFixesTable.accountId, account), inArray(suggestedFixesTable.id, fixes)))
    : [];
  const outboxRows = outbox.length
    ? await tx
        .select({
          id: psaOutboxTable.id,
          sessionId: psaOutboxTable.sessionId,
          ticket: psaOutboxTable.ticketExternalId,
        })
        .from(psaOutboxTable)
        .where(and(eq(psaOutboxTable.accountId, account), inArray(psaOutboxTable.id, outbox)))
    : [];
  for (const f of fixRows)
    out.set(key('fix', f.id), { name: f.title, link: { kind: 'session', id: f.sessionId } });
  for (const o of outboxRows) {
    out.set(key('psa_outbox', o.id), {
      name: `Delivery to ticket #${o.ticket}`,
      link: o.sessionId ? { kind: 'session', id: o.sessionId } : null,
    });
  }

  if (sessions.length) {
    const rows = await tx
      .select({
        id: diagnosisSessionsTable.id,
        summary: diagnosisSessionsTable.problemSummary,
        ticket: diagnosisSessionsTable.ticketExternalId,
      })
      .from(diagnosisSessionsTable)
      .where(
        and(eq(diagnosisSessionsTable.accountId, account), inArray(diagnosisSessionsTable.id, sessions)),
      );
    for (const s of rows) {
      out.set(key('session', s.id), {
        name: s.ticket ? `#${s.ticket} ${s.summary}` : s.summary,
        link: { kind: 'session', id: s.id },
      });
    }
  }

  const sessionUsers = authSessions.length
    ? await tx
        .select({ id: authSessionsTable.id, userId: authSessionsTable.userId })
        .from(authSessionsTable)
        .where(and(eq(authSessionsTable.accountId, account), inArray(authSessionsTable.id, authSessions)))
    : [];
  const allUsers = [...new Set([...users, ...sessionUsers.map((s) => s.userId)])];
  if (allUsers.length) {
    const rows = await tx
      .select({ id: usersTable.id, name: usersTable.name })
      .from(usersTable)
      .where(and(eq(usersTable.accountId, account), inArray(usersTable.id, allUsers)));
    const names = new Map(rows.map((u) => [u.id, u.name]));
    for (const u of rows) out.set(key('user', u.id), { name: u.name, link: { kind: 'user', id: u.id } });
    for (const s of sessionUsers) {
      const name = names.get(s.userId);
      if (name)
        out.set(key('auth_session', s.id), {
          name: `${name}'s sign-in`,
          link: { kind: 'user', id: s.userId },
        });
    }
  }

  const connectors = ids('kb_connector');
  if (connectors.length) {
    const rows = await tx
      .select({ id: kbConnectorsTable.id, name: kbConnectorsTable.name })
      .from(kbConnectorsTable)
      .where(and(eq(kbConnectorsTable.accountId, account), inArray(kbConnectorsTable.id, connectors)));
    for (const c of rows) out.set(key('kb_connector', c.id), { name: c.name, link: null });
    // A removed connector still has a name: its deletion entry recorded it.
    const removed = connectors.filter((id) => !rows.some((c) => c.id === id));
    if (removed.length) {
      const recorded = await selectRows<{ id: string; name: string | null }>(
        tx,
        sql`select distinct on (target_id) target_id as id, metadata->>'name' as name
          from audit_log
          where account_id = ${account} and action = 'kb.connector_deleted' and target_type = 'kb_connector'
            and target_id in (select jsonb_array_elements_text(${JSON.stringify(removed)}::jsonb))
          order by target_id, id desc`,
      );
      for (const r of recorded)
        if (r.name) out.set(key('kb_connector', r.id), { name: r.name, link: null, gone: true });
    }
  }

  const invites = ids('user_invite');
  if (invites.length) {
    const rows = await tx
      .select({ id: userInvitesTable.id, email: userInvitesTable.email })
      .from(userInvitesTable)
      .where(and(eq(userInvitesTable.accountId, account), inArray(userInvitesTable.id, invites)));
    for (const i of rows) out.set(key('user_invite', i.id), { name: `Invite for ${i.email}`, link: null });
  }

  if (targets.some((t) => t.type === 'account' && t.id === account)) {
    const [row] = await tx
      .select({ name: accountsTable.name })
      .from(accountsTable)
      .where(eq(accountsTable.id, account));
    if (row) out.set(key('account', account), { name: row.name, link: null });
  }

  // Slack workspaces are keyed by their Slack team id, not a uuid.
  const teams = [...new Set(targets.filter((t) => t.type === 'slack_workspace').map((t) => t.id))];
  if (teams.length) {
    const rows = await tx
      .select({ teamId: slackInstallationsTable.teamId, name: slackInstallationsTable.teamName })
      .from(slackInstallationsTable)
      .where(
        and(eq(slackInstallationsTable.accountId, account), inArray(slackInstallationsTable.teamId, teams)),
      );
    for (const w of rows) {
      out.set(key('slack_workspace', w.teamId), {
        name: `Slack workspace ${w.name ?? w.teamId}`,
        link: null,
      });
    }
  }

  // L1 queue tickets: "#48213 Printer offline" (the PSA's number when it has one), linked to the
  // session Start opened. A non-uuid id is already a ticket number someone can read.
  const tickets = ids('ticket');
  if (tickets.length) {
    const rows = await tx
      .select({
        id: ticketsTable.id,
        summary: ticketsTable.summary,
        number: ticketsTable.psaExternalId,
        sessionId: ticketsTable.sessionId,
      })
      .from(ticketsTable)
      .where(and(eq(ticketsTable.accountId, account), inArray(ticketsTable.id, tickets)));
    for (const t of rows) {
      out.set(key('ticket', t.id), {
        name: t.number ? `#${t.number} ${t.summary}` : t.summary,
        link: t.sessionId ? { kind: 'session', id: t.sessionId } : null,
      });
    }
  }
  const flows = ids('flow');
  if (flows.length) {
    const rows = await tx
      .select({ id: flowsTable.id, title: flowsTable.title })
      .from(flowsTable)
      .where(and(eq(flowsTable.accountId, account), inArray(flowsTable.id, flows)));
    for (const f of rows) out.set(key('flow', f.id), { name: f.title, link: { kind: 'flow', id: f.id } });
  }
  const scripts = ids('script');
  if (scripts.length) {
    const rows = await tx
      .select({ id: scriptTemplatesTable.id, name: scriptTemplatesTable.name })
      .from(scriptTemplatesTable)
      .where(and(eq(scriptTemplatesTable.accountId, account), inArray(scriptTemplatesTable.id, scripts)));
    for (const s of rows) out.set(key('script', s.id), { name: s.name, link: { kind: 'script', id: s.id } });
  }
  // A script draft is reviewed from the session whose fix asked for it.
  const drafts = ids('script_draft');
  if (drafts.length) {
    const rows = await tx
      .select({
        id: scriptDraftsTable.id,
        name: scriptDraftsTable.name,
        sessionId: scriptDraftsTable.sessionId,
      })
      .from(scriptDraftsTable)
      .where(and(eq(scriptDraftsTable.accountId, account), inArray(scriptDraftsTable.id, drafts)));
    for (const d of rows)
      out.set(key('script_draft', d.id), {
        name: `Draft script: ${d.name}`,
        link: { kind: 'session', id: d.sessionId },
      });
  }

  for (const t of targets)
    if (t.type === 'ticket' && !UUID.test(t.id))
      out.set(key('ticket', t.id), { name: `Ticket ${t.id}`, link: null });
  return out;
}

export function targetKey(type: string, id: string): string {
  return key(type, id);
}
