import { sql } from 'drizzle-orm';
import type { AppTx, Database } from '../db/client.ts';
import { auditLogTable } from '../db/schema/audit-log.ts';
import { withSystemTransaction } from '../db/transactions.ts';

export type NewAuditRow = Omit<typeof auditLogTable.$inferInsert, 'id' | 'occurredAt'>;

/**
 * The timestamp columns the session verbs write (by default now(), clock_timestamp() or the JS
 * clock). After each step of a demo story they are moved to the step's time in the story.
 * Posted notes are immutable for the app role; seed-history dates them from their session.
 */
const STAMPED = {
  diagnosis_sessions: ['created_at', 'updated_at', 'resolved_at', 'escalated_at', 'first_action_at'],
  session_turns: ['created_at'],
  task_items: ['created_at', 'updated_at'],
  facts: ['created_at', 'updated_at'],
  suggested_fixes: ['created_at', 'updated_at', 'applied_at', 'verified_at'],
  escalation_claims: ['claimed_at'],
  psa_outbox: ['created_at', 'updated_at', 'next_attempt_at', 'delivered_at'],
  psa_connections: ['created_at', 'updated_at'],
  local_tickets: ['created_at', 'updated_at'],
  local_ticket_notes: ['created_at'],
} as const satisfies Record<string, readonly string[]>;
export type StampedTable = keyof typeof STAMPED;
const ALL_TABLES = Object.keys(STAMPED) as StampedTable[];

function stampStatement(accountId: string, cutoff: Date, at: Date, tables: readonly StampedTable[]) {
  const c = cutoff.toISOString();
  const t = at.toISOString();
  const updates = tables.map((table, i) => {
    const columns = STAMPED[table];
    const set = columns.map((col) =>
      sql.raw(`"${col}" = case when "${col}" >= '${c}' then '${t}'::timestamptz else "${col}" end`),
    );
    const anyNew = columns.map((col) => sql.raw(`"${col}" >= '${c}'`));
    return sql`${sql.raw(`u${i}`)} as (update ${sql.raw(`"${table}"`)} set ${sql.join(set, sql`, `)} where account_id = ${accountId} and (${sql.join(anyNew, sql` or `)}) returning 1)`;
  });
  // The final select sees the audit rows this step added (data-modifying CTEs share one snapshot).
  return sql`with ${sql.join(updates, sql`, `)} select coalesce(max(id), 0)::bigint as max_id from audit_log where account_id = ${accountId}`;
}

/**
 * A story's clock. Rows written since the seed began carry real "now" timestamps (all later than
 * `cutoff`); `stamp(at)` moves them to `at`, and remembers which audit rows belong to that moment
 * so `rewriteAuditTimes` can date them too (the app role may not update audit rows).
 */
export class DemoClock {
  private lastAuditId = 0;
  private readonly auditTimes = new Map<number, Date>();

  constructor(
    private readonly accountId: string,
    /** Later than every story time, earlier than every real write of this seed. */
    readonly cutoff: Date,
  ) {}

  /**
   * `tables` narrows the statement to what the step wrote (the seed's main cost is statements);
   * whatever a step wrote elsewhere is caught by the next full stamp, at that later time.
   */
  async stamp(tx: AppTx, at: Date, tables: readonly StampedTable[] = ALL_TABLES): Promise<void> {
    if (at >= this.cutoff) throw new Error('demo seed: a story time must lie before the seed started');
    const result = await tx.execute(stampStatement(this.accountId, this.cutoff, at, tables));
    const rows = (result as unknown as { rows: Array<{ max_id: string | number }> }).rows;
    const maxId = Number(rows[0]?.max_id ?? 0);
    for (let id = this.lastAuditId + 1; id <= maxId; id++) this.auditTimes.set(id, at);
    this.lastAuditId = Math.max(this.lastAuditId, maxId);
  }

  /**
   * Re-dates the account's audit rows by rewriting them in story order: the log pages by id, so ids
   * must rise with time. Rows without a story time (the sign-up before the history) get `before`.
   * Runs as the system role, which may delete and insert audit rows but never update them.
   */
  async rewriteAuditTimes(
    database: Database,
    before: Date,
    /** Entries that only need a row at a known time (sign-ins), added in their place. */
    extra: ReadonlyArray<{ row: NewAuditRow; at: Date }> = [],
  ): Promise<number> {
    return withSystemTransaction(database, 'demo seed: date the audit history', async (tx) => {
      const rows = await tx
        .select()
        .from(auditLogTable)
        .where(sql`${auditLogTable.accountId} = ${this.accountId}`);
      if (rows.length === 0) return 0;
      const dated = [
        ...rows.map(({ id, ...row }) => ({ row, at: this.auditTimes.get(id) ?? before, order: id })),
        ...extra.map((e) => ({ ...e, order: Number.MAX_SAFE_INTEGER })),
      ].sort((x, y) => x.at.getTime() - y.at.getTime() || x.order - y.order);
      await tx.delete(auditLogTable).where(sql`${auditLogTable.accountId} = ${this.accountId}`);
      await tx.insert(auditLogTable).values(dated.map(({ row, at }) => ({ ...row, occurredAt: at })));
      return dated.length;
    });
  }
}
