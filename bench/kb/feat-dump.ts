import { answerProbability, FEATURE_NAMES } from '../../core/kb/index/abstention.ts';
import { rankKnowledge } from '../../core/kb/index/search.ts';
import { articleIdOf } from './corpus.ts';
import { openCorpus } from './corpus-cache.ts';
import { SET_A, SET_B, SET_C, SET_D } from './sets.ts';
const set = [SET_A, SET_B, SET_C, SET_D].find((s) => s.name === (process.argv[2] ?? 'D'))!;
const corpus = await openCorpus(set, Number(process.argv[3] ?? 0));
for (const t of set.tickets) {
  const { passages, features } = await rankKnowledge(corpus.ctx, { text: t.text, companyId: t.company });
  const top3 = passages.slice(0, 3).map((p) => articleIdOf(corpus.urls, p));
  const y = t.expected === null ? 'NONE' : top3.some((i) => t.expected?.includes(i)) ? 'ANS ' : 'MISS';
  const p = features ? answerProbability(features) : 0;
  console.log(`${y} p=${p.toFixed(2)} ${features ? FEATURE_NAMES.map((n) => `${n.slice(0, 5)}=${features[n].toFixed(2)}`).join(' ') : '-'} | ${t.text.slice(0, 70)}`);
}
await corpus.database.close();
