import { randomUUID } from 'node:crypto';
import type { AuditAction } from '../core/audit/index.ts';
import type { Database } from '../core/db/client.ts';
import { auditLogTable } from '../core/db/schema/audit-log.ts';
import { escalationClaimsTable } from '../core/db/schema/chat.ts';
import {
  diagnosisSessionsTable,
  type FixStatus,
  type SessionStatus,
  sessionTurnsTable,
  suggestedFixesTable,
} from '../core/db/schema/diagnosis.ts';
import { flowsTable, flowVersionsTable, flowWalksTable } from '../core/db/schema/flows.ts';
import { withSystemTransaction } from '../core/db/transactions.ts';

/** One hand-built session with exact timestamps, so Insights' numbers can be worked out by hand. */
export interface HistorySession {
  ownerUserId: string;
  client: string | null;
  createdAt: string;
  resolvedAt?: string;
  escalatedAt?: string;
  claim?: { byUserId: string; at: string };
  /** The first message after the opening one (time to first action). */
  firstReplyAt?: string;
  walk?: {
    flowTitle: string;
    startedAt: string;
    status: 'active' | 'resolved' | 'escalated' | 'abandoned';
    outcome?: 'worked' | 'failed' | 'partial';
  };
  fix?: { status: FixStatus; source?: { title: string; url: string | null } };
  /** Audit entries by a person on this session (action, actor). */
  audit?: Array<{ action: AuditAction; actorUserId: string; at: string; targetType?: 'session' | 'fix' }>;
}

/**
 * Writes history straight into the tables the recorded events live in, as a system transaction.
 * Only for reporting tests: the verbs that normally write these rows stamp them with "now", and a
 * report over a past week needs a past week.
 */
export async function insertHistory(database: Database, accountId: string, sessions: HistorySession[]) {
  await withSystemTransaction(database, 'insights test history', async (tx) => {
    const flowIds = new Map<string, { flowId: string; versionId: string }>();
    for (const s of sessions) {
      const id = randomUUID();
      const status: SessionStatus = s.resolvedAt
        ? 'resolved_local'
        : s.escalatedAt
          ? 'escalated_local'
          : 'active';
      await tx.insert(diagnosisSessionsTable).values({
        id,
        accountId,
        ownerUserId: s.ownerUserId,
        channelKind: 'web',
        status,
        problemSummary: 'Printer is offline for the whole floor',
        ticketCompanyName: s.client,
        createdAt: new Date(s.createdAt),
        resolvedAt: s.resolvedAt ? new Date(s.resolvedAt) : null,
        escalatedAt: s.escalatedAt ? new Date(s.escalatedAt) : null,
      });
      await tx.insert(sessionTurnsTable).values({
        accountId,
        sessionId: id,
        seq: 0,
        role: 'engineer',
        authorUserId: s.ownerUserId,
        text: 'Printer is offline',
        createdAt: new Date(s.createdAt),
      });
      if (s.firstReplyAt) {
        await tx.insert(sessionTurnsTable).values({
          accountId,
          sessionId: id,
          seq: 2,
          role: 'engineer',
          authorUserId: s.ownerUserId,
          text: 'Checked the queue',
          createdAt: new Date(s.firstReplyAt),
        });
      }
      if (s.claim) {
        await tx.insert(escalationClaimsTable).values({
          accountId,
          sessionId: id,
          claimedByUserId: s.claim.byUserId,
          claimedAt: new Date(s.claim.at),
        });
      }
      if (s.walk) {
        let flow = flowIds.get(s.walk.flowTitle);
        if (!flow) {
          const graph = { start: 'a', steps: {} } as never;
          const [f] = await tx
            .insert(flowsTable)
            .values({ accountId, title: s.walk.flowTitle, origin: 'authored', draftGraph: graph })
            .returning();
          const [v] = await tx
            .insert(flowVersionsTable)
            .values({ accountId, flowId: f!.id, version: 1, title: s.walk.flowTitle, graph })
            .returning();
          flow = { flowId: f!.id, versionId: v!.id };
          flowIds.set(s.walk.flowTitle, flow);
        }
        await tx.insert(flowWalksTable).values({
          accountId,
          flowId: flow.flowId,
          flowVersionId: flow.versionId,
          sessionId: id,
          walkerUserId: s.ownerUserId,
          currentStepId: 'a',
          status: s.walk.status,
          outcome: s.walk.outcome ?? null,
          startedAt: new Date(s.walk.startedAt),
        });
      }
      let fixId: string | null = null;
      if (s.fix) {
        const [fix] = await tx
          .insert(suggestedFixesTable)
          .values({
            accountId,
            sessionId: id,
            title: 'Restart the print spooler',
            steps: ['Restart the spooler'],
            confidence: 70,
            status: s.fix.status,
            sourceTitle: s.fix.source?.title ?? null,
            sourceUrl: s.fix.source?.url ?? null,
            partialNotes: s.fix.status === 'applied_partial' ? 'some users' : null,
            createdAt: new Date(s.createdAt),
          })
          .returning();
        fixId = fix!.id;
      }
      for (const a of s.audit ?? []) {
        const onFix = a.targetType === 'fix' && fixId;
        await tx.insert(auditLogTable).values({
          accountId,
          actorUserId: a.actorUserId,
          actorLabel: 'someone',
          action: a.action,
          targetType: onFix ? 'fix' : 'session',
          targetId: onFix ? fixId : id,
          metadata: onFix ? { sessionId: id } : {},
          occurredAt: new Date(a.at),
        });
      }
    }
  });
}
