import { and, desc, eq } from 'drizzle-orm';
import { authorize } from '../auth/permissions.ts';
import { billingOutboxTable } from '../db/schema/billing.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { loadBillingState } from './billing-state.ts';
import type { PlanSource } from './effective-plan.ts';
import { LIMIT_KEYS, type LimitKey, PLANS } from './plans.ts';
import { allUsage } from './usage.ts';

/** What every signed-in person sees: the plan, the trial countdown, a past-due banner. */
export interface PlanStatusView {
  plan: 'free' | 'pro' | 'enterprise';
  planName: string;
  source: PlanSource;
  trialEndsAt: string;
  trialDaysLeft: number | null;
  pastDue: boolean;
  graceEndsAt: string | null;
}

/** The owner's Billing page. */
export interface BillingView extends PlanStatusView {
  configured: boolean;
  overrideReason: string | null;
  subscription: {
    status: string;
    currentPeriodEnd: string | null;
    cancelAtPeriodEnd: boolean;
    nextInvoice: { amount: number; currency: string; at: string | null } | null;
  } | null;
  seats: Record<'engineer' | 'l1', { used: number; paid: number; limit: number | null }>;
  limits: Array<{ key: LimitKey; label: string; used: number; limit: number | null }>;
  seatSync: { status: string; lastError: string | null; attempts: number } | null;
  plans: Array<{ id: string; name: string; summary: string; selfServe: boolean }>;
}

const LABELS = {
  engineerSeats: 'Engineer seats',
  l1Seats: 'L1 seats',
  sessionsPerMonth: 'Diagnosis sessions this month',
  knowledgeConnectors: 'Knowledge connectors',
  flows: 'Flows',
} as const satisfies Record<LimitKey, string>;

export async function getPlanStatus({ ctx, now = new Date() }: { ctx: TenantContext; now?: Date }) {
  authorize(ctx, 'account.read');
  return withTransaction(ctx, async (tx) => toStatus((await loadBillingState(tx, ctx, now)).plan));
}

function toStatus(plan: Awaited<ReturnType<typeof loadBillingState>>['plan']): PlanStatusView {
  return {
    plan: plan.plan,
    planName: plan.name,
    source: plan.source,
    trialEndsAt: plan.trialEndsAt.toISOString(),
    trialDaysLeft: plan.trialDaysLeft,
    pastDue: plan.pastDue,
    graceEndsAt: plan.graceEndsAt?.toISOString() ?? null,
  };
}

/** The Billing page (owner): plan, seats used vs paid, next invoice, limits and their use. */
export async function getBilling({
  ctx,
  configured,
  now = new Date(),
}: {
  ctx: TenantContext;
  configured: boolean;
  now?: Date;
}): Promise<BillingView> {
  authorize(ctx, 'billing.manage');
  return withTransaction(ctx, async (tx) => {
    const state = await loadBillingState(tx, ctx, now);
    const usage = await allUsage(tx, ctx.accountId, now);
    const b = state.billing;
    const [sync] = await tx
      .select()
      .from(billingOutboxTable)
      .where(
        and(eq(billingOutboxTable.accountId, ctx.accountId), eq(billingOutboxTable.kind, 'seat_quantities')),
      )
      .orderBy(desc(billingOutboxTable.id))
      .limit(1);
    return {
      ...toStatus(state.plan),
      configured,
      overrideReason: state.plan.overrideReason,
      subscription: b?.stripeSubscriptionId
        ? {
            status: b.subscriptionStatus ?? 'unknown',
            currentPeriodEnd: b.currentPeriodEnd?.toISOString() ?? null,
            cancelAtPeriodEnd: b.cancelAtPeriodEnd,
            nextInvoice:
              b.nextInvoiceAmount !== null && b.subscriptionStatus !== 'canceled' && !b.cancelAtPeriodEnd
                ? {
                    amount: b.nextInvoiceAmount,
                    currency: b.currency ?? 'usd',
                    at: b.currentPeriodEnd?.toISOString() ?? null,
                  }
                : null,
          }
        : null,
      seats: {
        engineer: {
          used: usage.engineerSeats,
          paid: b?.engineerSeatsPaid ?? 0,
          limit: state.plan.limits.engineerSeats,
        },
        l1: { used: usage.l1Seats, paid: b?.l1SeatsPaid ?? 0, limit: state.plan.limits.l1Seats },
      },
      limits: LIMIT_KEYS.map((key) => ({
        key,
        label: LABELS[key],
        used: usage[key],
        limit: state.plan.limits[key],
      })),
      seatSync: sync ? { status: sync.status, lastError: sync.lastError, attempts: sync.attempts } : null,
      plans: Object.values(PLANS).map((p) => ({
        id: p.id,
        name: p.name,
        summary: p.summary,
        selfServe: p.selfServe,
      })),
    };
  });
}

/** "Pro trial: 9 days left" — the line the bot's home and help show. */
export function planStatusLine(status: PlanStatusView): string {
  if (status.source === 'trial' && status.trialDaysLeft !== null) {
    const d = status.trialDaysLeft;
    return `${status.planName} trial: ${d} ${d === 1 ? 'day' : 'days'} left. An owner can upgrade under Billing in the admin web.`;
  }
  if (status.source === 'grace') {
    return `Payment failed: ${status.planName} continues until ${status.graceEndsAt?.slice(0, 10)}. An owner can update the card under Billing.`;
  }
  return `Plan: ${status.planName}.`;
}
