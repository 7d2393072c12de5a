import { describe, expect, it } from 'vitest';
import { effectivePlan, type PlanInputs } from './effective-plan.ts';

const DAY = 86_400_000;
const created = new Date('2026-11-01T09:00:00Z');
const trialEndsAt = new Date(created.getTime() + 14 * DAY);
const at = (days: number) => new Date(created.getTime() + days * DAY);

function billing(over: Partial<NonNullable<PlanInputs['billing']>> = {}): NonNullable<PlanInputs['billing']> {
  return {
    subscriptionStatus: null,
    pastDueSince: null,
    subscriptionStateAt: null,
    planOverride: null,
    overrideReason: null,
    overrideEndsAt: null,
    limitOverrides: {},
    ...over,
  };
}

describe('effectivePlan: computed from dates and the subscription, on a controlled clock', () => {
  it('is Pro for 14 days from creation, counting days left up, then Free without a subscription', () => {
    const inputs: PlanInputs = { account: { trialEndsAt }, billing: null };
    expect(effectivePlan(inputs, at(0))).toMatchObject({ plan: 'pro', source: 'trial', trialDaysLeft: 14 });
    expect(effectivePlan(inputs, at(11)).trialDaysLeft).toBe(3);
    expect(effectivePlan(inputs, at(13.5)).trialDaysLeft).toBe(1);
    expect(effectivePlan(inputs, new Date(trialEndsAt.getTime() - 1))).toMatchObject({
      plan: 'pro',
      trialDaysLeft: 1,
    });
    const after = effectivePlan(inputs, trialEndsAt);
    expect(after).toMatchObject({ plan: 'free', source: 'free', trialDaysLeft: null });
    expect(after.limits).toMatchObject({ engineerSeats: 2, l1Seats: 1, sessionsPerMonth: 50 });
  });

  it('is Pro on an active subscription, after the trial too', () => {
    const inputs = { account: { trialEndsAt }, billing: billing({ subscriptionStatus: 'active' }) };
    expect(effectivePlan(inputs, at(40))).toMatchObject({
      plan: 'pro',
      source: 'subscription',
      pastDue: false,
    });
  });

  it('past due: 7 days of grace from the first failure, then Free', () => {
    const failedAt = at(40);
    const inputs = {
      account: { trialEndsAt },
      billing: billing({
        subscriptionStatus: 'past_due',
        pastDueSince: failedAt,
        subscriptionStateAt: failedAt,
      }),
    };
    const grace = effectivePlan(inputs, at(46.9));
    expect(grace).toMatchObject({ plan: 'pro', source: 'grace', pastDue: true });
    expect(grace.graceEndsAt?.toISOString()).toBe(at(47).toISOString());
    expect(effectivePlan(inputs, at(47))).toMatchObject({ plan: 'free', source: 'free', pastDue: true });
    // A failed invoice while Stripe still says "active" (it retries first) is past due as well.
    const retrying = {
      account: { trialEndsAt },
      billing: billing({ subscriptionStatus: 'active', pastDueSince: failedAt }),
    };
    expect(effectivePlan(retrying, at(41))).toMatchObject({ source: 'grace', pastDue: true });
  });

  it('a canceled subscription falls back to the trial if it is still running, else Free', () => {
    const inputs = { account: { trialEndsAt }, billing: billing({ subscriptionStatus: 'canceled' }) };
    expect(effectivePlan(inputs, at(5))).toMatchObject({ plan: 'pro', source: 'trial' });
    expect(effectivePlan(inputs, at(20))).toMatchObject({ plan: 'free', pastDue: false });
  });

  it('complimentary and pilot overrides win until they end, with per-account limit changes', () => {
    const pilot = {
      account: { trialEndsAt },
      billing: billing({
        planOverride: 'enterprise',
        overrideReason: 'pilot',
        overrideEndsAt: at(60),
        limitOverrides: { engineerSeats: 20 },
      }),
    };
    const during = effectivePlan(pilot, at(30));
    expect(during).toMatchObject({ plan: 'enterprise', source: 'override', overrideReason: 'pilot' });
    expect(during.limits.engineerSeats).toBe(20);
    expect(during.limits.sessionsPerMonth).toBeNull();
    expect(effectivePlan(pilot, at(60))).toMatchObject({ plan: 'free', source: 'free' });
    const comp = {
      account: { trialEndsAt },
      billing: billing({ planOverride: 'pro', overrideReason: 'complimentary' }),
    };
    expect(effectivePlan(comp, at(400))).toMatchObject({ plan: 'pro', source: 'override' });
  });
});
