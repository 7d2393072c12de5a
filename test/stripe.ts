import { eq } from 'drizzle-orm';
import type { Database } from '../core/db/client.ts';
import { accountsTable } from '../core/db/schema/accounts.ts';
import { withSystemTransaction } from '../core/db/transactions.ts';
import type { RunningServer } from '../server/boot.ts';
import { STRIPE_SIM_SECRET_KEY, type StripeSimulator, startStripeSimulator } from '../sim/stripe/index.ts';
import { startTestServer } from './server.ts';

export const TEST_WEBHOOK_SECRET = 'whsec_test_resolutionflow_0000000000';
export const TEST_PRICES = { engineer: 'price_engineer_seat', l1: 'price_l1_seat' } as const;

/** The env that points the server's real Stripe SDK at a simulator. */
export function stripeEnv(sim: Pick<StripeSimulator, 'url'>): Record<string, string> {
  return {
    STRIPE_SECRET_KEY: STRIPE_SIM_SECRET_KEY,
    STRIPE_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
    STRIPE_PRICE_ENGINEER: TEST_PRICES.engineer,
    STRIPE_PRICE_L1: TEST_PRICES.l1,
    STRIPE_API_URL: sim.url,
  };
}

/** A Stripe simulator with our two seat prices, and the real server wired to it both ways. */
export async function startBillingServer(
  database: Database,
  options: { now?: () => Date; env?: Record<string, string> } = {},
): Promise<{ sim: StripeSimulator; server: RunningServer; stop(): Promise<void> }> {
  const sim = await startStripeSimulator({
    prices: [
      { id: TEST_PRICES.engineer, unitAmount: 2900, nickname: 'Engineer seat' },
      { id: TEST_PRICES.l1, unitAmount: 1500, nickname: 'L1 seat' },
    ],
  });
  const server = await startTestServer(
    database,
    { ...stripeEnv(sim), ...options.env },
    options.now ? { now: options.now } : {},
  );
  sim.setWebhook({ url: `${server.url}/webhooks/stripe`, secret: TEST_WEBHOOK_SECRET });
  return {
    sim,
    server,
    async stop() {
      await server.stop();
      await sim.close();
    },
  };
}

/** Moves an account's trial end (test setup: the trial clock of an account made moments ago). */
export async function setTrialEndsAt(database: Database, accountId: string, at: Date): Promise<void> {
  await withSystemTransaction(database, 'test: trial end', (tx) =>
    tx.update(accountsTable).set({ trialEndsAt: at }).where(eq(accountsTable.id, accountId)),
  );
}
