import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import {
  modelTurn,
  offlineDiagnosis,
  type SimulatedDiagnosis,
  simulatedDiagnosis,
} from '../../test/diagnosis.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import type { Database } from '../db/client.ts';
import type { AnswerSource } from '../db/schema/diagnosis.ts';
import { withSystemTransaction } from '../db/transactions.ts';
import {
  type ExportedFeedback,
  exportFeedback,
  readFeedbackExport,
  recordAnswerFeedback,
} from '../feedback/index.ts';
import { createDemoKnowledgeSource } from '../kb/demo/index.ts';
import { createSession, type DiagnosisDeps, handleTurn } from '../sessions/index.ts';
import type { TenantContext } from '../shared/context.ts';
import { getInsights } from './index.ts';

const NOW = new Date();
const dayOf = (offsetDays: number) =>
  new Date(NOW.getTime() - offsetDays * 86_400_000).toISOString().slice(0, 10);

/** Distinct articles an answer cited, as the by-article chart keys them. */
const articles = (sources: AnswerSource[]) => [...new Set(sources.map((s) => `${s.source}:${s.documentId}`))];

describe('helpful-answer rates on Insights, and the feedback export', () => {
  let database: Database;
  let a: TestAccount;
  let other: TestAccount;
  let claude: SimulatedDiagnosis;
  let engineer: TenantContext;
  const offline = offlineDiagnosis();
  let offlineSources: AnswerSource[] = [];
  let claudeSources: AnswerSource[] = [];
  let oldTurnId = '';

  async function answer(ctx: TenantContext, deps: DiagnosisDeps, message: string) {
    const session = await createSession({ ctx, input: { problemSummary: message } });
    const turn = await handleTurn({ ctx, deps, sessionId: session.id, input: { message } });
    return { sessionId: session.id, turnId: turn.reply.turnId, sources: turn.reply.sources };
  }

  beforeAll(async () => {
    database = await testDatabase();
    a = await createTestAccount(database, 'Rates');
    other = await createTestAccount(database, 'Rates other');
    engineer = await a.member('engineer', { name: 'Eve Engineer' });
    claude = await simulatedDiagnosis({ knowledge: createDemoKnowledgeSource() });

    const first = await answer(a.owner, offline, 'Outlook keeps prompting for the password after a change');
    offlineSources = first.sources;
    // As if its ticket were linked: the client filter narrows to this session's ratings.
    await withSystemTransaction(database, 'test: a client for one session', (tx) =>
      tx.execute(
        sql`update diagnosis_sessions set ticket_company_name = 'Fabrikam' where id = ${first.sessionId}`,
      ),
    );
    await recordAnswerFeedback({
      ctx: a.owner,
      input: { turnId: first.turnId, rating: 'helpful', surface: 'web' },
    });
    await recordAnswerFeedback({
      ctx: engineer,
      input: { turnId: first.turnId, rating: 'not_helpful', comment: 'Wrong article', surface: 'slack' },
    });

    claude.sim.enqueue(modelTurn('Clear the cached credentials in Credential Manager, then reopen Outlook.'));
    const second = await answer(a.owner, claude.deps, 'Outlook asks for the password again and again');
    claudeSources = second.sources;
    await recordAnswerFeedback({
      ctx: a.owner,
      input: { turnId: second.turnId, rating: 'helpful', surface: 'teams' },
    });

    // Rated 40 days ago: outside the default 30-day range, inside one that reaches back.
    const old = await answer(a.owner, offline, 'The printer on floor two shows offline');
    oldTurnId = old.turnId;
    const saved = await recordAnswerFeedback({
      ctx: a.owner,
      input: { turnId: old.turnId, rating: 'not_helpful', surface: 'web' },
    });
    await withSystemTransaction(database, 'test: age a rating', (tx) =>
      tx.execute(
        sql`update answer_feedback set created_at = now() - interval '40 days' where id = ${saved.id}`,
      ),
    );

    // Another account's vote must never reach this account's numbers or export.
    const theirs = await answer(other.owner, offline, 'VPN drops every ten minutes at the branch');
    await recordAnswerFeedback({
      ctx: other.owner,
      input: { turnId: theirs.turnId, rating: 'not_helpful', surface: 'web' },
    });
  });
  afterAll(() => claude?.close());

  it('counts helpful out of rated overall, by engine and by article within the range', async () => {
    expect(offlineSources.length).toBeGreaterThan(0);
    expect(claudeSources.length).toBeGreaterThan(0);
    const view = await getInsights({ ctx: a.owner, input: {}, now: NOW });
    expect(view.answerFeedback.totals).toEqual({ rated: 3, helpful: 2, notHelpful: 1, helpfulRate: 0.667 });
    expect(view.answerFeedback.byEngine).toEqual([
      { engine: 'offline', rated: 2, helpful: 1, notHelpful: 1, helpfulRate: 0.5 },
      { engine: 'claude', rated: 1, helpful: 1, notHelpful: 0, helpfulRate: 1 },
    ]);

    // Each article: its two votes from the offline answer, plus one more where Claude cited it too.
    const expected = new Map<string, { rated: number; helpful: number }>();
    for (const key of articles(offlineSources)) expected.set(key, { rated: 2, helpful: 1 });
    for (const key of articles(claudeSources)) {
      const seen = expected.get(key) ?? { rated: 0, helpful: 0 };
      expected.set(key, { rated: seen.rated + 1, helpful: seen.helpful + 1 });
    }
    const got = new Map<string, (typeof view.answerFeedback.byArticle)[number]>(
      view.answerFeedback.byArticle.map((r) => [`${r.source}:${r.documentId}`, r] as const),
    );
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [key, counts] of expected) {
      const row = got.get(key);
      expect(row).toMatchObject(counts);
      expect(row?.title).toEqual(expect.any(String));
      expect(row?.helpfulRate).toBe(Math.round((counts.helpful / counts.rated) * 1000) / 1000);
    }
  });

  it('follows the date range: the old rating counts only in a range that holds its day', async () => {
    const then = await getInsights({ ctx: a.owner, input: { from: dayOf(41), to: dayOf(39) }, now: NOW });
    expect(then.answerFeedback.totals).toEqual({ rated: 1, helpful: 0, notHelpful: 1, helpfulRate: 0 });
    const wide = await getInsights({ ctx: a.owner, input: { from: dayOf(60), to: dayOf(0) }, now: NOW });
    expect(wide.answerFeedback.totals.rated).toBe(4);
    const none = await getInsights({ ctx: a.owner, input: { from: dayOf(90), to: dayOf(80) }, now: NOW });
    expect(none.answerFeedback).toEqual({
      totals: { rated: 0, helpful: 0, notHelpful: 0, helpfulRate: null },
      byEngine: [],
      byArticle: [],
    });
  });

  it('narrows to one client when one is chosen', async () => {
    const view = await getInsights({ ctx: a.owner, input: { client: 'Fabrikam' }, now: NOW });
    expect(view.answerFeedback.totals).toEqual({ rated: 2, helpful: 1, notHelpful: 1, helpfulRate: 0.5 });
    expect(view.answerFeedback.byEngine.map((e) => e.engine)).toEqual(['offline']);
    const rows = await exportRows(a.owner, { client: 'Fabrikam' });
    expect(rows.map((r) => r.engine)).toEqual(['offline', 'offline']);
  });

  it('keeps each account to its own ratings', async () => {
    const theirs = await getInsights({ ctx: other.owner, input: {}, now: NOW });
    expect(theirs.answerFeedback.totals).toMatchObject({ rated: 1, helpful: 0 });
    const rows = await exportRows(other.owner, {});
    expect(rows).toHaveLength(1);
    expect(rows[0]?.problemSummary).toBe('VPN drops every ten minutes at the branch');
  });

  async function exportRows(ctx: TenantContext, input: Record<string, string>): Promise<ExportedFeedback[]> {
    const text = await readFeedbackExport(exportFeedback({ ctx, input, now: NOW }));
    return text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as ExportedFeedback);
  }

  it('exports each rating with the question, the answer, engine, model, passages and the verdict', async () => {
    const rows = await exportRows(a.owner, {});
    expect(rows).toHaveLength(3);
    const byClaude = rows.find((r) => r.engine === 'claude');
    expect(byClaude).toMatchObject({
      rating: 'helpful',
      surface: 'teams',
      model: 'claude-sonnet-5-5',
      question: 'Outlook asks for the password again and again',
      answer: 'Clear the cached credentials in Credential Manager, then reopen Outlook.',
      problemSummary: 'Outlook asks for the password again and again',
      ratedBy: expect.stringMatching(/^Owner /),
    });
    expect(byClaude?.passages).toEqual(
      claudeSources.map(({ documentId, source, title, url }) => ({ documentId, source, title, url })),
    );
    const critique = rows.find((r) => r.comment === 'Wrong article');
    expect(critique).toMatchObject({ rating: 'not_helpful', ratedBy: 'Eve Engineer', engine: 'offline' });

    expect((await exportRows(a.owner, { rating: 'not_helpful' })).map((r) => r.comment)).toEqual([
      'Wrong article',
    ]);
    const aged = await exportRows(a.owner, { from: dayOf(41), to: dayOf(39) });
    expect(aged.map((r) => r.turnId)).toEqual([oldTurnId]);
  });

  it('pages through the rows without gaps or repeats', async () => {
    const all = await exportRows(a.owner, { from: dayOf(60), to: dayOf(0) });
    const text = await readFeedbackExport(
      exportFeedback({ ctx: a.owner, input: { from: dayOf(60), to: dayOf(0) }, now: NOW, pageSize: 1 }),
    );
    const paged = text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as ExportedFeedback);
    expect(all).toHaveLength(4);
    expect(paged.map((r) => r.feedbackId)).toEqual(all.map((r) => r.feedbackId));
    expect(paged.map((r) => r.ratedAt)).toEqual([...paged.map((r) => r.ratedAt)].sort());
  });

  it('exports CSV with a header row even when nothing matches', async () => {
    const csv = await readFeedbackExport(
      exportFeedback({ ctx: a.owner, input: { format: 'csv', rating: 'helpful' }, now: NOW }),
    );
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'feedbackId,ratedAt,updatedAt,rating,comment,surface,ratedBy,sessionId,problemSummary,turnId,answeredAt,question,answer,engine,model,passageTitles,passageUrls',
    );
    expect(lines).toHaveLength(3);
    const empty = await readFeedbackExport(
      exportFeedback({ ctx: a.owner, input: { format: 'csv', from: dayOf(90), to: dayOf(80) }, now: NOW }),
    );
    expect(empty.trimEnd().split('\r\n')).toHaveLength(1);
  });

  it('lets only admins export, and refuses a bad filter with a clear message', async () => {
    expect(() => exportFeedback({ ctx: engineer, input: {}, now: NOW })).toThrow(
      /cannot export answer feedback/,
    );
    const admin = await a.member('admin');
    expect(() => exportFeedback({ ctx: admin, input: {}, now: NOW })).not.toThrow();
    expect(() => exportFeedback({ ctx: a.owner, input: { format: 'xml' }, now: NOW })).toThrow(
      /format must be jsonl or csv/,
    );
    expect(() => exportFeedback({ ctx: a.owner, input: { from: dayOf(0), to: dayOf(5) }, now: NOW })).toThrow(
      /Invalid date range/,
    );
  });
});
