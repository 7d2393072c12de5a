import { eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { authorize } from '../auth/permissions.ts';
import { accountsTable } from '../db/schema/accounts.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { UnprocessableError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { type AccountView, toAccountView } from './account-view.ts';
import { loadAccount } from './get-account.ts';
import { PreferencesPatch, UpdateAccountSettingsInput } from './schemas.ts';

export async function updateAccountSettings({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: unknown;
}): Promise<AccountView> {
  const grant = authorize(ctx, 'settings.manage');
  const data = parseInput(UpdateAccountSettingsInput, input, 'account settings');
  return withTransaction(ctx, async (tx) => {
    const before = await loadAccount(tx, ctx);
    const idle = data.sessionIdleMinutes === undefined ? before.sessionIdleMinutes : data.sessionIdleMinutes;
    const absolute =
      data.sessionAbsoluteMinutes === undefined ? before.sessionAbsoluteMinutes : data.sessionAbsoluteMinutes;
    // Checked here too (the CHECK constraint is the backstop) so the user gets a field-level message.
    if (idle !== null && absolute !== null && idle > absolute) {
      throw new UnprocessableError('The idle timeout cannot be longer than the absolute session lifetime.', [
        { path: 'sessionIdleMinutes', message: 'must not exceed sessionAbsoluteMinutes' },
      ]);
    }
    const [row] = await tx
      .update(accountsTable)
      .set(data)
      .where(eq(accountsTable.id, ctx.accountId))
      .returning();
    if (!row) throw new Error('account vanished during update');
    const changed = Object.fromEntries(
      Object.keys(data).map((k) => [
        k,
        { from: before[k as keyof typeof data], to: row[k as keyof typeof data] },
      ]),
    );
    await recordAudit(tx, ctx, {
      action: 'account.settings_updated',
      target: { type: 'account', id: ctx.accountId },
      metadata: { changed },
      grant,
    });
    return toAccountView(row);
  });
}

/**
 * Merges a patch into `accounts.preferences` in one statement (no read-modify-write race between
 * two admins): top-level keys are replaced, and a `null` value deletes its key.
 */
export async function mergeAccountPreferences({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: unknown;
}): Promise<AccountView> {
  const grant = authorize(ctx, 'settings.manage');
  const patch = parseInput(PreferencesPatch, input, 'preferences');
  const removals = Object.entries(patch)
    .filter(([, v]) => v === null)
    .map(([k]) => k);
  const additions = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== null));
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx
      .update(accountsTable)
      .set({
        // Removals travel as one JSON parameter: drizzle expands a JS array into `($1, $2)`, which
        // is not an array literal (and is a syntax error when empty).
        preferences: sql`(${accountsTable.preferences} || ${JSON.stringify(additions)}::jsonb) - array(select jsonb_array_elements_text(${JSON.stringify(removals)}::jsonb))`,
      })
      .where(eq(accountsTable.id, ctx.accountId))
      .returning();
    if (!row) throw new Error('account vanished during update');
    await recordAudit(tx, ctx, {
      action: 'account.preferences_updated',
      target: { type: 'account', id: ctx.accountId },
      metadata: { keys: Object.keys(patch) },
      grant,
    });
    return toAccountView(row);
  });
}
