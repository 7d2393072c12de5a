import type { ChannelKind } from '../db/schema/diagnosis.ts';
import { DEMO_PROBLEMS, type DemoProblem } from './demo-problems.ts';

/** How a demo session ends; the counts below are what the seed test checks. */
export type DemoOutcome =
  | 'worked'
  | 'failed_then_worked'
  | 'partial'
  | 'dismissed_then_worked'
  | 'escalated'
  | 'escalated_claimed'
  | 'escalated_claimed_resolved'
  | 'active_questions'
  | 'active_fix';

export const DEMO_OUTCOME_COUNTS = {
  worked: 8,
  failed_then_worked: 3,
  partial: 3,
  dismissed_then_worked: 2,
  escalated_claimed: 2,
  escalated_claimed_resolved: 1,
  escalated: 2,
  active_questions: 1,
  active_fix: 2,
} as const satisfies Record<DemoOutcome, number>;

export const DEMO_CLIENTS = [
  'Northwind Traders',
  'Fabrikam Dental',
  'Adatum Legal',
  'Tailspin Logistics',
  'Wingtip Architects',
  'Litware Accounting',
] as const;

export interface DemoSessionPlan {
  index: number;
  problem: DemoProblem;
  client: string;
  outcome: DemoOutcome;
  ownerEmail: string;
  claimerEmail: string | null;
  channel: ChannelKind;
  withTicket: boolean;
  startsAt: Date;
}

export const DAY_MS = 86_400_000;
export const HISTORY_DAYS = 30;

/** mulberry32: a tiny seeded generator, so "random-looking" is the same on every machine and run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const ENGINEER = 'engineer@contoso-msp.example';
const COVER = 'cover@contoso-msp.example';
const OWNER = 'owner@contoso-msp.example';
const L1 = 'l1@contoso-msp.example';

/**
 * The month, oldest first. Open work (unclaimed escalations, active sessions) is the most recent,
 * as it would be on a real helpdesk; everything else is shuffled by a fixed seed. Times are
 * relative to `now`, so the history always ends shortly before the first start.
 */
export function planDemoHistory(now: Date): DemoSessionPlan[] {
  const rand = seeded(2026);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const closed: DemoOutcome[] = [];
  const open: DemoOutcome[] = [];
  for (const [outcome, n] of Object.entries(DEMO_OUTCOME_COUNTS) as Array<[DemoOutcome, number]>) {
    const bucket = outcome === 'escalated' || outcome.startsWith('active') ? open : closed;
    for (let i = 0; i < n; i++) bucket.push(outcome);
  }
  for (let i = closed.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [closed[i], closed[j]] = [closed[j] as DemoOutcome, closed[i] as DemoOutcome];
  }
  const outcomes = [...closed, ...open];
  const total = outcomes.length;
  return outcomes.map((outcome, index) => {
    const escalation = outcome.startsWith('escalated');
    // L1 takes the walk-ins that end up escalated; engineers do most of the rest.
    const ownerEmail = escalation ? L1 : pick([ENGINEER, ENGINEER, ENGINEER, COVER, COVER, OWNER, L1]);
    const claimerEmail =
      outcome === 'escalated_claimed' || outcome === 'escalated_claimed_resolved'
        ? pick([ENGINEER, COVER])
        : null;
    const daysAgo = HISTORY_DAYS - 0.4 - (index * (HISTORY_DAYS - 0.6)) / total;
    // Helpdesk hours (08:00–16:59 UTC), and early enough that the longest story (about five hours
    // to a claimed escalation's resolution) ends before the first start.
    const day = new Date(now.getTime() - daysAgo * DAY_MS);
    day.setUTCHours(8 + Math.floor(rand() * 9), Math.floor(rand() * 60), 0, 0);
    while (day.getTime() > now.getTime() - 8 * 3_600_000) day.setTime(day.getTime() - DAY_MS);
    const startsAt = day;
    return {
      index,
      problem: DEMO_PROBLEMS[(index * 5 + Math.floor(rand() * 3)) % DEMO_PROBLEMS.length] as DemoProblem,
      client: pick(DEMO_CLIENTS),
      outcome,
      ownerEmail,
      claimerEmail,
      channel: pick<ChannelKind>(['slack', 'slack', 'slack', 'teams', 'teams', 'web']),
      withTicket: escalation || rand() < 0.7,
      startsAt,
    };
  });
}
