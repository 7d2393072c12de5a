import { type SQL, sql } from 'drizzle-orm';
import { authorize } from '../auth/permissions.ts';
import { selectRows } from '../db/raw.ts';
import type { FeedbackRating, FeedbackSurface } from '../db/schema/feedback.ts';
import { withTransaction } from '../db/transactions.ts';
import { type InsightsRange, resolveRange, toCsv } from '../insights/index.ts';
import type { TenantContext } from '../shared/context.ts';
import { parseInput } from '../shared/validation.ts';
import { ExportFeedbackInput } from './schemas.ts';

/** One rated answer, self-contained for evaluation: what was asked, what was answered, from what, the verdict. */
export interface ExportedFeedback {
  feedbackId: string;
  ratedAt: string;
  updatedAt: string;
  rating: FeedbackRating;
  /** Redacted when it was recorded. */
  comment: string | null;
  surface: FeedbackSurface;
  ratedBy: string | null;
  sessionId: string;
  problemSummary: string;
  turnId: string;
  answeredAt: string;
  /** The engineer's message the answer replied to (null when none came before it). */
  question: string | null;
  answer: string;
  engine: string | null;
  model: string | null;
  passages: Array<{ documentId: string; source: string; title: string; url: string | null }>;
}

/** The CSV's columns, in order; passages flatten to two " | "-joined cells. */
const CSV_COLUMNS = [
  'feedbackId',
  'ratedAt',
  'updatedAt',
  'rating',
  'comment',
  'surface',
  'ratedBy',
  'sessionId',
  'problemSummary',
  'turnId',
  'answeredAt',
  'question',
  'answer',
  'engine',
  'model',
  'passageTitles',
  'passageUrls',
] as const;

/** Rows read per query: the export streams, so a year of ratings never sits in memory at once. */
const PAGE_SIZE = 500;

export interface FeedbackExport {
  filename: string;
  contentType: string;
  /** The file's text in pieces, read page by page as the caller consumes it. */
  chunks: () => AsyncGenerator<string>;
}

/**
 * The answer-feedback export for evaluation (admins). Validates and authorizes up front, so a bad
 * request is refused before anything is sent; the rows are then read in keyset pages by
 * (created_at, id), each page in its own short transaction.
 */
export function exportFeedback({
  ctx,
  input,
  now,
  pageSize = PAGE_SIZE,
}: {
  ctx: TenantContext;
  input: unknown;
  now: Date;
  /** Rows per query; tests page by one to prove the pages join without gaps or repeats. */
  pageSize?: number;
}): FeedbackExport {
  authorize(ctx, 'feedback.export');
  const { format, rating, ...days } = parseInput(ExportFeedbackInput, input ?? {}, 'feedback export');
  const range = resolveRange({ ...days }, now);
  const verdict = rating ? `-${rating}` : '';
  const filename = `answer-feedback-${range.fromDay}-to-${range.toDay}${verdict}.${format}`;
  async function* chunks(): AsyncGenerator<string> {
    // The CSV header rides with the first page, so the first piece has touched the database.
    let head = format === 'csv' ? toCsv([], CSV_COLUMNS) : '';
    for await (const page of pages(ctx, range, rating, pageSize)) {
      const body =
        format === 'csv'
          ? toCsv(page.map(toCsvRow), CSV_COLUMNS).replace(/^[^\r]*\r\n/, '')
          : page.map((row) => `${JSON.stringify(row)}\n`).join('');
      yield head + body;
      head = '';
    }
    if (head) yield head;
  }
  return {
    filename,
    contentType: format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8',
    chunks,
  };
}

/** Every exported row at once: for tests and small callers; routes stream {@link exportFeedback}. */
export async function readFeedbackExport(exported: FeedbackExport): Promise<string> {
  let out = '';
  for await (const chunk of exported.chunks()) out += chunk;
  return out;
}

function toCsvRow(row: ExportedFeedback): Record<string, unknown> {
  const { passages, ...rest } = row;
  return {
    ...rest,
    passageTitles: passages.map((p) => p.title).join(' | '),
    passageUrls: passages.map((p) => p.url ?? '').join(' | '),
  };
}

type Row = Omit<ExportedFeedback, 'passages'> & {
  passages: Array<Record<string, unknown>>;
  cursor: string;
};

async function* pages(
  ctx: TenantContext,
  range: InsightsRange,
  rating: FeedbackRating | undefined,
  pageSize: number,
): AsyncGenerator<ExportedFeedback[]> {
  let after: { at: string; id: string } | null = null;
  for (;;) {
    const cursor: SQL = after
      ? sql`and (f.created_at, f.id) > (${after.at}::timestamptz, ${after.id}::uuid)`
      : sql``;
    const rows: Row[] = await withTransaction(ctx, (tx) =>
      selectRows<Row>(
        tx,
        sql`select f.id as "feedbackId", ${iso(sql`f.created_at`)} as "ratedAt",
          ${iso(sql`f.updated_at`)} as "updatedAt", f.rating, f.comment, f.surface, u.name as "ratedBy",
          f.session_id as "sessionId", s.problem_summary as "problemSummary", f.turn_id as "turnId",
          ${iso(sql`t.created_at`)} as "answeredAt",
          (select e.text from session_turns e
            where e.session_id = t.session_id and e.role = 'engineer' and e.seq < t.seq
            order by e.seq desc limit 1) as question,
          t.text as answer, f.engine, f.model, f.sources as passages,
          -- Text keeps the microseconds a JS Date would drop, so the next page starts exactly here.
          f.created_at::text as cursor
        from answer_feedback f
          join session_turns t on t.id = f.turn_id
          join diagnosis_sessions s on s.id = f.session_id
          left join users u on u.id = f.user_id
        where f.account_id = ${ctx.accountId}
          and f.created_at >= ${range.from.toISOString()}::timestamptz
          and f.created_at < ${range.toExclusive.toISOString()}::timestamptz
          ${rating ? sql`and f.rating = ${rating}` : sql``}
          ${range.client ? sql`and s.ticket_company_name = ${range.client}` : sql``}
          ${cursor}
        order by f.created_at, f.id
        limit ${pageSize}`,
      ),
    );
    if (rows.length === 0) return;
    yield rows.map(({ cursor: _cursor, passages, ...row }) => ({
      ...row,
      // The passages as cited; the snippets stay out of the file (they are the articles' own text).
      passages: passages.map((p) => ({
        documentId: String(p.documentId ?? ''),
        source: String(p.source ?? ''),
        title: String(p.title ?? ''),
        url: typeof p.url === 'string' ? p.url : null,
      })),
    }));
    const last = rows.at(-1) as Row;
    if (rows.length < pageSize) return;
    after = { at: last.cursor, id: last.feedbackId };
  }
}

const iso = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
