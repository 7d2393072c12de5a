/**
 * `KB_CORPUS_CACHE=/tmp/kb-corpus npx tsx bench/kb/probe.ts B 50000` — quality of one labelled set
 * on its articles alone and inside filler up to the given chunk count, with every miss and its
 * abstention features: the quick loop for work on the FIT set. Held-out sets are judged by
 * `npm run bench:kb`, not probed while tuning.
 */
import { answerProbability } from '../../core/kb/index/abstention.ts';
import { rankKnowledge, searchKnowledge } from '../../core/kb/index/search.ts';
import { articleIdOf } from './corpus.ts';
import { openCorpus } from './corpus-cache.ts';
import { evaluate } from './evaluate.ts';
import { ALL_SETS, SET_B } from './sets.ts';

const set = ALL_SETS.find((s) => s.name === (process.argv[2] ?? 'B')) ?? SET_B;
const sizes = [0, Number(process.argv[3] ?? 50_000)];
for (const size of sizes) {
  const corpus = await openCorpus(set, size);
  const { ctx, urls, companies } = corpus;
  const quality = await evaluate(
    set.tickets,
    (t) => searchKnowledge(ctx, { text: t.text, companyId: t.company, limit: 3 }),
    (p) => articleIdOf(urls, p),
    (p) => companies.get(p.url ?? '') ?? null,
  );
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  console.log(
    `set ${set.name} at ${corpus.chunks} chunks: top-1 ${pct(quality.top1)} top-3 ${pct(quality.top3)} no-answer P ${pct(quality.noAnswerPrecision)} R ${pct(quality.noAnswerRecall)} leaks ${quality.leaks}`,
  );
  if (process.env.KB_PROBE_TOP1) {
    // Answerable tickets whose right article is found but not first: where ranking, not abstention, lost.
    for (const t of set.tickets) {
      if (t.expected === null) continue;
      const got = await searchKnowledge(ctx, { text: t.text, companyId: t.company, limit: 3 });
      const ids = got.map((p) => articleIdOf(urls, p));
      if (ids[0] && !t.expected.includes(ids[0]) && ids.some((id) => t.expected?.includes(id)))
        console.log(`  second "${t.text}" want ${t.expected[0]} | got ${ids.join(', ')}`);
    }
  }
  if (process.env.KB_PROBE_MISSES !== '0') {
    for (const m of quality.misses) {
      const { passages, features } = await rankKnowledge(ctx, { text: m.text, companyId: m.company });
      const f = features
        ? Object.entries(features)
            .map(([k, v]) => `${k} ${v.toFixed(2)}`)
            .join(' ')
        : '';
      const p = features ? answerProbability(features).toFixed(2) : '-';
      const ranked = passages
        .slice(0, 3)
        .map(
          (x) =>
            `${articleIdOf(urls, x).replace('https://docs.contoso-msp.example/', '')} ${x.bm25.toFixed(1)}`,
        );
      console.log(
        `  miss "${m.text}" want ${m.expected?.[0] ?? 'none'} | ranked ${ranked.join(', ')} | p ${p} | ${f}`,
      );
    }
  }
  await corpus.database.close();
}
