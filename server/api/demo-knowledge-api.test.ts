import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ARTICLES, DEMO_COMPANIES } from '../../core/kb/demo/index.ts';
import { DEMO_CONNECTOR_NAME, seedDemoArticles } from '../../core/kb/demo/seed-demo-articles.ts';
import { createIndexedKnowledgeSource } from '../../core/kb/index/index.ts';
import type { KnowledgePassage } from '../../core/kb/knowledge.ts';
import { testDatabase } from '../../test/db.ts';
import { offlineDiagnosis } from '../../test/diagnosis.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../../test/factories.ts';
import { api, signIn, startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../boot.ts';

// The demo account's built-in articles live in the real index: the Knowledge page search, the API
// and the assistant all rank them with searchKnowledge (what server/diagnosis.ts wires up).
const CREDENTIAL_PROMPT = 'Outlook keeps asking for a password (credential prompt loop)';

let server: RunningServer;
let account: TestAccount;
let admin: string;
let engineer: string;
let connectorId: string;

beforeAll(async () => {
  const database = await testDatabase();
  server = await startTestServer(
    database,
    {},
    { diagnosis: offlineDiagnosis(createIndexedKnowledgeSource()) },
  );
  account = await createTestAccount(database, 'Demo knowledge');
  ({ connectorId } = await seedDemoArticles(account.owner));
  admin = await signIn(server, (await account.member('admin')).email, TEST_PASSWORD);
  engineer = await signIn(server, (await account.member('engineer')).email, TEST_PASSWORD);
});
afterAll(() => server?.stop());

describe('the demo articles as an indexed, read-only source', () => {
  it("answers the README's example search with the Outlook credential-prompt article", async () => {
    for (const companyId of [undefined, 'Contoso']) {
      const res = await api(server, '/api/v1/kb/search', {
        method: 'POST',
        token: engineer,
        body: { text: 'outlook keeps asking for a password', ...(companyId ? { companyId } : {}) },
      });
      expect(res.status).toBe(200);
      expect(res.body.noAnswer).toBe(false);
      const [top] = res.body.passages as KnowledgePassage[];
      expect(top).toMatchObject({ title: CREDENTIAL_PROMPT, source: 'demo' });
      expect(top?.fix?.steps[0]).toBe('Close Outlook, Teams and every Office app.');
    }
  });

  it("says when another client's runbook matches a ticket much better (is the client right?), never whose", async () => {
    const search = (companyId: string) =>
      api(server, '/api/v1/kb/search', {
        method: 'POST',
        token: engineer,
        body: { text: 'QuickBooks gives error H202 when switching to multi-user mode', companyId },
      });
    // Only Northwind Traders runs QuickBooks (its runbook): for Fabrikam Dental the ticket is likely misfiled.
    const misfiled = await search(DEMO_COMPANIES.fabrikam);
    expect(misfiled.status).toBe(200);
    expect(misfiled.body).toMatchObject({ noAnswer: true, passages: [], anotherClientMatches: true });
    expect(JSON.stringify(misfiled.body)).not.toMatch(/Northwind|NW-APP01/);
    const right = await search(DEMO_COMPANIES.northwind);
    expect(right.body).toMatchObject({ noAnswer: false, anotherClientMatches: false });
    expect((right.body.passages as KnowledgePassage[])[0]?.title).toMatch(/^Northwind: QuickBooks H202/);
    // An ordinary "no answer" says nothing of other clients.
    const plain = await api(server, '/api/v1/kb/search', {
      method: 'POST',
      token: engineer,
      body: { text: 'xyzzy plugh frobozz', companyId: DEMO_COMPANIES.fabrikam },
    });
    expect(plain.body).toMatchObject({ noAnswer: true, anotherClientMatches: false });
  });

  it('marks a passage that is only a weak match as a lead, and a strong one not', async () => {
    const search = (text: string) =>
      api(server, '/api/v1/kb/search', { method: 'POST', token: engineer, body: { text } });
    const weak = await search('the CEO wants a new phone');
    expect(weak.status).toBe(200);
    expect(weak.body.noAnswer).toBe(false);
    const [lead] = weak.body.passages as KnowledgePassage[];
    expect(lead).toMatchObject({ title: expect.stringMatching(/locking out/), lead: true });
    const [strong] = (await search('outlook keeps asking for a password')).body
      .passages as KnowledgePassage[];
    expect(strong?.title).toBe(CREDENTIAL_PROMPT);
    expect(strong?.lead).toBeUndefined();
  });

  it('answers "printer offline" with the printer article, and a broken coffee machine with nothing', async () => {
    const search = (text: string) =>
      api(server, '/api/v1/kb/search', { method: 'POST', token: engineer, body: { text } });
    for (const text of ['printer offline at reception', 'shared printer shows offline for everyone']) {
      const [top] = (await search(text)).body.passages as KnowledgePassage[];
      expect(top?.title).toMatch(/^Network printer shows "Offline"/);
    }
    // Not an IT problem: no runbook that merely says "broken" is offered.
    const coffee = await search('the coffee machine is broken');
    expect(coffee.body).toMatchObject({
      noAnswer: true,
      passages: [],
      notAFault: { kind: 'facilities', reads: 'a building or facilities problem' },
    });
    // Someone's own phone shares the MFA runbook's words; the answer says why there is none.
    const icloud = await search('my personal iphone says icloud storage is full, can you clear my photos');
    expect(icloud.body).toMatchObject({ noAnswer: true, notAFault: { kind: 'personal' } });
    const printer = await search('printer offline at reception');
    expect(printer.body.notAFault).toBeNull();
    expect(printer.body.unspokenSymptom).toBeNull();
    // A printer fault the printer runbook never speaks of: no answer, and what it is about.
    const streaks = await search('the printer at reception is printing grey streaks down every page');
    expect(streaks.body).toMatchObject({
      noAnswer: true,
      passages: [],
      notAFault: null,
      unspokenSymptom: { symptom: 'print-quality', reads: 'print quality (streaks, lines, faded print)' },
    });
  });

  it("cites it in the assistant's first turn", async () => {
    const text = 'Outlook keeps asking for a password on the reception PC since this morning';
    const created = await api(server, '/api/v1/sessions', {
      method: 'POST',
      token: engineer,
      body: { problemSummary: text },
    });
    expect(created.status).toBe(201);
    const res = await api(server, `/api/v1/sessions/${created.body.id}/turns`, {
      method: 'POST',
      token: engineer,
      body: { message: text },
    });
    expect(res.status).toBe(200);
    const reply = res.body.reply as { text: string };
    expect(reply.text).not.toMatch(/No knowledge base article matched/);
    expect(reply.text).toContain(CREDENTIAL_PROMPT);
  });

  it('is listed as read-only and refuses edits, tests, syncs and removal with a clear 409', async () => {
    const list = await api(server, '/api/v1/kb/connectors', { token: admin });
    expect(list.body.connectors).toEqual([
      expect.objectContaining({
        id: connectorId,
        kind: 'demo',
        name: DEMO_CONNECTOR_NAME,
        readOnly: true,
        hasSecret: false,
        status: expect.objectContaining({ documentCount: DEMO_ARTICLES.length }),
      }),
    ]);
    const attempts = [
      api(server, `/api/v1/kb/connectors/${connectorId}`, {
        method: 'PATCH',
        token: admin,
        body: { name: 'Mine' },
      }),
      api(server, `/api/v1/kb/connectors/${connectorId}`, { method: 'DELETE', token: admin }),
      api(server, `/api/v1/kb/connectors/${connectorId}/sync`, { method: 'POST', token: admin }),
      api(server, `/api/v1/kb/connectors/${connectorId}/test`, { method: 'POST', token: admin }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBe(409);
      expect(res.text).toContain('The demo articles are built in');
    }
    const after = await api(server, '/api/v1/kb/connectors', { token: admin });
    expect(after.body.connectors).toEqual([
      expect.objectContaining({ id: connectorId, name: DEMO_CONNECTOR_NAME }),
    ]);
    const still = await api(server, '/api/v1/kb/search', {
      method: 'POST',
      token: engineer,
      body: { text: 'outlook keeps asking for a password' },
    });
    expect((still.body.passages as KnowledgePassage[])[0]?.title).toBe(CREDENTIAL_PROMPT);
  });

  it('cannot be created through the API', async () => {
    const res = await api(server, '/api/v1/kb/connectors', {
      method: 'POST',
      token: admin,
      body: { kind: 'demo', name: 'Sneaky', apiKey: 'x', settings: {} },
    });
    expect(res.status).toBe(422);
    expect(res.text).toContain('kind must be one of itglue, hudu, graph');
  });
});
