import type { PlanId } from '../db/schema/billing.ts';

/**
 * The limits a plan sets. `null` means unlimited. Engineer seats cover owners, admins and
 * engineers (everyone who diagnoses); L1 seats cover first-call staff; viewers are free.
 */
export interface PlanLimits {
  engineerSeats: number | null;
  l1Seats: number | null;
  sessionsPerMonth: number | null;
  knowledgeConnectors: number | null;
  flows: number | null;
}

export type LimitKey = keyof PlanLimits;
export const LIMIT_KEYS = [
  'engineerSeats',
  'l1Seats',
  'sessionsPerMonth',
  'knowledgeConnectors',
  'flows',
] as const satisfies readonly LimitKey[];

export const FEATURES = ['psa_writeback', 'assistant_model', 'insights', 'sso', 'audit_export'] as const;
export type Feature = (typeof FEATURES)[number];

export interface PlanDefinition {
  id: PlanId;
  name: string;
  /** One line for the Billing page. */
  summary: string;
  limits: PlanLimits;
  features: readonly Feature[];
  /** Whether an owner can buy it through Checkout (Enterprise goes through sales). */
  selfServe: boolean;
}

/**
 * Every plan, in one place. Pro's seat limits are the self-serve ceiling: on Pro the subscription's
 * quantities follow the team (core/billing/seat-sync.ts), so a Pro team never runs out of seats
 * before that ceiling.
 */
export const PLANS = {
  free: {
    id: 'free',
    name: 'Free',
    summary: 'For a small helpdesk trying things out.',
    limits: { engineerSeats: 2, l1Seats: 1, sessionsPerMonth: 50, knowledgeConnectors: 1, flows: 5 },
    features: [],
    selfServe: false,
  },
  pro: {
    id: 'pro',
    name: 'Pro',
    summary: 'Per seat, billed monthly: engineer and L1 seats; viewers are free.',
    limits: { engineerSeats: 100, l1Seats: 100, sessionsPerMonth: null, knowledgeConnectors: 10, flows: 500 },
    features: ['psa_writeback', 'assistant_model', 'insights', 'audit_export'],
    selfServe: true,
  },
  enterprise: {
    id: 'enterprise',
    name: 'Enterprise',
    summary: 'Unlimited, with SSO and a contract. Talk to sales.',
    limits: {
      engineerSeats: null,
      l1Seats: null,
      sessionsPerMonth: null,
      knowledgeConnectors: null,
      flows: null,
    },
    features: ['psa_writeback', 'assistant_model', 'insights', 'sso', 'audit_export'],
    selfServe: false,
  },
} as const satisfies Record<PlanId, PlanDefinition>;

/** How each limit is named to a person, singular and plural. */
export const LIMIT_NOUNS = {
  engineerSeats: ['engineer seat', 'engineer seats'],
  l1Seats: ['L1 seat', 'L1 seats'],
  sessionsPerMonth: ['diagnosis session this month', 'diagnosis sessions a month'],
  knowledgeConnectors: ['knowledge connector', 'knowledge connectors'],
  flows: ['flow', 'flows'],
} as const satisfies Record<LimitKey, readonly [string, string]>;

export const TRIAL_DAYS = 14;
/** After a failed payment the account keeps its paid plan this long before falling to Free. */
export const PAST_DUE_GRACE_DAYS = 7;
/** Trial reminders go out when this many days (or fewer) are left, once each. */
export const TRIAL_REMINDER_DAYS = [3, 1] as const;

/** The plan's limits with an account's overrides applied (an override of null lifts the limit). */
export function limitsFor(plan: PlanId, overrides: Record<string, number | null> = {}): PlanLimits {
  const limits: PlanLimits = { ...PLANS[plan].limits };
  for (const key of LIMIT_KEYS) {
    if (key in overrides) {
      const value = overrides[key];
      limits[key] = value === undefined ? limits[key] : value;
    }
  }
  return limits;
}
