import { count, eq, sql } from 'drizzle-orm';
import { auditTagsFor } from '../audit/actions.ts';
import type { Database } from '../db/client.ts';
import { diagnosisSessionsTable } from '../db/schema/diagnosis.ts';
import { usersTable } from '../db/schema/users.ts';
import { withSystemTransaction, withTransaction } from '../db/transactions.ts';
import { noKnowledge } from '../kb/knowledge.ts';
import { configurePsa, type PsaDeps } from '../psa/index.ts';
import { createPreviewCache, type DiagnosisDeps } from '../sessions/index.ts';
import type { TenantContext } from '../shared/context.ts';
import { silentLogger } from '../shared/logger.ts';
import { DemoClock, type NewAuditRow } from './demo-clock.ts';
import { DAY_MS, HISTORY_DAYS, planDemoHistory } from './demo-plan.ts';
import { playStory, type StoryEnv } from './demo-story.ts';
import { createScriptedEngine } from './scripted-engine.ts';

const MINUTE = 60_000;

export interface DemoHistoryResult {
  seeded: boolean;
  sessions: number;
  auditEntries: number;
  ms: number;
}

/**
 * Seeds the demo account with a month of helpdesk work (see demo-plan.ts), through the same verbs
 * chat and the admin web call, then moves every timestamp back into that month. Does nothing when
 * the account already has sessions, so it is safe on every start. The caller seeds only the demo
 * account, and never in production (server/boot.ts).
 */
export async function seedDemoHistory(
  database: Database,
  accountId: string,
  now: Date = new Date(),
): Promise<DemoHistoryResult> {
  const started = performance.now();
  const people = await withSystemTransaction(database, 'demo seed: people', async (tx) => {
    const [existing] = await tx
      .select({ n: count() })
      .from(diagnosisSessionsTable)
      .where(eq(diagnosisSessionsTable.accountId, accountId));
    if ((existing?.n ?? 0) > 0) return null;
    return tx.select().from(usersTable).where(eq(usersTable.accountId, accountId));
  });
  if (!people) return { seeded: false, sessions: 0, auditEntries: 0, ms: performance.now() - started };

  const ctxs = new Map<string, TenantContext>(
    people.map((p) => [
      p.email,
      {
        db: database,
        accountId,
        actor: { kind: 'user', userId: p.id, role: p.role, canCoverL1: p.canCoverL1, name: p.name },
      },
    ]),
  );
  const ctxOf = (email: string): TenantContext => {
    const ctx = ctxs.get(email);
    if (!ctx) throw new Error(`demo seed: no demo person ${email}`);
    return ctx;
  };
  const owner = people.find((p) => p.role === 'owner');
  if (!owner) throw new Error('demo seed: the demo account has no owner');
  const ownerCtx = ctxOf(owner.email);

  // Only the built-in PSA is used: ConnectWise is never reached, so its factory refuses.
  const psa: PsaDeps = {
    sealingKey: Buffer.alloc(32),
    connectWise: () => {
      throw new Error('demo seed: the demo uses the built-in PSA only');
    },
  };
  const scripted = createScriptedEngine();
  const deps: DiagnosisDeps = {
    engine: scripted.engine,
    knowledge: noKnowledge,
    previewCache: createPreviewCache(4),
    logger: silentLogger,
    psa,
  };
  const accountStart = new Date(now.getTime() - (HISTORY_DAYS + 1) * DAY_MS);
  const clock = new DemoClock(accountId, new Date(now.getTime() - 20 * MINUTE));
  const plans = planDemoHistory(now);

  // One transaction: a failure leaves no half-written month behind.
  await withTransaction(ownerCtx, async (tx) => {
    const env: StoryEnv = { tx, deps, psa, clock, ctxOf, next: scripted.next };
    await configurePsa({ ctx: ownerCtx, deps: psa, input: { provider: 'local' } });
    await clock.stamp(tx, new Date(accountStart.getTime() + 40 * MINUTE));
    for (const plan of plans) await playStory(env, plan);
  });
  const signIns = signInTimes(people, accountStart, now);

  await withSystemTransaction(database, 'demo seed: people joined a month ago', async (tx) => {
    await tx.execute(
      sql`update users set created_at = ${accountStart.toISOString()}::timestamptz where account_id = ${accountId}`,
    );
    await tx.execute(
      sql`update accounts set created_at = ${accountStart.toISOString()}::timestamptz where id = ${accountId}`,
    );
    // A note is posted in the same transaction that resolves or escalates its session.
    await tx.execute(
      sql`update session_notes n set posted_at = case n.kind when 'resolution' then s.resolved_at else s.escalated_at end
          from diagnosis_sessions s where s.id = n.session_id and n.account_id = ${accountId}`,
    );
    for (const [userId, at] of lastSignInPerUser(signIns)) {
      await tx.update(usersTable).set({ lastLoginAt: at }).where(eq(usersTable.id, userId));
    }
  });
  const auditEntries = await clock.rewriteAuditTimes(
    database,
    accountStart,
    signIns.map((s) => ({ row: signInRow(accountId, s), at: s.at })),
  );
  return { seeded: true, sessions: plans.length, auditEntries, ms: performance.now() - started };
}

interface SignIn {
  name: string;
  userId: string;
  at: Date;
}

/** Working-day mornings for the people who work sessions; the viewer looks in once a week. */
function signInTimes(
  people: ReadonlyArray<{ id: string; name: string; role: string }>,
  from: Date,
  now: Date,
): SignIn[] {
  const out: SignIn[] = [];
  for (let day = 1; day <= HISTORY_DAYS; day++) {
    const morning = new Date(from.getTime() + day * DAY_MS);
    morning.setUTCHours(7, 30, 0, 0);
    const weekday = morning.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    people.forEach((p, i) => {
      if (p.role === 'viewer' && weekday !== 1) return;
      if (p.role === 'owner' && weekday % 2 === 0) return;
      const at = new Date(morning.getTime() + (i * 17 + day * 7) * 60_000 * 0.5);
      if (at.getTime() < now.getTime() - 30 * MINUTE) out.push({ name: p.name, userId: p.id, at });
    });
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The row a password sign-in writes (core/auth/sign-in.ts); no browser session survives a month. */
function signInRow(accountId: string, s: SignIn): NewAuditRow {
  return {
    accountId,
    actorUserId: s.userId,
    actorLabel: s.name,
    action: 'auth.signed_in',
    targetType: 'user',
    targetId: s.userId,
    tags: auditTagsFor('auth.signed_in'),
    metadata: { method: 'password' },
  };
}

function lastSignInPerUser(signIns: SignIn[]): Map<string, Date> {
  const last = new Map<string, Date>();
  for (const s of signIns) last.set(s.userId, s.at);
  return last;
}
