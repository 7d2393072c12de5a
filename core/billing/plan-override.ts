import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import type { Database } from '../db/client.ts';
import { accountBillingTable, OVERRIDE_REASONS, PLAN_IDS } from '../db/schema/billing.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { parseInput } from '../shared/validation.ts';
import { ensureBillingRow, loadBillingState } from './billing-state.ts';
import { LIMIT_KEYS } from './plans.ts';

export const PlanOverrideInput = z
  .object({
    accountId: z.string().uuid(),
    /** null removes the override. */
    plan: z.enum(PLAN_IDS).nullable(),
    reason: z.enum(OVERRIDE_REASONS).optional(),
    endsAt: z.coerce.date().nullable().optional(),
    /** Per-limit changes; a limit set to null is lifted. Replaces the previous set. */
    limits: z.record(z.enum(LIMIT_KEYS), z.number().int().min(0).nullable()).optional(),
  })
  .strict()
  .refine((v) => v.plan === null || v.reason, {
    message: 'a plan override needs a reason (complimentary or pilot)',
  });

/**
 * An operator's complimentary or pilot deal: the plan (and single limits) the account gets
 * regardless of trial and subscription, until `endsAt`. Run from the operators' CLI
 * (`npm run billing:override`), never from a tenant's request; audited on the account.
 */
export async function setPlanOverride(database: Database, input: unknown) {
  const data = parseInput(PlanOverrideInput, input, 'plan override');
  const ctx: TenantContext = {
    db: database,
    accountId: data.accountId,
    actor: { kind: 'system', name: 'operator' },
  };
  return withTransaction(ctx, async (tx) => {
    await loadBillingState(tx, ctx, new Date());
    await ensureBillingRow(tx, data.accountId);
    await tx
      .update(accountBillingTable)
      .set({
        planOverride: data.plan,
        overrideReason: data.plan ? (data.reason ?? null) : null,
        overrideEndsAt: data.plan ? (data.endsAt ?? null) : null,
        ...(data.limits ? { limitOverrides: data.limits } : {}),
      })
      .where(eq(accountBillingTable.accountId, data.accountId));
    await recordAudit(tx, ctx, {
      action: 'billing.subscription_changed',
      target: { type: 'account', id: data.accountId },
      metadata: {
        override: {
          plan: data.plan,
          reason: data.reason ?? null,
          endsAt: data.endsAt ?? null,
          limits: data.limits ?? null,
        },
      },
    });
    return (await loadBillingState(tx, ctx, new Date())).plan;
  });
}
