import { readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount } from '../../test/factories.ts';
import { auditLogTable } from '../db/schema/audit-log.ts';
import { withSystemTransaction } from '../db/transactions.ts';
import { AUDIT_ACTIONS, auditTagsFor } from './actions.ts';

const MIGRATION = new URL('../db/migrations/0023_audit_tags_backfill.sql', import.meta.url);

// The actions that existed when 0023 was written: rows of later actions are always written with tags.
const BACKFILLED = AUDIT_ACTIONS.filter((action) =>
  readFileSync(MIGRATION, 'utf8').includes(`('${action}', ARRAY[`),
);

describe('migration 0023: tags for audit entries written before actions carried them', () => {
  it('names the actions audit entries existed for then', () => {
    expect(BACKFILLED).toContain('auth.signed_in');
    expect(BACKFILLED.length).toBeGreaterThan(30);
  });

  it('gives every old row the tags its action now gets at write time, keeping l1_coverage', async () => {
    const database = await testDatabase();
    const { accountId } = await createTestAccount(database, 'Backfill');
    const rows = await withSystemTransaction(database, 'test: old untagged rows', async (tx) =>
      tx
        .insert(auditLogTable)
        .values([
          ...BACKFILLED.map((action) => ({ accountId, actorLabel: 'before', action, tags: [] })),
          { accountId, actorLabel: 'covered', action: 'session.created' as const, tags: ['l1_coverage'] },
        ])
        .returning({ id: auditLogTable.id }),
    );
    expect(rows).toHaveLength(BACKFILLED.length + 1);

    // As the migrator runs it: the login role, statement by statement, in one transaction; twice,
    // because re-running must change nothing.
    const statements = readFileSync(MIGRATION, 'utf8').split('--> statement-breakpoint');
    for (let pass = 0; pass < 2; pass++) {
      await database.db.transaction(async (tx) => {
        for (const statement of statements) await tx.execute(sql.raw(statement));
      });
    }

    const after = await withSystemTransaction(database, 'test read-back', (tx) =>
      tx.select().from(auditLogTable).where(eq(auditLogTable.accountId, accountId)),
    );
    for (const action of BACKFILLED) {
      const old = after.find((r) => r.action === action && r.actorLabel === 'before');
      expect(old?.tags, action).toEqual(auditTagsFor(action));
    }
    expect(after.find((r) => r.actorLabel === 'covered')?.tags).toEqual(['diagnosis', 'l1_coverage']);
    expect(auditTagsFor('auth.signed_in')).toEqual(['security']);
  });
});
