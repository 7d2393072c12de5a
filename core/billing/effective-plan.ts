import type { AccountBillingRow, OverrideReason, PlanId } from '../db/schema/billing.ts';
import { limitsFor, PAST_DUE_GRACE_DAYS, PLANS, type PlanLimits } from './plans.ts';

const DAY_MS = 86_400_000;

/** Why the plan in force is what it is. */
export type PlanSource =
  /** An operator's complimentary or pilot override. */
  | 'override'
  /** A subscription in good standing. */
  | 'subscription'
  /** A failed payment: the paid plan holds for the grace period. */
  | 'grace'
  /** The 14-day reverse trial on Pro. */
  | 'trial'
  /** Nothing above applies. */
  | 'free';

export interface EffectivePlan {
  plan: PlanId;
  name: string;
  source: PlanSource;
  limits: PlanLimits;
  trialEndsAt: Date;
  /** Whole days left in the trial, rounded up (so "1 day left" until the last minute); null outside it. */
  trialDaysLeft: number | null;
  pastDue: boolean;
  graceEndsAt: Date | null;
  overrideReason: OverrideReason | null;
}

/** The columns the computation reads: any account row (demo, factory, signup) has them. */
export interface PlanInputs {
  account: { trialEndsAt: Date };
  billing: Pick<
    AccountBillingRow,
    | 'subscriptionStatus'
    | 'pastDueSince'
    | 'subscriptionStateAt'
    | 'planOverride'
    | 'overrideReason'
    | 'overrideEndsAt'
    | 'limitOverrides'
  > | null;
}

/** Stripe statuses in which the customer is paying (or in Stripe's own trial). */
const PAYING = new Set(['active', 'trialing']);
/** Stripe statuses after a failed payment, while Stripe retries. */
const PAST_DUE = new Set(['past_due', 'unpaid']);

/**
 * The plan in force at `now`, from dates and the stored subscription state alone. Nothing ever
 * writes "the account is now Free": the trial and the grace period simply end, so a stopped job
 * or a missed webhook cannot leave an account on the wrong plan.
 */
export function effectivePlan({ account, billing }: PlanInputs, now: Date): EffectivePlan {
  const t = now.getTime();
  const trialEndsAt = account.trialEndsAt;
  const inTrial = t < trialEndsAt.getTime();
  const status = billing?.subscriptionStatus ?? null;
  // A failed invoice marks the run even while Stripe still says "active" (it retries first).
  const pastDue =
    status !== null && (PAST_DUE.has(status) || (PAYING.has(status) && Boolean(billing?.pastDueSince)));
  const graceStart = billing?.pastDueSince ?? billing?.subscriptionStateAt ?? now;
  const graceEndsAt = pastDue ? new Date(graceStart.getTime() + PAST_DUE_GRACE_DAYS * DAY_MS) : null;
  const base = {
    trialEndsAt,
    trialDaysLeft: null as number | null,
    pastDue,
    graceEndsAt,
    overrideReason: null as OverrideReason | null,
  };
  const overrides = billing?.limitOverrides ?? {};
  const make = (plan: PlanId, source: PlanSource, extra: Partial<typeof base> = {}): EffectivePlan => ({
    plan,
    name: PLANS[plan].name,
    source,
    limits: limitsFor(plan, overrides),
    ...base,
    ...extra,
  });

  if (billing?.planOverride && (!billing.overrideEndsAt || billing.overrideEndsAt.getTime() > t)) {
    return make(billing.planOverride, 'override', { overrideReason: billing.overrideReason });
  }
  if (status && PAYING.has(status) && !pastDue) return make('pro', 'subscription');
  if (pastDue && graceEndsAt && t < graceEndsAt.getTime()) return make('pro', 'grace');
  if (inTrial) {
    return make('pro', 'trial', { trialDaysLeft: Math.ceil((trialEndsAt.getTime() - t) / DAY_MS) });
  }
  return make('free', 'free');
}
