import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { type Database, openDatabase } from '../../core/db/client.ts';
import { runMigrations } from '../../core/db/migrate.ts';
import { selectRows } from '../../core/db/raw.ts';
import { refreshSearchStatistics } from '../../core/kb/index/index.ts';
import { insertTestConnector } from '../../core/kb/index/test-support.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import { createTestAccount } from '../../test/factories.ts';
import { indexArticles } from './corpus.ts';
import { articleDocument } from './evaluate.ts';
import { fillTo } from './fill.ts';
import type { LabelledSet } from './sets.ts';

export interface Corpus {
  database: Database;
  ctx: TenantContext;
  /** url → article id of the set's articles. */
  urls: Map<string, string>;
  /** url → company name of every indexed document, filler included. */
  companies: Map<string, string | null>;
  chunks: number;
}

interface Meta {
  accountId: string;
  ownerId: string;
  chunks: number;
  companies: Array<[string, string | null]>;
}

/**
 * A labelled set indexed on PGlite, alone or with filler up to `chunks`, for the abstention fit
 * and quick probes. With KB_CORPUS_CACHE=<dir> the database is kept on disk and reopened on the
 * next run instead of filling 50,000 chunks again (minutes on a loaded machine).
 */
export async function openCorpus(set: LabelledSet, chunks: number): Promise<Corpus> {
  const base = process.env.KB_CORPUS_CACHE;
  const dir = base ? `${base}/set-${set.name}-${chunks}` : 'memory://';
  const metaFile = base ? `${dir}.json` : '';
  const urls = new Map(set.articles.map((a) => [articleDocument(a).url, a.id]));
  if (base && existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Meta;
    const database = await openDatabase({ kind: 'pglite', dataDir: dir });
    const [owner] = await selectRows<{ name: string }>(
      database.db,
      sql`select name from users where id = ${meta.ownerId}`,
    );
    const ctx: TenantContext = {
      db: database,
      accountId: meta.accountId,
      actor: {
        kind: 'user',
        userId: meta.ownerId,
        role: 'owner',
        canCoverL1: false,
        name: owner?.name ?? 'owner',
      },
    };
    return { database, ctx, urls, companies: new Map(meta.companies), chunks: meta.chunks };
  }
  const database = await openDatabase({ kind: 'pglite', dataDir: dir });
  await runMigrations(database);
  const account = await createTestAccount(database, `KB corpus ${set.name}`);
  const ctx = account.owner;
  const connectorId = await insertTestConnector(ctx, 'hudu', 'bench');
  await indexArticles(ctx, set.articles, connectorId);
  const companies = new Map(set.articles.map((a) => [articleDocument(a).url, a.company]));
  const total = await fillTo(ctx, connectorId, set, chunks, companies);
  await refreshSearchStatistics(database);
  if (base && ctx.actor.kind === 'user') {
    const meta: Meta = {
      accountId: ctx.accountId,
      ownerId: ctx.actor.userId,
      chunks: total,
      companies: [...companies],
    };
    writeFileSync(metaFile, JSON.stringify(meta));
  }
  return { database, ctx, urls, companies, chunks: total };
}
