import { and, eq, gte, inArray, sql } from 'drizzle-orm';
import { authorize } from '../auth/permissions.ts';
import type { AppTx } from '../db/client.ts';
import {
  flowMatchesTable,
  flowsTable,
  flowWalksTable,
  type MatchCandidate,
  type MatchRule,
} from '../db/schema/flows.ts';
import { withTransaction } from '../db/transactions.ts';
import { companyKey } from '../kb/index/index.ts';
import { REQUEST_KIND_READS, type RequestKind, requestKind } from '../kb/index/request-kind.ts';
import type { KnowledgePassage, KnowledgeSource } from '../kb/knowledge.ts';
import { SessionIdInput } from '../sessions/schemas.ts';
import { getSessionInAccount } from '../sessions/session-write.ts';
import type { TenantContext } from '../shared/context.ts';
import { parseInput } from '../shared/validation.ts';
import { insertFlow } from './author-flows.ts';
import { buildFlowFromPassage } from './build-from-passage.ts';
import type { FlowComposer } from './compose-flow.ts';
import { type FlowRow, getFlowInAccount, loadFlywheelSettings } from './flow-store.ts';
import { flowTerms, type IndexedFlow, indexFlow, rankIndexedFlows } from './rank-flows.ts';
import { FlowTicketInput, type FlywheelSettings } from './schemas.ts';

/**
 * A ticket matches a flow when the flow explains this share of the ticket's term weight and at
 * least two of its words (one for a one-word ticket). Fitted on the even rows of
 * `test/flow-match-tickets.ts` with the knowledge search's term analysis (its synonym table): 0.40 is
 * the highest best threshold there (22/23, tied with 0.30 since the table's widening on 2026-12-05);
 * on the held-back rows 18/23 right, 5 missed, no wrong flow, 0 of 8 unrelated tickets matched — see `match-calibration.test.ts` and docs/flows.md.
 */
export const MATCH_COVERAGE = 0.4;

export interface MatchDecision {
  rule: MatchRule;
  flow: FlowRow | null;
  score: number | null;
  reason: string;
  candidates: MatchCandidate[];
  matchId: string;
  /** With rule 'none': the ticket reads as something other than a fault (request-kind.ts). */
  notAFault?: RequestKind | null;
}

export interface MatchDeps {
  knowledge: KnowledgeSource;
  /** Overrides the account's promotion bar (tests, benchmarks). */
  flywheel?: FlywheelSettings;
  /** With a model: composes the KB build from the top passages; null from it = the offline build. */
  composer?: FlowComposer;
}

/** Whether a ranked flow is close enough to a ticket to offer: the calibrated bar, used by the tests too. */
export function meetsMatchBar(
  coverage: number,
  matched: number,
  queryTerms: number,
  subjectMatched: boolean,
): boolean {
  return coverage >= MATCH_COVERAGE && matched >= Math.min(2, queryTerms) && subjectMatched;
}

/**
 * Picks or builds the flow for a ticket, in order: (1) authored published flows for the ticket's
 * client or all clients; (2) assistant drafts that real outcomes have validated; (3) a new draft
 * composed by the model from the top passages, or built offline from the best one; (4) nothing, said plainly. The decision — every candidate
 * with its score and verdict, and the rule that chose — is recorded (on the session when there is
 * one) so an admin can see why.
 */
export async function matchOrBuildFlow({
  ctx,
  deps,
  input,
  sessionId = null,
}: {
  ctx: TenantContext;
  deps: MatchDeps;
  input: unknown;
  sessionId?: unknown;
}): Promise<MatchDecision> {
  authorize(ctx, 'flows.walk');
  const ticket = parseInput(FlowTicketInput, input, 'ticket');
  const text = `${ticket.summary}\n${ticket.details}`.trim();
  const client = companyKey(ticket.client);
  const session = sessionId === null ? null : parseInput(SessionIdInput, sessionId, 'session id');

  const { flows, indexed, stats, flywheel } = await withTransaction(ctx, async (tx) => {
    // The decision is recorded on the session: it must be this account's (foreign keys ignore RLS).
    if (session) await getSessionInAccount(tx, ctx, session);
    const loaded = await loadCandidates(tx, ctx, client);
    return { ...loaded, flywheel: deps.flywheel ?? (await loadFlywheelSettings(tx, ctx)) };
  });
  const ranked = rankForTicket(ticket.summary, text, indexed);
  const byId = new Map(flows.map((f) => [f.id, f]));
  const candidates: MatchCandidate[] = [];
  let chosen: { flow: CandidateRow; score: number; rule: MatchRule } | null = null;
  // An earlier build for the same problem, still collecting outcomes: walked again rather than built
  // again, or the flywheel would never see one draft reach the bar.
  let pending: { flow: CandidateRow; score: number; worked: number; finished: number } | null = null;

  for (const r of ranked.slice(0, 10)) {
    const flow = byId.get(r.id) as CandidateRow;
    const good = meetsMatchBar(r.coverage, r.matchedTerms, r.queryTerms, r.subjectMatched);
    const s = stats.get(flow.id) ?? { finished: 0, worked: 0 };
    const validated =
      flow.origin === 'authored'
        ? flow.status === 'published'
        : flow.status === 'published' ||
          (s.worked >= flywheel.minSuccessfulWalks &&
            s.worked / Math.max(1, s.finished) >= flywheel.minSuccessRate);
    const failing =
      !validated &&
      s.finished >= flywheel.minSuccessfulWalks &&
      s.worked / s.finished < flywheel.minSuccessRate;
    let verdict = good ? 'above the match threshold' : 'below the match threshold';
    if (good && !validated)
      verdict = failing
        ? `below the success bar (${s.worked} of ${s.finished} walks worked)`
        : `not validated yet (${s.worked} of ${s.finished} walks worked)`;
    const score = Math.round(r.coverage * 1000) / 1000;
    candidates.push({ flowId: flow.id, title: flow.title, origin: flow.origin, score, verdict });
    if (good && !validated && !failing && !pending) pending = { flow, score, ...s };
    if (!good || !validated) continue;
    const rule: MatchRule = flow.origin === 'authored' ? 'authored' : 'validated_draft';
    // Authored flows win over validated drafts whatever the order of scores.
    if (!chosen || (chosen.rule === 'validated_draft' && rule === 'authored')) chosen = { flow, score, rule };
  }

  if (chosen) {
    const c = chosen;
    candidates.forEach((cand) => {
      if (cand.flowId === c.flow.id)
        cand.verdict = `chosen (${c.rule === 'authored' ? 'authored flow' : 'validated draft'})`;
    });
    return record(ctx, {
      sessionId: session,
      text,
      client: ticket.client,
      rule: c.rule,
      flow: c.flow.id,
      score: c.score,
      candidates,
      reason:
        c.rule === 'authored'
          ? `The authored flow "${c.flow.title}" matches this ticket.`
          : `No authored flow matches; the assistant draft "${c.flow.title}" has been validated by outcomes.`,
    });
  }

  if (pending) {
    const p = pending;
    candidates.forEach((cand) => {
      if (cand.flowId === p.flow.id)
        cand.verdict = `chosen (draft still collecting outcomes: ${cand.verdict})`;
    });
    return record(ctx, {
      sessionId: session,
      text,
      client: ticket.client,
      rule: 'kb_build',
      flow: p.flow.id,
      score: p.score,
      candidates,
      reason: `No validated flow matches; the draft "${p.flow.title}" built earlier for this problem is walked again (not yet validated: ${p.worked} of ${p.finished} walks worked).`,
    });
  }

  const passages: KnowledgePassage[] = await deps.knowledge.search(ctx, {
    text,
    companyId: ticket.client,
    limit: 3,
  });
  const best = passages[0];
  // A lead is for an engineer to judge; an L1 would walk its steps unread (knowledge.ts).
  if (best && !best.lead) {
    const composed = deps.composer
      ? await deps.composer.compose({ ticket, passages: passages.slice(0, 3) })
      : null;
    const doc = composed ?? buildFlowFromPassage(best, ticket.client);
    return record(ctx, {
      sessionId: session,
      text,
      client: ticket.client,
      rule: 'kb_build',
      // Stored in the same transaction as the decision: a built draft never exists without it.
      flow: (tx) => insertFlow(tx, ctx, doc, { origin: 'kb_build', freeze: true, sourceSessionId: session }),
      score: Math.round(best.score * 1000) / 1000,
      candidates,
      reason: composed
        ? `No flow matches; the assistant composed a draft from ${quoteTitles(passages.slice(0, 3))} (not yet validated).`
        : `No flow matches; built a draft from the article "${best.title}" (not yet validated).`,
    });
  }
  const notAFault = requestKind(text);
  const decision = await record(ctx, {
    sessionId: session,
    text,
    client: ticket.client,
    rule: 'none',
    flow: null,
    score: null,
    candidates,
    reason: notAFault
      ? `No flow matches and the knowledge base has no answer: this reads as ${REQUEST_KIND_READS[notAFault]} rather than a fault.`
      : 'No flow matches and the knowledge base has no answer: diagnose with the assistant or escalate.',
  });
  return { ...decision, notAFault };
}

function quoteTitles(passages: readonly KnowledgePassage[]): string {
  const titles = passages.map((p) => `"${p.title}"`);
  return titles.length === 1 ? `the article ${titles[0]}` : `the articles ${titles.join(', ')}`;
}

/**
 * Ranks on the whole ticket, but judges coverage on the summary too and keeps the better: details
 * ("since she changed it on Monday", a pasted error log) add words no flow explains, and must not
 * push a ticket whose summary names the problem below the bar.
 */
function rankForTicket(summary: string, text: string, flows: IndexedFlow[]) {
  const full = rankIndexedFlows(text, flows);
  const fullTerms = new Set(flowTerms(text)).size;
  if (text === summary) return full.map((r) => ({ ...r, queryTerms: fullTerms }));
  const bySummary = new Map(rankIndexedFlows(summary, flows).map((r) => [r.id, r]));
  const summaryTerms = new Set(flowTerms(summary)).size;
  return full.map((r) => {
    const s = bySummary.get(r.id);
    return s && s.coverage > r.coverage
      ? {
          ...r,
          coverage: s.coverage,
          matchedTerms: s.matchedTerms,
          subjectMatched: s.subjectMatched || r.subjectMatched,
          queryTerms: summaryTerms,
        }
      : { ...r, queryTerms: fullTerms };
  });
}

type CandidateRow = Pick<FlowRow, 'id' | 'title' | 'origin' | 'status' | 'clientKey' | 'updatedAt'>;

interface AccountFlows {
  /** Changes whenever any of the account's flows is added or edited (see `flowsStamp`). */
  stamp: string;
  /** Every flow of the account, matchable or not: id → last edit (ms), to refresh by difference. */
  edits: Map<string, number>;
  rows: CandidateRow[];
  indexed: Map<string, IndexedFlow>;
}

/**
 * The account's matchable flows with their analysed terms, kept between tickets. Reading 1,000
 * flow rows costs ~15 ms of CPU on PGlite and analysing their text ~0.5 s (bench:flows); one
 * aggregate over the account's flows (count, a hash of ids and edit times, the edit times' sum)
 * tells whether anything changed, and then only the flows edited since the newest edit
 * known are read, and only they are analysed again. Bounded by account count.
 */
const cache = new Map<string, AccountFlows>();
const MAX_ACCOUNTS = 500;

interface Stamp {
  stamp: string;
  count: number;
  /** Sum of the edit times in ms, as text (it outgrows a double's integers at ~5,000 flows). */
  sum: string;
}

async function flowsStamp(tx: AppTx, ctx: TenantContext): Promise<Stamp> {
  const [row] = await tx
    .select({
      stamp: sql<string>`count(*)::text || ':' || coalesce(sum(hashtext(${flowsTable.id}::text || ${flowsTable.updatedAt}::text))::text, '0')`,
      count: sql<number>`count(*)::int`,
      sum: sql<string>`coalesce(sum(floor(extract(epoch from ${flowsTable.updatedAt}) * 1000)::bigint), 0)::text`,
    })
    .from(flowsTable)
    .where(eq(flowsTable.accountId, ctx.accountId));
  return {
    stamp: row?.stamp ?? '0:0',
    count: row?.count ?? 0,
    sum: row?.sum ?? '0',
  };
}

const candidateColumns = {
  id: flowsTable.id,
  title: flowsTable.title,
  origin: flowsTable.origin,
  status: flowsTable.status,
  clientKey: flowsTable.clientKey,
  updatedAt: flowsTable.updatedAt,
};

/** Published flows, and drafts the assistant or a knowledge build wrote (authored drafts are not offered). */
const matchable = (f: Pick<CandidateRow, 'status' | 'origin'>) =>
  f.status === 'published' || (f.status === 'draft' && (f.origin === 'ai_draft' || f.origin === 'kb_build'));

async function accountFlows(tx: AppTx, ctx: TenantContext): Promise<AccountFlows> {
  const now = await flowsStamp(tx, ctx);
  const known = cache.get(ctx.accountId);
  if (known && known.stamp === now.stamp) return known;
  const rows = (known && (await changedSince(tx, ctx, known, now))) ?? (await allCandidates(tx, ctx));
  const keyOf = (f: { id: string; updatedAt: Date }) => `${f.id}:${f.updatedAt.getTime()}`;
  const indexed = new Map<string, IndexedFlow>();
  const stale: string[] = [];
  for (const f of rows.rows) {
    const hit = known?.indexed.get(keyOf(f));
    if (hit) indexed.set(keyOf(f), hit);
    else stale.push(f.id);
  }
  if (stale.length > 0) {
    const full = await tx
      .select({
        id: flowsTable.id,
        title: flowsTable.title,
        symptoms: flowsTable.symptoms,
        draftGraph: flowsTable.draftGraph,
        updatedAt: flowsTable.updatedAt,
      })
      .from(flowsTable)
      .where(and(eq(flowsTable.accountId, ctx.accountId), inArray(flowsTable.id, stale)));
    for (const row of full) {
      indexed.set(
        keyOf(row),
        indexFlow({
          id: row.id,
          title: row.title,
          symptoms: row.symptoms,
          stepText: row.draftGraph.steps.map((st) => st.text).join('. '),
        }),
      );
    }
  }
  const fresh = { stamp: now.stamp, edits: rows.edits, rows: rows.rows, indexed };
  cache.delete(ctx.accountId);
  cache.set(ctx.accountId, fresh);
  if (cache.size > MAX_ACCOUNTS) cache.delete(cache.keys().next().value as string);
  return fresh;
}

async function allCandidates(tx: AppTx, ctx: TenantContext) {
  const all = await tx
    .select(candidateColumns)
    .from(flowsTable)
    .where(eq(flowsTable.accountId, ctx.accountId));
  return {
    edits: new Map(all.map((f) => [f.id, f.updatedAt.getTime()])),
    rows: all.filter(matchable),
  };
}

/**
 * The cached list brought up to date with the flows edited at or after its newest edit, or
 * undefined when that cannot account for the change (a flow deleted, an edit time moved back):
 * the merged list must have the account's flow count and edit-time sum, else everything is read.
 */
async function changedSince(tx: AppTx, ctx: TenantContext, known: AccountFlows, now: Stamp) {
  const newest = Math.max(0, ...known.edits.values());
  const changed = await tx
    .select(candidateColumns)
    .from(flowsTable)
    .where(and(eq(flowsTable.accountId, ctx.accountId), gte(flowsTable.updatedAt, new Date(newest))));
  const edits = new Map(known.edits);
  for (const f of changed) edits.set(f.id, f.updatedAt.getTime());
  let sum = 0n;
  for (const ms of edits.values()) sum += BigInt(ms);
  if (edits.size !== now.count || sum.toString() !== now.sum) return undefined;
  const byId = new Map(known.rows.map((f) => [f.id, f]));
  for (const f of changed) {
    if (matchable(f)) byId.set(f.id, f);
    else byId.delete(f.id);
  }
  return { edits, rows: [...byId.values()] };
}

async function loadCandidates(tx: AppTx, ctx: TenantContext, client: string | null) {
  const all = await accountFlows(tx, ctx);
  // Client scoping is exact: a client's own flows never reach another client's ticket.
  const flows = all.rows.filter((f) => f.clientKey === null || (client !== null && f.clientKey === client));
  const indexed = flows.flatMap((f) => {
    const hit = all.indexed.get(`${f.id}:${f.updatedAt.getTime()}`);
    return hit ? [hit] : [];
  });
  const drafts = flows.filter((f) => f.origin !== 'authored').map((f) => f.id);
  const statRows = drafts.length
    ? await tx
        .select({
          flowId: flowWalksTable.flowId,
          finished: sql<number>`count(*) filter (where ${flowWalksTable.status} <> 'active')::int`,
          worked: sql<number>`count(*) filter (where ${flowWalksTable.outcome} = 'worked')::int`,
        })
        .from(flowWalksTable)
        .where(and(eq(flowWalksTable.accountId, ctx.accountId), inArray(flowWalksTable.flowId, drafts)))
        .groupBy(flowWalksTable.flowId)
    : [];
  return { flows, indexed, stats: new Map(statRows.map((r) => [r.flowId, r])) };
}

async function record(
  ctx: TenantContext,
  d: {
    sessionId: string | null;
    text: string;
    client: string | null;
    rule: MatchRule;
    /**
     * The flow row; or its id, read in the same transaction as the record; or a build that stores
     * it there (one transaction, not two, on the knowledge-build path).
     */
    flow: FlowRow | string | null | ((tx: AppTx) => Promise<FlowRow>);
    score: number | null;
    candidates: MatchCandidate[];
    reason: string;
  },
): Promise<MatchDecision> {
  const { row, flow } = await withTransaction(ctx, async (tx) => {
    const flow =
      typeof d.flow === 'string'
        ? await getFlowInAccount(tx, ctx, d.flow)
        : typeof d.flow === 'function'
          ? await d.flow(tx)
          : d.flow;
    const [row] = await tx
      .insert(flowMatchesTable)
      .values({
        accountId: ctx.accountId,
        sessionId: d.sessionId,
        ticketText: d.text.slice(0, 4_000),
        clientName: d.client,
        rule: d.rule,
        flowId: flow?.id ?? null,
        score: d.score,
        candidates: d.candidates,
        reason: d.reason,
      })
      .returning({ id: flowMatchesTable.id });
    return { row, flow };
  });
  return {
    rule: d.rule,
    flow,
    score: d.score,
    reason: d.reason,
    candidates: d.candidates,
    matchId: row?.id ?? '',
  };
}
