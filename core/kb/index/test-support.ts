import type { KbConnectorKind } from '../../db/schema/kb.ts';
import { kbConnectorsTable } from '../../db/schema/kb.ts';
import { withTransaction } from '../../db/transactions.ts';
import type { TenantContext } from '../../shared/context.ts';
import type { SourceDocument } from './types.ts';

/**
 * A connector row for index tests. Written directly: the index only needs the row to exist and be
 * the tenant's, and must not depend on the connectors' own create verb (or their sealing keys).
 */
export async function insertTestConnector(
  ctx: TenantContext,
  kind: KbConnectorKind = 'hudu',
  name = `${kind} ${Math.random().toString(36).slice(2, 8)}`,
): Promise<string> {
  const [row] = await withTransaction(ctx, (tx) =>
    tx
      .insert(kbConnectorsTable)
      .values({ accountId: ctx.accountId, kind, name, secretSealed: 'test-not-a-secret' })
      .returning({ id: kbConnectorsTable.id }),
  );
  if (!row) throw new Error('connector insert returned nothing');
  return row.id;
}

export function sourceDocument(
  overrides: Partial<SourceDocument> & Pick<SourceDocument, 'externalId'>,
): SourceDocument {
  return {
    title: 'Untitled',
    url: `https://docs.example/${encodeURIComponent(overrides.externalId)}`,
    companyName: null,
    folder: null,
    updatedAt: null,
    text: 'Some text.',
    ...overrides,
  };
}
