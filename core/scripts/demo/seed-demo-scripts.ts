import { and, asc, eq, inArray } from 'drizzle-orm';
import { diagnosisSessionsTable } from '../../db/schema/diagnosis.ts';
import { scriptTemplateVersionsTable, scriptUsesTable } from '../../db/schema/scripts.ts';
import { usersTable } from '../../db/schema/users.ts';
import { withTransaction } from '../../db/transactions.ts';
import type { TenantContext } from '../../shared/context.ts';
import { REDACTED } from '../../shared/redact.ts';
import { insertScript } from '../author-scripts.ts';
import { DEMO_SCRIPTS } from './demo-scripts.ts';

const DAY = 86_400_000;
const SAMPLE: Record<string, string> = {
  UserName: 'megan.b@northwind.example',
  Mailbox: 'accounts@northwind.example',
  SharedMailbox: 'ap@northwind.example',
  SamAccountName: 'megan.b',
  ComputerName: 'NW-LT-0042',
  ProfileName: 'megan.b',
  Sender: 'billing@contoso.example',
  QueueName: 'office-mfp',
  SharePath: '\\\\fs01\\shared',
  Message: 'I have left the company; please contact office@northwind.example.',
};

/**
 * The demo library: each script published and used a few times on the demo sessions over the last
 * month (mostly "I ran this"), so the Scripts page shows usage and success. Runs after the history.
 */
export async function seedDemoScripts(ctx: TenantContext, now: Date = new Date()): Promise<number> {
  return withTransaction(ctx, async (tx) => {
    const sessions = await tx
      .select({ id: diagnosisSessionsTable.id })
      .from(diagnosisSessionsTable)
      .where(eq(diagnosisSessionsTable.accountId, ctx.accountId))
      .orderBy(asc(diagnosisSessionsTable.createdAt), asc(diagnosisSessionsTable.id));
    const engineers = await tx
      .select({ id: usersTable.id })
      .from(usersTable)
      .where(
        and(
          eq(usersTable.accountId, ctx.accountId),
          inArray(usersTable.role, ['engineer', 'owner', 'admin']),
        ),
      )
      .orderBy(asc(usersTable.email));
    let n = 0;
    for (const { uses, ...script } of DEMO_SCRIPTS) {
      const row = await insertScript(tx, ctx, script, {
        origin: 'authored',
        publish: true,
        note: 'Demo library',
      });
      const [version] = await tx
        .select({ id: scriptTemplateVersionsTable.id })
        .from(scriptTemplateVersionsTable)
        .where(eq(scriptTemplateVersionsTable.templateId, row.id));
      for (let i = 0; i < uses; i += 1) {
        n += 1;
        const values = Object.fromEntries(
          script.params.map((param) => [
            param.name,
            param.type === 'secret' ? REDACTED : (SAMPLE[param.name] ?? param.default ?? 'x'),
          ]),
        );
        await tx.insert(scriptUsesTable).values({
          accountId: ctx.accountId,
          templateId: row.id,
          versionId: version?.id ?? null,
          sessionId: sessions.length > 0 ? (sessions[(n * 7) % sessions.length]?.id ?? null) : null,
          userId: engineers.length > 0 ? (engineers[n % engineers.length]?.id ?? null) : null,
          values,
          // One in four was copied but not (yet) confirmed as run.
          appliedAt: n % 4 === 0 ? null : new Date(now.getTime() - ((n * 5) % 29) * DAY - 3_600_000),
          createdAt: new Date(now.getTime() - ((n * 5) % 29) * DAY - 3_600_000 - 300_000),
        });
      }
    }
    return DEMO_SCRIPTS.length;
  });
}
