import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/db.ts';
import { createTestAccount, type TestAccount } from '../../../test/factories.ts';
import { selectRows } from '../../db/raw.ts';
import { withTransaction } from '../../db/transactions.ts';
import { InvalidInputError, NotFoundError } from '../../shared/errors.ts';
import {
  chunkDocument,
  companyKey,
  removeDocuments,
  removeDocumentsNotIn,
  upsertDocument,
} from './ingest.ts';
import { insertTestConnector, sourceDocument } from './test-support.ts';
import type { SourceDocument } from './types.ts';

describe('companyKey', () => {
  it('meets IT Glue, Hudu and ConnectWise spellings of one client', () => {
    expect(companyKey('Contoso Ltd.')).toBe('contoso');
    expect(companyKey('contoso ltd')).toBe('contoso');
    expect(companyKey('Contoso, Ltd')).toBe('contoso');
    expect(companyKey('  CONTOSO   LIMITED ')).toBe('contoso');
    expect(companyKey('Fabrikam, Inc.')).toBe('fabrikam');
    expect(companyKey('Northwind Traders LLC')).toBe('northwind traders');
    expect(companyKey('Müller GmbH & Co. KG')).toBe('muller gmbh and');
    expect(companyKey('A.B.C. Corp')).toBe('abc');
    expect(companyKey("O'Brien & Sons plc")).toBe('obrien and sons');
  });

  it('keeps a name that is only a legal word, and maps blank to null', () => {
    expect(companyKey('Co')).toBe('co');
    expect(companyKey('Co-op Bakery')).toBe('co op bakery');
    expect(companyKey(null)).toBeNull();
    expect(companyKey(undefined)).toBeNull();
    expect(companyKey('   ')).toBeNull();
    expect(companyKey('.,')).toBeNull();
  });
});

describe('chunkDocument', () => {
  it('keeps each heading with its section and its parents in the path', () => {
    const chunks = chunkDocument({
      title: 'Printer runbook',
      text: 'Intro line.\n\n# Setup\nInstall the driver.\n## Printers\nAdd the queue.\n\n# Empty\n\n# Fix\nRestart the spooler.',
    });
    expect(chunks).toEqual([
      { ord: 0, heading: null, body: 'Intro line.' },
      { ord: 1, heading: 'Setup', body: 'Install the driver.' },
      { ord: 2, heading: 'Setup › Printers', body: 'Add the queue.' },
      { ord: 3, heading: 'Fix', body: 'Restart the spooler.' },
    ]);
  });

  it('packs long sections to about 1,000 characters on paragraph and sentence boundaries', () => {
    const paragraph = (n: number) =>
      `Paragraph ${n} sentence one is here. ${'Words fill this sentence up. '.repeat(8)}`;
    const long = `# Long\n${Array.from({ length: 12 }, (_, i) => paragraph(i)).join('\n\n')}\n\n${'Huge sentence. '.repeat(150)}`;
    const chunks = chunkDocument({ title: 't', text: long });
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) {
      expect(chunk.heading).toBe('Long');
      expect(chunk.body.length).toBeGreaterThan(0);
      expect(chunk.body.length).toBeLessThanOrEqual(1_000);
    }
    // Paragraphs are never cut mid-way when they fit.
    expect(chunks[0]?.body.startsWith('Paragraph 0 sentence one')).toBe(true);
    expect(chunks.map((c) => c.ord)).toEqual(chunks.map((_, i) => i));
  });

  it('cuts a word longer than a chunk instead of emitting an oversized one', () => {
    const chunks = chunkDocument({ title: 't', text: 'x'.repeat(2_500) });
    expect(chunks.map((c) => c.body.length)).toEqual([1_000, 1_000, 500]);
  });

  it('never returns empty chunks; an empty document is findable by its title', () => {
    expect(chunkDocument({ title: 'Only a title', text: '' })).toEqual([
      { ord: 0, heading: null, body: 'Only a title' },
    ]);
    expect(chunkDocument({ title: 'T', text: '# Heading only\n\n   \n' })).toEqual([
      { ord: 0, heading: null, body: 'Heading only' },
    ]);
  });

  it('does not read a shell comment in a code block as a heading', () => {
    const chunks = chunkDocument({ title: 't', text: '# Fix\n```\n# restart it\nnet stop spooler\n```' });
    expect(chunks).toHaveLength(1);
    expect(chunks[0]?.heading).toBe('Fix');
  });
});

describe('upsertDocument / removeDocuments', () => {
  let account: TestAccount;
  let connectorId: string;

  beforeAll(async () => {
    account = await createTestAccount(await testDatabase(), 'Ingest MSP');
    connectorId = await insertTestConnector(account.owner, 'hudu');
  });

  const scope = () => ({ accountId: account.accountId, connectorId });
  const chunksOf = (externalId: string) =>
    withTransaction(account.owner, (tx) =>
      selectRows<{
        ord: number;
        heading: string | null;
        body: string;
        company_key: string | null;
        title: string;
      }>(
        tx,
        sql`select c.ord, c.heading, c.body, c.company_key, c.title from kb_chunks c
            join kb_documents d on d.id = c.document_id
            where d.connector_id = ${connectorId} and d.external_id = ${externalId} order by c.ord`,
      ),
    );

  it('creates, skips unchanged content, and replaces chunks on change', async () => {
    const doc = sourceDocument({
      externalId: 'article:1',
      title: 'VPN setup',
      companyName: 'Contoso, Ltd',
      text: '# Install\nRun the installer.\n# Connect\nSign in with MFA.',
    });
    const upsert = (d: SourceDocument) =>
      withTransaction(account.owner, (tx) => upsertDocument(tx, scope(), d));
    expect(await upsert(doc)).toBe('created');
    const first = await chunksOf('article:1');
    expect(first.map((c) => c.heading)).toEqual(['Install', 'Connect']);
    expect(first.every((c) => c.company_key === 'contoso' && c.title === 'VPN setup')).toBe(true);

    expect(await upsert({ ...doc, updatedAt: new Date('2030-01-01') })).toBe('unchanged');
    expect(await upsert({ ...doc, text: '# Install\nRun the new installer.' })).toBe('updated');
    const second = await chunksOf('article:1');
    expect(second).toEqual([
      {
        ord: 0,
        heading: 'Install',
        body: 'Run the new installer.',
        company_key: 'contoso',
        title: 'VPN setup',
      },
    ]);
    // A company change alone re-keys the chunks, so client scoping follows the source.
    expect(await upsert({ ...doc, text: '# Install\nRun the new installer.', companyName: null })).toBe(
      'updated',
    );
    expect((await chunksOf('article:1'))[0]?.company_key).toBeNull();
  });

  it('removes listed documents and, on a full resync, everything not kept', async () => {
    await withTransaction(account.owner, async (tx) => {
      for (const id of ['r:1', 'r:2', 'r:3', 'r:4']) {
        await upsertDocument(tx, scope(), sourceDocument({ externalId: id, title: `Doc ${id}` }));
      }
    });
    expect(
      await withTransaction(account.owner, (tx) => removeDocuments(tx, scope(), ['r:1', 'missing'])),
    ).toBe(1);
    expect(await withTransaction(account.owner, (tx) => removeDocuments(tx, scope(), []))).toBe(0);
    const removed = await withTransaction(account.owner, (tx) =>
      removeDocumentsNotIn(tx, scope(), ['r:2', 'article:1']),
    );
    expect(removed).toBe(2);
    expect(await chunksOf('r:3')).toEqual([]);
    expect(await chunksOf('r:2')).toHaveLength(1);
  });

  it('keeps the per-word chunk counts search weighs terms by exact through change and removal', async () => {
    const counts = () =>
      withTransaction(account.owner, (tx) =>
        selectRows<{ lexeme: string; chunks: number }>(
          tx,
          sql`select lexeme, chunks from kb_term_stats where lexeme in ('', 'zebracorn', 'quokkafix')`,
        ),
      ).then((rows) => Object.fromEntries(rows.map((r) => [r.lexeme, Number(r.chunks)])));
    const before = await counts();
    const doc = sourceDocument({
      externalId: 'stats:1',
      title: 'Zebracorn printer',
      text: '# One\nZebracorn jams.\n# Two\nZebracorn again, quokkafix helps.',
    });
    await withTransaction(account.owner, (tx) => upsertDocument(tx, scope(), doc));
    const added = await counts();
    expect(added.zebracorn).toBe(2);
    expect(added.quokkafix).toBe(1);
    expect(added['']).toBe((before[''] ?? 0) + 2);

    await withTransaction(account.owner, (tx) =>
      upsertDocument(tx, scope(), { ...doc, text: '# One\nZebracorn jams.' }),
    );
    // A word no chunk holds any more loses its row, so the statistics (and the typo lookup over
    // them) do not grow with every word an account ever indexed.
    const changed = await counts();
    expect(changed).toMatchObject({ zebracorn: 1, '': (before[''] ?? 0) + 1 });
    expect(changed).not.toHaveProperty('quokkafix');

    await withTransaction(account.owner, (tx) => removeDocuments(tx, scope(), ['stats:1']));
    const removed = await counts();
    expect(removed).not.toHaveProperty('zebracorn');
    expect(removed['']).toBe(before[''] ?? 0);
  });

  it('refuses bad documents with a clear message and changes nothing', async () => {
    const bad = sourceDocument({ externalId: 'bad:1', title: '   ' });
    await expect(withTransaction(account.owner, (tx) => upsertDocument(tx, scope(), bad))).rejects.toThrow(
      /title: title is required/,
    );
    await expect(
      withTransaction(account.owner, (tx) => upsertDocument(tx, { ...scope(), connectorId: 'nope' }, bad)),
    ).rejects.toBeInstanceOf(InvalidInputError);
    expect(await chunksOf('bad:1')).toEqual([]);
  });

  it("never writes into another tenant's connector", async () => {
    const other = await createTestAccount(await testDatabase(), 'Other MSP');
    const doc = sourceDocument({ externalId: 'x:1', title: 'Sneaky' });
    // The other tenant names our connector: it is invisible to them, so it is not found.
    await expect(
      withTransaction(other.owner, (tx) =>
        upsertDocument(tx, { accountId: other.accountId, connectorId }, doc),
      ),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(
      withTransaction(other.owner, (tx) =>
        removeDocumentsNotIn(tx, { accountId: other.accountId, connectorId }, []),
      ),
    ).resolves.toBe(0);
    expect(await chunksOf('r:2')).toHaveLength(1);
  });
});
