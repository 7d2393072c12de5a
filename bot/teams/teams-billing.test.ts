import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountBillingTable } from '../../core/db/schema/billing.ts';
import { withSystemTransaction } from '../../core/db/transactions.ts';
import { listSessions } from '../../core/sessions/index.ts';
import { eventually, type TeamsWorld, teamsWorld, textOf } from './teams-test-kit.ts';

describe('Teams: plan limits in chat (connector simulator)', () => {
  let w: TeamsWorld;

  beforeAll(async () => {
    w = await teamsWorld();
  });
  afterAll(() => w.close());

  it('refuses a new problem over the sessions limit with the limit and how to lift it, starting nothing', async () => {
    await withSystemTransaction(w.account.system().db, 'test: limit', (tx) =>
      tx
        .insert(accountBillingTable)
        .values({ accountId: w.account.accountId, limitOverrides: { sessionsPerMonth: 0 } }),
    );
    const before = (await listSessions({ ctx: w.engineer, input: { limit: 100 } })).sessions.length;
    const message = w.personal('Outlook keeps asking for my password');
    expect((await w.send(message)).status).toBe(200);
    const reply = await eventually(() =>
      w.connector.activities(message.conversation.id).find((a) => /Plan limit reached/.test(textOf(a))),
    );
    expect(textOf(reply)).toMatch(
      /Your plan has 0 diagnosis sessions a month and all are used this month\. An owner can talk to sales about Enterprise under Billing\./,
    );
    expect((await listSessions({ ctx: w.engineer, input: { limit: 100 } })).sessions.length).toBe(before);
  });
});
