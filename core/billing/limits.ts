import type { AppTx } from '../db/client.ts';
import type { TenantContext } from '../shared/context.ts';
import { ServiceError } from '../shared/errors.ts';
import { loadBillingState } from './billing-state.ts';
import type { EffectivePlan } from './effective-plan.ts';
import { LIMIT_NOUNS, type LimitKey, PLANS } from './plans.ts';
import { usageOf } from './usage.ts';

/**
 * A write the plan does not allow. Code `forbidden` (HTTP 403; an error card in chat) so every
 * transport already knows how to say it; the message names the limit and how to lift it, and
 * `details` carries the numbers for the admin web.
 */
export class PlanLimitError extends ServiceError {
  readonly limit: LimitKey;

  constructor(limit: LimitKey, plan: EffectivePlan, max: number, used: number) {
    super('forbidden', limitMessage(limit, plan, max), {
      details: { limit, plan: plan.plan, max, used },
    });
    this.name = 'PlanLimitError';
    this.limit = limit;
  }
}

function limitMessage(limit: LimitKey, plan: EffectivePlan, max: number): string {
  const [one, many] = LIMIT_NOUNS[limit];
  const what =
    limit === 'sessionsPerMonth'
      ? `Your plan has ${max} ${many} and all are used this month.`
      : `Your plan has ${max} ${max === 1 ? one : many} and all are used.`;
  const lift =
    plan.plan === 'free'
      ? `An owner can upgrade to ${PLANS.pro.name} under Billing.`
      : limit === 'engineerSeats' || limit === 'l1Seats'
        ? 'An owner can add seats under Billing (beyond this, talk to sales about Enterprise).'
        : 'An owner can talk to sales about Enterprise under Billing.';
  return `${what} ${lift}`;
}

export interface LimitCheck {
  limit: LimitKey;
  /** How many more of the thing this write adds; 1 unless said. */
  adding?: number;
}

/**
 * The one check every write path runs before it changes anything: API, Slack, Teams and jobs all
 * reach it through the core verbs that create seats, sessions, connectors and flows. Seat checks
 * lock the account row so concurrent invites of one account queue behind each other.
 */
export async function assertWithinLimits(
  tx: AppTx,
  ctx: Pick<TenantContext, 'accountId'>,
  checks: readonly LimitCheck[],
  now: Date = new Date(),
): Promise<void> {
  if (checks.length === 0) return;
  const lock = checks.some((c) => c.limit === 'engineerSeats' || c.limit === 'l1Seats');
  const { plan } = await loadBillingState(tx, ctx, now, { lock });
  for (const check of checks) {
    const max = plan.limits[check.limit];
    if (max === null) continue;
    const used = await usageOf(tx, ctx.accountId, check.limit, now);
    if (used + (check.adding ?? 1) > max) throw new PlanLimitError(check.limit, plan, max, used);
  }
}
