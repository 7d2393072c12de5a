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

  it('refuses an exponential pattern in a preview with 400, naming the field and why', async () => {
    const { res, health, ms } = await withHealth(
      post('/scripts/preview', viewer, {
        language: 'powershell',
        body: 'Write-Host {{x}}',
        params: [{ name: 'x', type: 'string', pattern: '^(a+)+$' }],
        values: { x: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaa!' },
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error?.message).toMatch(
      /params\.0\.pattern: can take exponential time \(a repeated group that itself repeats\)/,
    );
    expect(health.status).toBe(200);
    expect(ms).toBeLessThan(5_000);
  });

  it('answers a preview whose pattern passes the check but still backtracks with a refusal, in time', async () => {
    // No repeated group, so the check lets it through; eight \d* still take years on 500 digits.
    const { res, health, ms } = await withHealth(
      post('/scripts/preview', viewer, {
        language: 'bash',
        body: 'echo {{x}}',
        params: [{ name: 'x', type: 'string', pattern: `${'\\d*'.repeat(8)}x` }],
        values: { x: '1'.repeat(500) },
      }),
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ problems: [TOO_LONG], missing: ['x'], ready: false });
    expect(health.status).toBe(200);
    expect(ms).toBeLessThan(5_000);
  });

  it('renders a template stored with an exponential pattern as a refusal, not a hang', async () => {
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
              pattern: '^(a+)+$',
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

    const fine = await post(`/scripts/${id}/render`, viewer, { values: { x: 'aaaa' } });
    expect(fine.body).toMatchObject({ problems: [], ready: true, body: 'Write-Host aaaa' });
  });
});
