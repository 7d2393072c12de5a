import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../core/db/client.ts';
import { withSystemTransaction } from '../../core/db/transactions.ts';
import { getUser } from '../../core/users/index.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../../test/factories.ts';
import { smallFlowYaml } from '../../test/flows.ts';
import { type FuzzCase, fuzzCases, type Operation } from '../../test/fuzz-corpus.ts';
import { PRINT_SPOOLER_TEMPLATE } from '../../test/scripts.ts';
import { api, signIn, startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../boot.ts';

type Doc = { paths: Record<string, Record<string, Operation>> };

const ANONYMOUS_SAMPLE =
  /^(malformed JSON|JSON null|deeply nested|NUL in a key|body not gzip|undecodable|unexpected|\?\w+=NUL)|: NUL$/;

/**
 * Every operation in the OpenAPI document, sent the fuzz corpus as a signed-in owner and signed
 * out: no answer may be a 5xx, and an operation whose every fuzz request was refused must have
 * changed nothing (row counts of the account's tables, its audit log and its settings row).
 */
describe('fuzz over every documented /api/v1 operation', () => {
  let database: Database;
  let server: RunningServer;
  let a: TestAccount;
  let ownerEmail: string;
  let token: string;
  let doc: Doc;
  const realIds: Record<string, string> = {};

  beforeAll(async () => {
    database = await testDatabase();
    // Limits off: the corpus is ~2,000 requests from one user in well under a minute.
    server = await startTestServer(database, {
      API_RATE_LIMIT_PER_USER_PER_MINUTE: '0',
      API_RATE_LIMIT_PER_ACCOUNT_PER_MINUTE: '0',
      BOT_RATE_LIMIT_PER_USER_PER_MINUTE: '0',
      SIGN_IN_MAX_FAILURES_PER_IP: '100000',
    });
    a = await createTestAccount(database, 'Fuzz');
    const ownerId = a.owner.actor.kind === 'user' ? a.owner.actor.userId : '';
    ownerEmail = (await getUser({ ctx: a.owner, userId: ownerId })).email;
    token = await signIn(server, ownerEmail, TEST_PASSWORD);
    doc = (await api(server, '/api/v1/openapi.json')).body as unknown as Doc;
    const created = await api(server, '/api/v1/sessions', {
      method: 'POST',
      token,
      body: { problemSummary: 'Fuzz target session' },
    });
    realIds.sessionId = String(created.body.id);
    const flow = await api(server, '/api/v1/flows/import', {
      method: 'POST',
      token,
      body: { format: 'yaml', content: smallFlowYaml('Fuzz target flow') },
    });
    realIds.flowId = String(flow.body.id);
    const script = await api(server, '/api/v1/scripts', {
      method: 'POST',
      token,
      body: PRINT_SPOOLER_TEMPLATE,
    });
    realIds.scriptId = String(script.body.id);
    const engineer = (await a.member('engineer')).actor;
    if (engineer.kind === 'user') realIds.userId = engineer.userId;
    expect(Object.values(realIds).every((id) => /^[0-9a-f-]{36}$/.test(id))).toBe(true);
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** What a refused request must not have touched. */
  const snapshot = () =>
    withSystemTransaction(database, 'fuzz snapshot', async (tx) => {
      const result = await tx.execute(sql`
        select
          (select count(*) from audit_log where account_id = ${a.accountId}) as audit,
          (select count(*) from users where account_id = ${a.accountId}) as users,
          (select count(*) from user_invites where account_id = ${a.accountId}) as invites,
          (select count(*) from diagnosis_sessions where account_id = ${a.accountId}) as sessions,
          (select count(*) from session_turns where account_id = ${a.accountId}) as turns,
          (select count(*) from facts where account_id = ${a.accountId}) as facts,
          (select count(*) from task_items where account_id = ${a.accountId}) as items,
          (select count(*) from kb_connectors where account_id = ${a.accountId}) as connectors,
          (select count(*) from psa_connections where account_id = ${a.accountId}) as psa,
          (select count(*) from flows where account_id = ${a.accountId}) as flows,
          (select count(*) from tickets where account_id = ${a.accountId}) as tickets,
          (select count(*) from answer_feedback where account_id = ${a.accountId}) as feedback,
          (select md5(row_to_json(x)::text) from accounts x where id = ${a.accountId}) as account`);
      return JSON.stringify((result as unknown as { rows: unknown[] }).rows?.[0] ?? result);
    });

  /**
   * Path parameters: a real object of the account where one was made (so the route's own code
   * runs, not just its 404), else an id nobody has; or, for that case, `%ZZ`.
   */
  const fill = (path: string, c: FuzzCase) =>
    path.replace(/\{(\w+)\}/g, (_m, name: string) =>
      c.badPath
        ? '%ZZ'
        : (realIds[name] ?? (name.endsWith('Id') ? '00000000-0000-4000-8000-000000000000' : 'fuzz')),
    );

  const send = (method: string, path: string, c: FuzzCase, withToken: boolean) =>
    api(server, `/api/v1${path}${c.query ? `?${c.query}` : ''}`, {
      method: method.toUpperCase(),
      ...(withToken ? { token } : {}),
      ...(c.rawBody !== undefined ? { rawBody: c.rawBody } : {}),
      ...(c.headers ? { headers: c.headers } : {}),
    });

  it('answers every case below 500 and changes nothing when it refuses', async () => {
    const started = Date.now();
    const failures: string[] = [];
    const changed: string[] = [];
    let requests = 0;
    const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ path, method, op })),
    );
    expect(operations.length).toBeGreaterThan(100);
    for (const { path, method, op } of operations) {
      const cases = fuzzCases(method, op);
      if (cases.length === 0) continue;
      // A case may sign the owner out (sign-out takes any body): sign in again before the next.
      if ((await api(server, '/api/v1/me', { token })).status === 401) {
        token = await signIn(server, ownerEmail, TEST_PASSWORD);
      }
      const before = await snapshot();
      let allRefused = true;
      for (const c of cases) {
        // Signed out, the gate and then sign-in refuse everything alike: a sample is enough there.
        for (const withToken of ANONYMOUS_SAMPLE.test(c.label) ? [true, false] : [true]) {
          const res = await send(method, fill(path, c), c, withToken);
          requests += 1;
          const who = withToken ? 'owner' : 'anonymous';
          if (res.status >= 500)
            failures.push(`${method.toUpperCase()} ${path} [${c.label}, ${who}] → ${res.status}`);
          if (res.status < 400) allRefused = false;
        }
      }
      if (allRefused && (await snapshot()) !== before) changed.push(`${method.toUpperCase()} ${path}`);
    }
    expect(failures).toEqual([]);
    expect(changed).toEqual([]);
    expect(requests).toBeGreaterThan(1500);
    console.info(
      `fuzz: ${requests} requests over ${operations.length} operations in ${Date.now() - started} ms`,
    );
  }, 240_000);
});
