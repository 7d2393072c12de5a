import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TenantContext } from '../../core/shared/context.ts';
import { getUser } from '../../core/users/index.ts';
import { testDatabase } from '../../test/db.ts';
import { offlineDiagnosis } from '../../test/diagnosis.ts';
import { createTestAccount, TEST_PASSWORD } from '../../test/factories.ts';
import { api, signIn, startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../boot.ts';

type Role = 'owner' | 'admin' | 'engineer' | 'l1' | 'viewer' | 'stranger';

describe('answer feedback over /api/v1', () => {
  let server: RunningServer;
  const tokens = {} as Record<Role, string>;
  let sessionId = '';
  let turnId = '';
  let otherSessionId = '';

  const emailOf = async (ctx: TenantContext) =>
    (await getUser({ ctx, userId: ctx.actor.kind === 'user' ? ctx.actor.userId : '' })).email;

  beforeAll(async () => {
    const database = await testDatabase();
    server = await startTestServer(database, {}, { diagnosis: offlineDiagnosis() });
    const a = await createTestAccount(database, 'Feedback API');
    const b = await createTestAccount(database, 'Feedback API other');
    tokens.owner = await signIn(server, await emailOf(a.owner), TEST_PASSWORD);
    for (const role of ['admin', 'engineer', 'l1', 'viewer'] as const) {
      const m = await a.member(role, { name: `${role} person` });
      tokens[role] = await signIn(server, m.email, TEST_PASSWORD);
    }
    tokens.stranger = await signIn(server, await emailOf(b.owner), TEST_PASSWORD);

    const started = await api(server, '/api/v1/console/sessions', {
      method: 'POST',
      token: tokens.owner,
      body: { message: 'Outlook keeps prompting for the password on the reception PC' },
    });
    expect(started.status).toBe(201);
    const reply = started.body.reply as { turnId: string; sources: Array<{ title: string }> };
    expect(reply.sources.length).toBeGreaterThan(0);
    sessionId = String((started.body.session as { id: string }).id);
    turnId = reply.turnId;
    const second = await api(server, '/api/v1/console/sessions', {
      method: 'POST',
      token: tokens.owner,
      body: { message: 'The printer on floor two shows offline again' },
    });
    otherSessionId = String((second.body.session as { id: string }).id);
  });
  afterAll(async () => {
    await server?.stop();
  });

  const rate = (role: Role, body: unknown, path = `/api/v1/sessions/${sessionId}/turns/${turnId}/feedback`) =>
    api(server, path, { method: 'POST', token: tokens[role], body });
  const list = (role: Role = 'owner') =>
    api(server, `/api/v1/sessions/${sessionId}/feedback`, { token: tokens[role] });

  it('records an L1 thumbs-up from the web and an engineer’s redacted comment, one vote each', async () => {
    const up = await rate('l1', { rating: 'helpful' });
    expect(up.status).toBe(200);
    expect(up.body).toMatchObject({
      sessionId,
      turnId,
      rating: 'helpful',
      surface: 'web',
      engine: 'offline',
    });

    const down = await rate('engineer', {
      rating: 'not_helpful',
      comment: 'password: Hunter2-Secret! did not help',
    });
    expect(down.status).toBe(200);
    expect(String(down.body.comment)).not.toContain('Hunter2-Secret!');
    const again = await rate('engineer', { rating: 'helpful' });
    expect(again.body).toMatchObject({ id: down.body.id, rating: 'helpful', comment: down.body.comment });

    const all = await list('viewer');
    expect(all.status).toBe(200);
    const feedback = all.body.feedback as Array<{ rating: string; surface: string }>;
    expect(feedback.map((f) => f.rating)).toEqual(['helpful', 'helpful']);
  });

  it('refuses bad input with a clear message and changes nothing', async () => {
    const before = (await list()).body.feedback;
    const cases: Array<[unknown, RegExp]> = [
      [{ rating: 'meh' }, /rating must be helpful or not_helpful/],
      [{ rating: 'helpful', surface: 'slack' }, /surface|unrecognized|unknown/i],
      [{ rating: 'helpful', comment: 'x'.repeat(2_001) }, /under 2,000 characters/],
      [{}, /rating/],
    ];
    for (const [body, message] of cases) {
      const res = await rate('owner', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error?.message).toMatch(message);
    }
    const notUuid = await rate(
      'owner',
      { rating: 'helpful' },
      `/api/v1/sessions/${sessionId}/turns/nope/feedback`,
    );
    expect(notUuid.status).toBe(400);
    expect(notUuid.body.error?.message).toMatch(/assistant answer id/);
    expect((await list()).body.feedback).toEqual(before);
  });

  it('is 403 for a viewer, 404 for another account and for an answer under the wrong session', async () => {
    const before = (await list()).body.feedback;
    const viewer = await rate('viewer', { rating: 'helpful' });
    expect(viewer.status).toBe(403);
    const stranger = await rate('stranger', { rating: 'not_helpful' });
    expect(stranger.status).toBe(404);
    expect((await list('stranger')).status).toBe(404);
    const wrongSession = await rate(
      'owner',
      { rating: 'helpful' },
      `/api/v1/sessions/${otherSessionId}/turns/${turnId}/feedback`,
    );
    expect(wrongSession.status).toBe(404);
    expect((await list()).body.feedback).toEqual(before);
  });

  it('exports JSON Lines and CSV to admins only', async () => {
    const jsonl = await api(server, '/api/v1/feedback/export', { token: tokens.admin });
    expect(jsonl.status).toBe(200);
    expect(jsonl.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    expect(jsonl.headers.get('content-disposition')).toMatch(
      /^attachment; filename="answer-feedback-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.jsonl"$/,
    );
    const rows = jsonl.text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      sessionId,
      turnId,
      question: 'Outlook keeps prompting for the password on the reception PC',
      problemSummary: 'Outlook keeps prompting for the password on the reception PC',
      engine: 'offline',
      surface: 'web',
      answer: expect.any(String),
      passages: expect.arrayContaining([expect.objectContaining({ title: expect.any(String) })]),
    });
    expect(jsonl.text).not.toContain('Hunter2-Secret!');

    const csv = await api(server, '/api/v1/feedback/export?format=csv&rating=helpful', {
      token: tokens.owner,
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^feedbackId,ratedAt,updatedAt,rating,comment,surface,ratedBy,/);
    expect(lines).toHaveLength(3);

    for (const role of ['engineer', 'l1', 'viewer'] as const) {
      const refused = await api(server, '/api/v1/feedback/export', { token: tokens[role] });
      expect(refused.status, role).toBe(403);
    }
    const bad = await api(server, '/api/v1/feedback/export?format=xml', { token: tokens.admin });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.message).toMatch(/format must be jsonl or csv/);
    const backwards = await api(server, '/api/v1/feedback/export?from=2026-03-05&to=2026-03-01', {
      token: tokens.admin,
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error?.message).toMatch(/Invalid date range/);

    const theirs = await api(server, '/api/v1/feedback/export', { token: tokens.stranger });
    expect(theirs.status).toBe(200);
    expect(theirs.text).toBe('');
  });

  it('shows the helpful-answer rate on Insights', async () => {
    const res = await api(server, '/api/v1/insights', { token: tokens.admin });
    expect(res.status).toBe(200);
    expect((res.body.answerFeedback as { totals: unknown }).totals).toEqual({
      rated: 2,
      helpful: 2,
      notHelpful: 0,
      helpfulRate: 1,
    });
    const csv = await api(server, '/api/v1/insights/export.csv?chart=answers-by-engine', {
      token: tokens.admin,
    });
    expect(csv.text).toBe('engine,rated,helpful,notHelpful,helpfulRate\r\noffline,2,2,0,1\r\n');
  });
});
