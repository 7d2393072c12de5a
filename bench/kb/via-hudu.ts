/**
 * `npx tsx bench/kb/via-hudu.ts J` — scores a labelled set the way an outside reviewer does: its
 * articles served as HTML by the Hudu simulator (global ones in the KB, runbooks under their client
 * company), synced through the product's own Hudu connector, and every ticket sent to
 * `POST /api/v1/kb/search` on the real HTTP server as an L1 user, with the ticket's client name as
 * `companyId`. Prints the same measures as `bench:kb`'s own-KB column, so a difference between the
 * two paths (HTML extraction, chunking, client mapping) shows at once. PGlite in memory, or the
 * server in DATABASE_URL.
 */
import type { KnowledgePassage } from '../../core/kb/knowledge.ts';
import { runConnectorSync } from '../../core/kb/sync/index.ts';
import { deriveKey } from '../../core/shared/crypto.ts';
import { startHuduSimulator } from '../../sim/hudu/index.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, TEST_PASSWORD } from '../../test/factories.ts';
import { api, signIn, startTestServer } from '../../test/server.ts';
import type { BenchArticle } from './articles.ts';
import { evaluate } from './evaluate.ts';
import { ALL_SETS } from './sets.ts';

const APP_SECRET_KEY = Buffer.alloc(32, 11).toString('base64');

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** An article's markdown sections as the HTML Hudu's editor stores: headings, paragraphs, lists. */
export function articleHtml(article: BenchArticle): string {
  const html: string[] = [];
  let list: 'ol' | 'ul' | undefined;
  const close = () => {
    if (list) html.push(`</${list}>`);
    list = undefined;
  };
  for (const raw of article.text.split('\n')) {
    const line = raw.trim();
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    const numbered = /^\d+[.)]\s+(.*)$/.exec(line);
    const bullet = /^[-*•]\s+(.*)$/.exec(line);
    if (heading) {
      close();
      html.push(`<h2>${escapeHtml(heading[1] ?? '')}</h2>`);
    } else if (numbered || bullet) {
      const kind = numbered ? 'ol' : 'ul';
      if (list !== kind) {
        close();
        html.push(`<${kind}>`);
        list = kind;
      }
      html.push(`<li>${escapeHtml((numbered ?? bullet)?.[1] ?? '')}</li>`);
    } else if (line) {
      close();
      html.push(`<p>${escapeHtml(line)}</p>`);
    } else {
      close();
    }
  }
  close();
  return html.join('\n');
}

async function main() {
  const set = ALL_SETS.find((s) => s.name === (process.argv[2] ?? 'J'));
  if (!set) throw new Error(`no set ${process.argv[2]}; sets: ${ALL_SETS.map((s) => s.name).join(', ')}`);
  const database = await testDatabase();
  const server = await startTestServer(database, { APP_SECRET_KEY });
  const hudu = await startHuduSimulator({ seed: false });
  try {
    const account = await createTestAccount(database, `Via Hudu ${set.name} ${Date.now()}`);
    const admin = await signIn(server, (await account.member('admin')).email, TEST_PASSWORD);
    const l1 = await signIn(server, (await account.member('l1')).email, TEST_PASSWORD);
    for (const company of new Set(set.articles.map((a) => a.company).filter((c) => c !== null))) {
      hudu.addCompany({ name: company });
    }
    const byTitle = new Map<string, BenchArticle>();
    for (const a of set.articles) {
      hudu.addArticle({
        name: a.title,
        content: articleHtml(a),
        ...(a.company ? { company: a.company } : {}),
      });
      byTitle.set(`${a.company ?? ''}\u0000${a.title}`, a);
    }
    const created = await api(server, '/api/v1/kb/connectors', {
      method: 'POST',
      token: admin,
      body: {
        kind: 'hudu',
        name: 'Hudu',
        apiKey: hudu.apiKey,
        settings: { baseUrl: hudu.url, pageSize: 100 },
      },
    });
    if (created.status !== 201) throw new Error(`connector: ${created.status} ${created.text}`);
    const secretsKey = deriveKey(Buffer.from(APP_SECRET_KEY, 'base64'), 'secrets-at-rest');
    const report = await runConnectorSync({
      ctx: account.system('kb-sync'),
      deps: { secretsKey },
      connectorId: created.body.id as string,
    });
    console.log(`set ${set.name}: Hudu sync ${JSON.stringify(report)}`);

    const answers = new Map<KnowledgePassage, BenchArticle | undefined>();
    const articleOf = (p: KnowledgePassage) => {
      const hit = answers.get(p);
      if (!hit) throw new Error(`passage "${p.title}" is not one of the set's articles`);
      return hit;
    };
    const quality = await evaluate(
      set.tickets,
      async (ticket) => {
        const res = await api(server, '/api/v1/kb/search', {
          method: 'POST',
          token: l1,
          body: { text: ticket.text, ...(ticket.company ? { companyId: ticket.company } : {}) },
        });
        if (res.status !== 200) throw new Error(`search: ${res.status} ${res.text}`);
        const passages = res.body.passages as KnowledgePassage[];
        for (const p of passages) {
          // A title may repeat across clients: the ticket's client's own comes first.
          answers.set(
            p,
            byTitle.get(`${ticket.company ?? ''}\u0000${p.title}`) ??
              byTitle.get(`\u0000${p.title}`) ??
              [...byTitle.values()].find((a) => a.title === p.title),
          );
        }
        return passages;
      },
      (p) => articleOf(p).id,
      (p) => articleOf(p).company,
    );
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    console.log(
      `set ${set.name} through Hudu and /api/v1/kb/search: top-1 ${pct(quality.top1)} top-3 ${pct(quality.top3)} no-answer precision ${pct(quality.noAnswerPrecision)} recall ${pct(quality.noAnswerRecall)} leaks ${quality.leaks}`,
    );
  } finally {
    await server.stop();
    await hudu.close();
    await database.close();
  }
}

await main();
