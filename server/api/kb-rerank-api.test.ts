import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../../bot/slack/slack-test-kit.ts';
import type { Database } from '../../core/db/client.ts';
import { withTransaction } from '../../core/db/transactions.ts';
import { searchKnowledge, searchKnowledgeCandidates, upsertDocuments } from '../../core/kb/index/index.ts';
import { insertTestConnector, sourceDocument } from '../../core/kb/index/test-support.ts';
import type { KnowledgePassage } from '../../core/kb/knowledge.ts';
import { type AnthropicSimulator, startAnthropicSimulator } from '../../sim/anthropic/index.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../../test/factories.ts';
import { startOtlpReceiver } from '../../test/otlp-receiver.ts';
import { isRerankRequest, rerankByTitles, rerankCandidates } from '../../test/rerank-model.ts';
import { api, signIn, startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../boot.ts';

const TICKET = 'laptop wants a recovery key at boot after the bios update, cant log in';
/**
 * A ticket the lexical abstention declines although a candidate may answer it: few words, one of
 * them shared, and a client's own app ("MedDesk") that no article names, which lexical search
 * reads as another product's problem. Only a reader of the passages can tell.
 */
const VAGUE = 'boot problem on the MedDesk kiosk';

const ARTICLES = [
  {
    externalId: 'bitlocker',
    title: 'BitLocker recovery key prompt at boot',
    text: 'After a BIOS or firmware update the laptop asks for the BitLocker recovery key at boot. Find the recovery key in Entra ID under Devices, read it to the user, then suspend protection before the next BIOS update.',
  },
  {
    externalId: 'bios',
    title: 'Update the laptop BIOS with Dell Command Update',
    text: 'Run Dell Command Update on the laptop to install the BIOS update, then reboot. Suspend BitLocker before a BIOS update so the laptop does not ask for the recovery key at boot.',
  },
  {
    externalId: 'login',
    title: 'User cannot log in to the laptop after a password change',
    text: 'When the laptop says the password is wrong at boot after a password change, connect to the VPN at the login screen or log in with the cached account, then lock and unlock.',
  },
];

let database: Database;
let server: RunningServer;
let sim: AnthropicSimulator;
let alpha: TestAccount;
let bravo: TestAccount;
let engineer: string;
let viewer: string;
let bravoEngineer: string;

async function index(account: TestAccount, docs: typeof ARTICLES, prefix: string) {
  const connectorId = await insertTestConnector(account.owner, 'hudu');
  await withTransaction(account.owner, (tx) =>
    upsertDocuments(
      tx,
      { accountId: account.accountId, connectorId },
      docs.map((doc) =>
        sourceDocument({
          ...doc,
          title: `${prefix}${doc.title}`,
          url: `https://hudu.example/${prefix}${doc.externalId}`,
        }),
      ),
    ),
  );
}

beforeAll(async () => {
  database = await testDatabase();
  sim = await startAnthropicSimulator();
  server = await startTestServer(database, {
    ANTHROPIC_API_KEY: 'sk-ant-test-kb-rerank-000000',
    ANTHROPIC_BASE_URL: sim.url,
    KB_RERANK_BUDGET_MS: '2000',
  });
  alpha = await createTestAccount(database, 'Rerank A');
  bravo = await createTestAccount(database, 'Rerank B');
  await index(alpha, ARTICLES, '');
  await index(bravo, ARTICLES.slice(0, 1), 'Bravo only: ');
  engineer = await signIn(server, (await alpha.member('engineer')).email, TEST_PASSWORD);
  viewer = await signIn(server, (await alpha.member('viewer')).email, TEST_PASSWORD);
  bravoEngineer = await signIn(server, (await bravo.member('engineer')).email, TEST_PASSWORD);
});
afterEach(() => sim.reset());
afterAll(async () => {
  await server?.stop();
  await sim?.close();
});

const search = (token: string, body: unknown) =>
  api(server, '/api/v1/kb/search', { method: 'POST', token, body });

/** Opens a session for `problemSummary` and sends one engineer message; returns the turn's response. */
async function turnOn(on: RunningServer, problemSummary: string, message: string, token = engineer) {
  const session = await api(on, '/api/v1/sessions', { method: 'POST', token, body: { problemSummary } });
  expect(session.status).toBe(201);
  return api(on, `/api/v1/sessions/${session.body.id}/turns`, { method: 'POST', token, body: { message } });
}

/** The system prompt of the assistant's turn call (not the rerank call) the model received. */
function turnSystemPrompt(requests: AnthropicSimulator['requests']): string {
  const call = requests.find((r) => !isRerankRequest(r));
  expect(call).toBeDefined();
  return JSON.stringify(call?.body?.system);
}

/** What lexical search alone answers for the ticket: the order the rerank starts from. */
async function lexical(limit = 10): Promise<KnowledgePassage[]> {
  return searchKnowledge(alpha.owner, { text: TICKET, limit });
}

describe('POST /api/v1/kb/search with a model configured', () => {
  it('answers in the order the model chose, citing each passage by its own title and URL', async () => {
    const lexicalOrder = (await lexical()).map((p) => p.title);
    expect(lexicalOrder.length).toBeGreaterThanOrEqual(2);
    // Whatever lexical search put first, the model's order is the reverse of it.
    const modelOrder = [...lexicalOrder].reverse();
    sim.setDefaultReply((request) => rerankByTitles(request, modelOrder));

    const res = await search(engineer, { text: TICKET, limit: 2 });
    expect(res.status).toBe(200);
    expect(res.body.rankedBy).toBe('model');
    expect(res.body.noAnswer).toBe(false);
    const passages = res.body.passages as KnowledgePassage[];
    expect(passages.map((p) => p.title)).toEqual(modelOrder.slice(0, 2));
    const byTitle = new Map(ARTICLES.map((a) => [a.title, `https://hudu.example/${a.externalId}`]));
    for (const p of passages) expect(p.url).toBe(byTitle.get(p.title));

    expect(sim.requests).toHaveLength(1);
    // Every lexical candidate went to the model, not just the two the caller asked for.
    expect([...rerankCandidates(sim.requests[0] ?? { body: null }).values()]).toEqual(lexicalOrder);
  });

  it('answers "no answer" when the model says none of the candidates answers the ticket', async () => {
    sim.setDefaultReply((request) => rerankByTitles(request, []));
    const res = await search(engineer, { text: TICKET });
    expect(res.body).toEqual({
      passages: [],
      noAnswer: true,
      rankedBy: 'model',
      anotherClientMatches: false,
      notAFault: null,
      unspokenSymptom: null,
    });
  });

  it('keeps the lexical order when the model is overloaded or rate limited', async () => {
    const expected = (await lexical(3)).map((p) => p.documentId);
    for (const status of [529, 429] as const) {
      sim.reset();
      sim.setDefaultReply(() => ({ kind: 'error', status }));
      const res = await search(engineer, { text: TICKET });
      expect(res.status).toBe(200);
      expect(res.body.rankedBy).toBe('lexical');
      expect((res.body.passages as KnowledgePassage[]).map((p) => p.documentId)).toEqual(expected);
      expect(sim.requests).toHaveLength(1);
    }
  });

  it('sends the model only the searching tenant’s passages', async () => {
    sim.setDefaultReply((request) => rerankByTitles(request, [...rerankCandidates(request).values()]));
    const res = await search(bravoEngineer, { text: TICKET });
    expect((res.body.passages as KnowledgePassage[]).map((p) => p.title)).toEqual([
      'Bravo only: BitLocker recovery key prompt at boot',
    ]);
    const sent = JSON.stringify(sim.requests.map((r) => r.body));
    expect(sent).not.toContain('Dell Command Update');
    expect(sent).not.toContain('password change');
  });

  it('lets the model answer a ticket the lexical abstention would decline, and keeps that "no answer" when the model is unavailable', async () => {
    // The precondition: without a model this ticket gets no answer, though there are candidates.
    expect(await searchKnowledge(alpha.owner, { text: VAGUE })).toEqual([]);
    const { passages: candidates, answerable } = await searchKnowledgeCandidates(alpha.owner, {
      text: VAGUE,
      limit: 10,
    });
    expect(answerable).toBe(false);
    expect(candidates.map((p) => p.title)).toContain(ARTICLES[0]?.title);

    sim.setDefaultReply((request) => rerankByTitles(request, [ARTICLES[0]?.title ?? '']));
    const answered = await search(engineer, { text: VAGUE });
    expect(answered.body.rankedBy).toBe('model');
    expect(answered.body.noAnswer).toBe(false);
    expect((answered.body.passages as KnowledgePassage[]).map((p) => p.title)).toEqual([ARTICLES[0]?.title]);

    sim.reset();
    sim.setDefaultReply(() => ({ kind: 'error', status: 529 }));
    const fallback = await search(engineer, { text: VAGUE });
    expect(fallback.body).toEqual({
      passages: [],
      noAnswer: true,
      rankedBy: 'lexical',
      anotherClientMatches: false,
      notAFault: null,
      unspokenSymptom: null,
    });
    expect(sim.requests).toHaveLength(1);
  });

  it('refuses bad input and a role without search before anything reaches the model', async () => {
    const bad = await search(engineer, { text: 42 });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.message).toMatch(/text/);
    const forbidden = await search(viewer, { text: TICKET });
    expect(forbidden.status).toBe(403);
    expect(sim.requests).toHaveLength(0);
  });
});

describe('the assistant with a model configured', () => {
  it('gives the model the candidates of a turn the lexical abstention declines, and the engine what it chose', async () => {
    const chosen = ARTICLES[0]!;
    sim.setDefaultReply((request) =>
      isRerankRequest(request)
        ? rerankByTitles(request, [chosen.title])
        : { kind: 'message', content: [{ type: 'text', text: 'Check the BIOS update log first.' }] },
    );
    const turn = await turnOn(server, VAGUE, 'since this morning');
    expect(turn.status).toBe(200);
    // Without the model this turn's searches answer nothing.
    expect(await searchKnowledge(alpha.owner, { text: `${VAGUE}\nsince this morning` })).toEqual([]);
    expect(turnSystemPrompt(sim.requests)).toContain(`title: ${chosen.title}`);
  });

  it('gives the engine no passage for that turn when the model is unavailable', async () => {
    sim.setDefaultReply((request) =>
      isRerankRequest(request)
        ? { kind: 'error', status: 529 }
        : { kind: 'message', content: [{ type: 'text', text: 'What changed before it started?' }] },
    );
    const turn = await turnOn(server, VAGUE, 'since this morning');
    expect(turn.status).toBe(200);
    const system = turnSystemPrompt(sim.requests);
    for (const article of ARTICLES) expect(system).not.toContain(article.title);
  });

  it('gives the model only the passages the rerank chose, with their titles and URLs to cite', async () => {
    const chosen = ARTICLES[0]!;
    sim.setDefaultReply((request) =>
      isRerankRequest(request)
        ? rerankByTitles(request, [chosen.title])
        : { kind: 'message', content: [{ type: 'text', text: 'Read the recovery key from Entra ID.' }] },
    );
    const turn = await turnOn(server, TICKET, 'since this morning');
    expect(turn.status).toBe(200);
    // The precondition: lexical search finds several candidates for this turn's text.
    expect(
      (await searchKnowledge(alpha.owner, { text: `${TICKET}\nsince this morning`, limit: 10 })).length,
    ).toBeGreaterThanOrEqual(2);

    const rerank = sim.requests.filter((r) => isRerankRequest(r));
    const turns = sim.requests.filter((r) => !isRerankRequest(r));
    expect(rerank).toHaveLength(1);
    expect(rerank[0]?.body?.model).toBe('claude-haiku-5-5');
    expect(rerankCandidates(rerank[0] ?? { body: null }).size).toBeGreaterThanOrEqual(2);
    expect(turns).toHaveLength(1);
    const system = JSON.stringify(turns[0]?.body?.system);
    expect(system).toContain(`title: ${chosen.title}`);
    expect(system).toContain(`url: https://hudu.example/${chosen.externalId}`);
    for (const other of ARTICLES.slice(1)) expect(system).not.toContain(other.title);
  });
});

describe('the assistant with a model configured and traces exported', () => {
  it('still gives the model the candidates of a turn the lexical abstention declines', async () => {
    // Tracing wraps the knowledge source; a wrapper that dropped its candidates would quietly
    // give the model only what the lexical search already answers with.
    const receiver = await startOtlpReceiver();
    const traced = await startTestServer(database, {
      ANTHROPIC_API_KEY: 'sk-ant-test-kb-rerank-000000',
      ANTHROPIC_BASE_URL: sim.url,
      KB_RERANK_BUDGET_MS: '2000',
      OTEL_EXPORTER_OTLP_ENDPOINT: `${receiver.url}/`,
      OTEL_BSP_SCHEDULE_DELAY: '50',
    });
    try {
      const chosen = ARTICLES[0]!;
      sim.setDefaultReply((request) =>
        isRerankRequest(request)
          ? rerankByTitles(request, [chosen.title])
          : { kind: 'message', content: [{ type: 'text', text: 'Check the BIOS update log first.' }] },
      );
      const token = await signIn(traced, (await alpha.member('engineer')).email, TEST_PASSWORD);
      const turn = await turnOn(traced, VAGUE, 'since this morning', token);
      expect(turn.status).toBe(200);
      expect(turnSystemPrompt(sim.requests)).toContain(`title: ${chosen.title}`);
      const span = await eventually(() => receiver.spans().find((s) => s.name === 'knowledge.candidates'));
      expect(span.attributes['knowledge.answerable']).toBe(false);
    } finally {
      await traced.stop();
      await receiver.close();
    }
  });
});
