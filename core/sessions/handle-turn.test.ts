import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import {
  modelTurn,
  offlineDiagnosis,
  type SimulatedDiagnosis,
  simulatedDiagnosis,
} from '../../test/diagnosis.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { diagnosisSessionsTable } from '../db/schema/diagnosis.ts';
import { withTransaction } from '../db/transactions.ts';
import { DEMO_COMPANIES } from '../kb/demo/index.ts';
import { seedDemoArticles } from '../kb/demo/seed-demo-articles.ts';
import { createIndexedKnowledgeSource } from '../kb/index/index.ts';
import { postResolutionNote } from '../notes/index.ts';
import { ServiceError } from '../shared/errors.ts';
import { createSession, getSession, getTranscript, handleTurn } from './index.ts';

describe('handleTurn with the Claude engine (against the Anthropic simulator)', () => {
  let diag: SimulatedDiagnosis;
  let account: TestAccount;

  beforeAll(async () => {
    diag = await simulatedDiagnosis();
    account = await createTestAccount(await testDatabase(), 'Turns');
  });
  afterAll(() => diag.close());
  beforeEach(() => diag.sim.reset());

  const newSession = (problem = 'Outlook keeps asking for a password') =>
    createSession({ ctx: account.owner, input: { problemSummary: problem } });

  it('applies the tool calls in one transaction and bumps state_version exactly once', async () => {
    const session = await newSession();
    diag.sim.enqueue(
      modelTurn(
        'Thanks. Two things to pin down first.',
        ['record_fact', { text: 'Only one user is affected' }],
        ['ask_question', { text: 'Did the prompts start after a password change?' }],
        ['add_check', { text: 'Run Get-Mailbox to confirm modern auth is enabled' }],
        [
          'suggest_fix',
          {
            title: 'Rebuild the Outlook profile',
            steps: ['Close Outlook', 'Create a new profile'],
            confidence: 140,
          },
        ],
      ),
    );
    const result = await handleTurn({
      ctx: account.owner,
      deps: diag.deps,
      sessionId: session.id,
      input: { message: 'Only Sam in accounting gets the prompts.' },
    });
    expect(result.reply.text).toBe('Thanks. Two things to pin down first.');
    expect(result.session.stateVersion).toBe(session.stateVersion + 1);
    expect(result.session.facts.map((f) => [f.text, f.source])).toEqual([
      ['Only one user is affected', 'ai_promoted'],
    ]);
    expect(result.session.openItems.map((i) => [i.kind, i.text])).toEqual([
      ['question', 'Did the prompts start after a password change?'],
      ['check', 'Run Get-Mailbox to confirm modern auth is enabled'],
    ]);
    // Confidence is clamped to 0–100, not rejected.
    expect(result.session.activeFix).toMatchObject({
      title: 'Rebuild the Outlook profile',
      confidence: 100,
      status: 'proposed',
    });
    const transcript = await getTranscript({ ctx: account.owner, sessionId: session.id });
    expect(transcript.map((t) => t.role)).toEqual(['engineer', 'assistant']);
    expect(transcript[1]?.engine).toBe('claude');
    // The view a turn returns is built from what it wrote; it must equal a fresh read.
    expect(result.session).toEqual(await getSession({ ctx: account.owner, sessionId: session.id }));
  });

  it('keeps a task item id when the model repeats the item on a later turn', async () => {
    const session = await newSession('VPN connects but no internal sites load');
    diag.sim.enqueue(
      modelTurn('First question.', [
        'ask_question',
        { text: 'Does nslookup resolve intranet.contoso.local?' },
      ]),
    );
    const first = await handleTurn({
      ctx: account.owner,
      deps: diag.deps,
      sessionId: session.id,
      input: { message: 'VPN is up.' },
    });
    const itemId = first.session.openItems[0]?.id;
    expect(itemId).toBeDefined();
    diag.sim.enqueue(
      modelTurn(
        'Still need that.',
        ['ask_question', { text: 'does nslookup resolve intranet.contoso.local' }],
        ['add_check', { text: 'ipconfig /all shows the VPN DNS servers' }],
      ),
    );
    const second = await handleTurn({
      ctx: account.owner,
      deps: diag.deps,
      sessionId: session.id,
      input: { message: 'Not sure yet.' },
    });
    const question = second.session.openItems.find((i) => i.kind === 'question');
    expect(question?.id).toBe(itemId);
    expect(second.session.openItems).toHaveLength(2);
    // The model sees the item id in the state it is given, so it can resolve it on the next turn.
    const lastRequest = JSON.stringify(diag.sim.requests.at(-1)?.body);
    expect(lastRequest).toContain(itemId);
  });

  it('resolves an item by id and records the answer as a fact sourced from the question', async () => {
    const session = await newSession('Printer queue stuck');
    diag.sim.enqueue(modelTurn('Question.', ['ask_question', { text: 'Is the spooler service running?' }]));
    const first = await handleTurn({
      ctx: account.owner,
      deps: diag.deps,
      sessionId: session.id,
      input: { message: 'Jobs pile up.' },
    });
    const itemId = first.session.openItems[0]?.id as string;
    diag.sim.enqueue(
      modelTurn('Noted.', [
        'resolve_item',
        { item_id: itemId, status: 'answered', answer: 'No, it is stopped' },
      ]),
    );
    const second = await handleTurn({
      ctx: account.owner,
      deps: diag.deps,
      sessionId: session.id,
      input: { message: 'Spooler is stopped.' },
    });
    expect(second.session.openItems).toEqual([]);
    expect(second.session.closedItems[0]).toMatchObject({
      id: itemId,
      status: 'answered',
      answer: 'No, it is stopped',
    });
    const fact = second.session.facts.find((f) => f.sourceRef === itemId);
    expect(fact).toMatchObject({ source: 'question', editable: false });
    expect(second.session).toEqual(await getSession({ ctx: account.owner, sessionId: session.id }));
    expect(fact?.text).toContain('No, it is stopped');
  });

  it('returns the same view a fresh read gives after a superseding fix and an outcome proposal', async () => {
    const session = await newSession('Slow logons at the branch office');
    diag.sim.enqueue(
      modelTurn('Try this.', [
        'suggest_fix',
        { title: 'Disable the roaming profile', steps: ['Edit the GPO'], confidence: 40 },
      ]),
    );
    await handleTurn({
      ctx: account.owner,
      deps: diag.deps,
      sessionId: session.id,
      input: { message: 'Logon takes 4 minutes.' },
    });
    diag.sim.enqueue(
      modelTurn(
        'Better idea.',
        ['report_fix_outcome', { outcome: 'applied_failed', reason: 'still slow' }],
        [
          'suggest_fix',
          {
            title: 'Enable the fast logon optimization policy',
            steps: ['Set the policy', 'gpupdate'],
            confidence: 75,
          },
        ],
        ['record_fact', { text: 'Disabling the roaming profile did not help' }],
      ),
    );
    const result = await handleTurn({
      ctx: account.owner,
      deps: diag.deps,
      sessionId: session.id,
      input: { message: 'Disabled it, still slow.' },
    });
    expect(result.session.activeFix?.title).toBe('Enable the fast logon optimization policy');
    expect(result.session.previousFixes[0]?.modelOutcomeProposal).toMatchObject({
      outcome: 'applied_failed',
    });
    expect(result.session).toEqual(await getSession({ ctx: account.owner, sessionId: session.id }));
  });

  it('drops invalid tool input without applying it, and logs a warning', async () => {
    const session = await newSession('Disk full on a file server');
    diag.sim.enqueue(
      modelTurn(
        'Looking.',
        ['record_fact', { text: 42 }],
        [
          'resolve_item',
          { item_id: '00000000-0000-4000-8000-000000000000', status: 'answered', answer: 'x' },
        ],
        ['teleport_user', { where: 'moon' }],
      ),
    );
    const before = await getSession({ ctx: account.owner, sessionId: session.id });
    const result = await handleTurn({
      ctx: account.owner,
      deps: diag.deps,
      sessionId: session.id,
      input: { message: 'C: is full.' },
    });
    expect(result.session.facts).toEqual([]);
    expect(result.session.openItems).toEqual([]);
    expect(result.session.stateVersion).toBe(before.stateVersion);
    expect(diag.logs.some((l) => l.includes('"level":40'))).toBe(true);
  });

  it('never sends a pasted secret to the model or stores it', async () => {
    const session = await newSession('Service account login fails');
    diag.sim.enqueue(
      modelTurn('Understood.', ['record_fact', { text: 'Service account svc-backup fails to log on' }]),
    );
    await handleTurn({
      ctx: account.owner,
      deps: diag.deps,
      sessionId: session.id,
      input: { message: 'The svc-backup password: Hunter2!Secret fails since Monday' },
    });
    const sent = JSON.stringify(diag.sim.requests.map((r) => r.body));
    expect(sent).not.toContain('Hunter2!Secret');
    expect(sent).toContain('[redacted]');
    const transcript = await getTranscript({ ctx: account.owner, sessionId: session.id });
    expect(JSON.stringify(transcript)).not.toContain('Hunter2!Secret');
  });

  it('reads the stable prompt prefix from the cache on turn 2 and later', async () => {
    const session = await newSession('Outlook search returns no results');
    const usages = [];
    for (const message of ['Search is empty.', 'Indexing says complete.', 'Rebuilt nothing yet.']) {
      diag.sim.enqueue(modelTurn(`Reply to: ${message}`));
      const turn = await handleTurn({
        ctx: account.owner,
        deps: diag.deps,
        sessionId: session.id,
        input: { message },
      });
      usages.push(turn.reply.usage);
    }
    expect(usages[0]?.cacheCreationInputTokens).toBeGreaterThan(0);
    expect(usages[1]?.cacheReadInputTokens).toBeGreaterThan(0);
    expect(usages[2]?.cacheReadInputTokens).toBeGreaterThan(usages[1]?.cacheReadInputTokens ?? 0);
    const transcript = await getTranscript({ ctx: account.owner, sessionId: session.id });
    expect(transcript.filter((t) => t.role === 'assistant').every((t) => t.usage.inputTokens > 0)).toBe(true);
  });

  it('retries an overloaded model (529) and answers', async () => {
    const session = await newSession('Teams calls drop after 30 seconds');
    diag.sim.enqueue({ kind: 'error', status: 529 }, modelTurn('Recovered answer.'));
    const result = await handleTurn({
      ctx: account.owner,
      deps: diag.deps,
      sessionId: session.id,
      input: { message: 'Every call drops.' },
    });
    expect(result.reply.text).toBe('Recovered answer.');
    expect(diag.sim.requests.filter((r) => r.path === '/v1/messages')).toHaveLength(2);
  });

  it('says the assistant is busy when the model stays overloaded, keeps the message, and retries it without duplicating', async () => {
    const session = await newSession('Laptop will not join Wi-Fi');
    diag.sim.enqueue(
      { kind: 'error', status: 529 },
      { kind: 'error', status: 529 },
      { kind: 'error', status: 529 },
    );
    const busy = await handleTurn({
      ctx: account.owner,
      deps: diag.deps,
      sessionId: session.id,
      input: { message: 'It shows 169.254 addresses.' },
    }).catch((e: unknown) => e);
    expect(busy).toBeInstanceOf(ServiceError);
    expect((busy as ServiceError).code).toBe('unavailable');
    expect((busy as ServiceError).message).toMatch(/busy/i);
    let transcript = await getTranscript({ ctx: account.owner, sessionId: session.id });
    expect(transcript.map((t) => [t.role, t.text])).toEqual([['engineer', 'It shows 169.254 addresses.']]);

    diag.sim.enqueue(modelTurn('That is an APIPA address; DHCP is not answering.'));
    await handleTurn({
      ctx: account.owner,
      deps: diag.deps,
      sessionId: session.id,
      input: { message: 'It shows 169.254 addresses.' },
    });
    transcript = await getTranscript({ ctx: account.owner, sessionId: session.id });
    expect(transcript.map((t) => t.role)).toEqual(['engineer', 'assistant']);
  });

  it('treats an error in the middle of the stream as busy, with nothing half-applied', async () => {
    const session = await newSession('Mapped drive missing');
    diag.sim.enqueue(
      { kind: 'midstream-error', afterBlocks: 1, content: [{ type: 'text', text: 'Partial answer' }] },
      { kind: 'midstream-error', afterBlocks: 1, content: [{ type: 'text', text: 'Partial answer' }] },
      { kind: 'midstream-error', afterBlocks: 1, content: [{ type: 'text', text: 'Partial answer' }] },
    );
    const error = await handleTurn({
      ctx: account.owner,
      deps: diag.deps,
      sessionId: session.id,
      input: { message: 'The H: drive is gone.' },
    }).catch((e: unknown) => e);
    expect((error as ServiceError).code).toBe('unavailable');
    const after = await getSession({ ctx: account.owner, sessionId: session.id });
    expect(after.stateVersion).toBe(0);
    expect(after.facts).toEqual([]);
  });

  it('refuses empty and oversized messages with a clear reason and saves nothing', async () => {
    const session = await newSession('Anything');
    for (const message of ['   ', 'x'.repeat(8_001)]) {
      const error = await handleTurn({
        ctx: account.owner,
        deps: diag.deps,
        sessionId: session.id,
        input: { message },
      }).catch((e: unknown) => e);
      expect((error as ServiceError).code).toBe('invalid_input');
    }
    expect(await getTranscript({ ctx: account.owner, sessionId: session.id })).toEqual([]);
    expect(diag.sim.requests).toEqual([]);
  });

  it("lets viewers read but not talk, and hides other accounts' sessions", async () => {
    const session = await newSession('Scoped');
    const viewer = await account.member('viewer');
    const other = await createTestAccount(await testDatabase(), 'Elsewhere');
    await expect(
      handleTurn({ ctx: viewer, deps: diag.deps, sessionId: session.id, input: { message: 'hi there' } }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(getSession({ ctx: viewer, sessionId: session.id })).resolves.toMatchObject({
      id: session.id,
    });
    await expect(
      handleTurn({
        ctx: other.owner,
        deps: diag.deps,
        sessionId: session.id,
        input: { message: 'hi there' },
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(getSession({ ctx: other.owner, sessionId: session.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(diag.sim.requests).toEqual([]);
  });

  it('answers with the posted note when the session is resolved while the assistant is thinking', async () => {
    const session = await newSession('Printer offline on the second floor');
    diag.sim.enqueue(modelTurn('Noted.', ['record_fact', { text: 'The printer shows offline' }]));
    // Someone presses Confirm & post in the thread while the model call is in flight.
    const resolvingDeps = {
      ...diag.deps,
      engine: {
        ...diag.deps.engine,
        runTurn: async (...args: Parameters<typeof diag.deps.engine.runTurn>) => {
          await postResolutionNote({ ctx: account.owner, deps: diag.deps, sessionId: session.id, input: {} });
          return diag.deps.engine.runTurn(...args);
        },
      },
    };
    const result = await handleTurn({
      ctx: account.owner,
      deps: resolvingDeps,
      sessionId: session.id,
      input: { message: 'It says offline on every PC.' },
    });
    expect(result.session.status).toBe('resolved_local');
    expect(result.session.notes.map((n) => n.kind)).toEqual(['resolution']);
    expect(result.session).toEqual(await getSession({ ctx: account.owner, sessionId: session.id }));
  });
});

describe('handleTurn with messages sent at once to one session', () => {
  it('saves each message once with its own answer, numbered in turn, and fails none', async () => {
    const account = await createTestAccount(await testDatabase(), 'Parallel turns');
    const engineer = await account.member('engineer');
    const session = await createSession({
      ctx: account.owner,
      input: { problemSummary: 'Outlook prompts for a password' },
    });
    const deps = offlineDiagnosis();
    // Two people and a double-clicked send: on a PostgreSQL server these raced for the same turn
    // number and deadlocked against the answer being saved (500, message half saved).
    const messages = Array.from({ length: 6 }, (_, i) => `marker-${i}: it started this morning`);
    const results = await Promise.allSettled(
      messages.map((message, i) =>
        handleTurn({
          ctx: i % 2 ? engineer : account.owner,
          deps,
          sessionId: session.id,
          input: { message },
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const transcript = await getTranscript({ ctx: account.owner, sessionId: session.id });
    expect(transcript).toHaveLength(12);
    expect(transcript.map((t) => t.seq)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    const saved = transcript.filter((t) => t.role === 'engineer').map((t) => t.text);
    expect([...saved].sort()).toEqual([...messages].sort());
    expect(transcript.filter((t) => t.role === 'assistant')).toHaveLength(6);
  });
});

describe('handleTurn with the same message sent twice at once', () => {
  it('answers it once: both copies get the one saved answer, and its facts are recorded once', async () => {
    const account = await createTestAccount(await testDatabase(), 'Double send');
    const session = await createSession({
      ctx: account.owner,
      input: { problemSummary: 'Shared printer on the 2nd floor shows offline' },
    });
    const deps = offlineDiagnosis();
    const message = 'It started after the firewall change last night and affects everyone on the floor';
    // A double-clicked send, or a client retrying a slow request.
    const [first, second] = await Promise.all(
      [0, 1].map(() => handleTurn({ ctx: account.owner, deps, sessionId: session.id, input: { message } })),
    );
    const transcript = await getTranscript({ ctx: account.owner, sessionId: session.id });
    expect(transcript.map((t) => [t.role, t.seq])).toEqual([
      ['engineer', 1],
      ['assistant', 2],
    ]);
    expect(first?.reply.turnId).toBe(transcript[1]?.id);
    expect(second?.reply.turnId).toBe(transcript[1]?.id);
    expect(second?.reply.text).toBe(first?.reply.text);
    const view = await getSession({ ctx: account.owner, sessionId: session.id });
    const facts = view.facts.map((f) => f.text);
    expect(facts.length).toBeGreaterThan(0);
    expect(new Set(facts).size).toBe(facts.length);
    expect(second?.session.facts).toEqual(view.facts);

    // Sent again once the answer is there, it is a new message with an answer of its own.
    await handleTurn({ ctx: account.owner, deps, sessionId: session.id, input: { message } });
    expect((await getTranscript({ ctx: account.owner, sessionId: session.id })).map((t) => t.role)).toEqual([
      'engineer',
      'assistant',
      'engineer',
      'assistant',
    ]);
  });
});

describe("handleTurn when only another client's runbook matches the ticket", () => {
  it("asks whether the ticket's client is right, without naming the other client", async () => {
    const account = await createTestAccount(await testDatabase(), 'Misfiled client');
    await seedDemoArticles(account.owner);
    const deps = offlineDiagnosis(createIndexedKnowledgeSource());
    const problem = 'QuickBooks gives error H202 when switching to multi-user mode';
    const firstTurn = async (client: string) => {
      const session = await createSession({ ctx: account.owner, input: { problemSummary: problem } });
      // As a linked PSA ticket or a logged walk-in sets it.
      await withTransaction(account.owner, (tx) =>
        tx
          .update(diagnosisSessionsTable)
          .set({ ticketCompanyName: client })
          .where(eq(diagnosisSessionsTable.id, session.id)),
      );
      const result = await handleTurn({
        ctx: account.owner,
        deps,
        sessionId: session.id,
        input: { message: 'It started this morning for everyone in the office' },
      });
      return result.reply.text;
    };
    // Only Northwind Traders runs QuickBooks: filed under Fabrikam Dental, the ticket is likely misfiled.
    const misfiled = await firstTurn(DEMO_COMPANIES.fabrikam);
    expect(misfiled).toContain(
      "another client's matches this ticket much better: is the ticket's client right?",
    );
    expect(misfiled).not.toMatch(/Northwind|NW-APP01/);
    const right = await firstTurn(DEMO_COMPANIES.northwind);
    expect(right).toContain('Northwind: QuickBooks H202 error');
    expect(right).not.toContain('client right?');
  });
});

describe('handleTurn when the ticket states a symptom no page speaks of', () => {
  it('says what the ticket is about and that the nearest article never mentions it', async () => {
    const account = await createTestAccount(await testDatabase(), 'Unspoken symptom');
    await seedDemoArticles(account.owner);
    const deps = offlineDiagnosis(createIndexedKnowledgeSource());
    const session = await createSession({
      ctx: account.owner,
      input: { problemSummary: 'The printer at reception is printing grey streaks down every page' },
    });
    const { reply } = await handleTurn({
      ctx: account.owner,
      deps,
      sessionId: session.id,
      input: { message: 'It started after the toner was changed this morning' },
    });
    expect(reply.text).toContain(
      'No knowledge base article matched: this is about print quality (streaks, lines, faded print), and the nearest article never mentions it.',
    );
    // The printer-offline runbook that shares its words is not offered as the answer.
    expect(reply.text).not.toMatch(/Network printer shows "Offline"/);
  });
});
