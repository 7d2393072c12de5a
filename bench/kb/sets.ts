import { BENCH_ARTICLES, type BenchArticle } from './articles.ts';
import { SET_B_ARTICLES } from './set-b/articles.ts';
import { SET_B_TICKETS } from './set-b/tickets.ts';
import { LABELLED_TICKETS, type LabelledTicket } from './tickets.ts';

/** A labelled evaluation set: its own articles (its own KB) and tickets against them. */
export interface LabelledSet {
  name: 'A' | 'B';
  description: string;
  articles: readonly BenchArticle[];
  tickets: readonly LabelledTicket[];
}

export const SET_A: LabelledSet = {
  name: 'A',
  description: 'bench/kb/tickets.ts + articles.ts',
  articles: BENCH_ARTICLES,
  tickets: LABELLED_TICKETS,
};

export const SET_B: LabelledSet = {
  name: 'B',
  description: 'bench/kb/set-b (written separately, users’ own words)',
  articles: SET_B_ARTICLES,
  tickets: SET_B_TICKETS,
};

/**
 * The one set every fitted number (abstention coefficients and threshold) comes from. The other
 * set is the unseen one: core/kb/index/search-quality.test.ts asserts floors on it.
 */
export const FITTED_SET = SET_B;
export const UNSEEN_SET = SET_A;
