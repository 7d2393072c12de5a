import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/boot.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, TEST_PASSWORD } from '../../test/factories.ts';
import { api, signIn, startTestServer } from '../../test/server.ts';
import { scriptTemplatesTable } from '../db/schema/scripts.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';

const TOO_LONG = 'x: the pattern took too long to check against this value; simplify the pattern';

describe('script parameter patterns over HTTP: no value can stall the server', () => {
  let server: RunningServer;
  let engineerCtx: TenantContext;
  let engineer: string;
  let viewer: string;

  beforeAll(async () => {
    const database = await testDatabase();
    server = await startTestServer(database);
    const account = await createTestAccount(database, 'Pattern timeouts');
    const engineerMember = await account.member('engineer');
    engineerCtx = engineerMember;
    engineer = await signIn(server, engineerMember.email, TEST_PASSWORD);
    viewer = await signIn(server, (await account.member('viewer')).email, TEST_PASSWORD);
  });
  afterAll(() => server.stop());

  const post = (path: string, token: string, body: unknown) =>
    api(server, `/api/v1${path}`, { method: 'POST', token, body });

  /** The request and a health check sent alongside it, with how long both took. */
  const withHealth = async (request: Promise<Awaited<ReturnType<typeof api>>>) => {
    const started = performance.now();
    const [res, health] = await Promise.all([request, api(server, '/healthz')]);
    return { res, health, ms: performance.now() - started };
  };

  it('answers a preview whose pattern backtracks for seconds elsewhere at once, as a mismatch', async () => {
    for (const [pattern, value] of [
      ['^(a+)+$', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaa!'],
      // Eight \d* take years on 500 digits on a backtracking engine.
      [`${'\\d*'.repeat(8)}x`, '1'.repeat(500)],
    ]) {
      const { res, health, ms } = await withHealth(
        post('/scripts/preview', viewer, {
          language: 'bash',
          body: 'echo {{x}}',
          params: [{ name: 'x', type: 'string', pattern }],
          values: { x: value },
        }),
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        problems: [`x: does not match the pattern ${pattern}`],
        missing: ['x'],
        ready: false,
      });
      expect(health.status).toBe(200);
      expect(ms).toBeLessThan(5_000);
    }
  });

  it('refuses a pattern only the backtracking engine runs and that can split a value many ways, with 400', async () => {
    const res = await post('/scripts/preview', viewer, {
      language: 'powershell',
      body: 'Write-Host {{x}}',
      params: [{ name: 'x', type: 'string', pattern: '(a+){1,20}' }],
      values: { x: 'aaaa' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error?.message).toMatch(/params\.0\.pattern: can take too long to match/);
  });

  it('renders a template stored with a slow lookahead pattern (before the rule) as a refusal, not a hang', async () => {
    const created = await post('/scripts', engineer, {
      name: 'Greet a user',
      language: 'powershell',
      body: 'Write-Host {{x}}',
      params: [{ name: 'x', type: 'string', pattern: '[a-z]+' }],
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    // As saved before patterns were checked: straight into the row, past the schema.
    await withTransaction(engineerCtx, (tx) =>
      tx
        .update(scriptTemplatesTable)
        .set({
          draftParams: [
            {
              name: 'x',
              type: 'string',
              required: true,
              default: null,
              pattern: '^(?=(a+)+$)a*$',
              description: '',
              choices: [],
              source: null,
            },
          ],
        })
        .where(eq(scriptTemplatesTable.id, id)),
    );

    const { res, health, ms } = await withHealth(
      post(`/scripts/${id}/render`, viewer, { values: { x: `${'a'.repeat(499)}!` } }),
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ problems: [TOO_LONG], missing: ['x'], ready: false });
    expect(res.body.body).toBe('Write-Host {{x}}');
    expect(health.status).toBe(200);
    expect(ms).toBeLessThan(5_000);

    // A fitting value renders once the slow one's time is paid back: at once on an idle machine; on
    // a loaded one the account's second may be spent, and the refusal says to try again, as here.
    let fine = await post(`/scripts/${id}/render`, viewer, { values: { x: 'aaaa' } });
    for (let tries = 0; fine.body.ready !== true && tries < 10; tries++) {
      expect(fine.body.problems).toEqual([expect.stringMatching(/try again$/)]);
      await new Promise((r) => setTimeout(r, 300));
      fine = await post(`/scripts/${id}/render`, viewer, { values: { x: 'aaaa' } });
    }
    expect(fine.body).toMatchObject({ problems: [], ready: true, body: 'Write-Host aaaa' });
  });
});
