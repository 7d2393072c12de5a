import { InvalidInputError } from '../shared/errors.ts';
import { DEFAULT_RANGE_DAYS, type InsightsFilter, MAX_RANGE_DAYS } from './schemas.ts';

const DAY_MS = 24 * 60 * 60_000;

/** A resolved filter: half-open [from, toExclusive) instants, with the inclusive days kept for labels. */
export interface InsightsRange {
  fromDay: string;
  toDay: string;
  from: Date;
  toExclusive: Date;
  client: string | null;
}

const dayOf = (d: Date) => d.toISOString().slice(0, 10);

/** Fills the defaults (the last 30 days up to today, UTC) and refuses a backwards or over-long range. */
export function resolveRange(filter: InsightsFilter, now: Date): InsightsRange {
  const toDay = filter.to ?? dayOf(now);
  const fromDay =
    filter.from ?? dayOf(new Date(Date.parse(`${toDay}T00:00:00Z`) - (DEFAULT_RANGE_DAYS - 1) * DAY_MS));
  const from = new Date(`${fromDay}T00:00:00Z`);
  const toExclusive = new Date(Date.parse(`${toDay}T00:00:00Z`) + DAY_MS);
  if (from >= toExclusive) {
    throw new InvalidInputError(`Invalid date range (from ${fromDay} is after to ${toDay})`, [
      { path: 'from', message: 'must be on or before to' },
    ]);
  }
  const days = Math.round((toExclusive.getTime() - from.getTime()) / DAY_MS);
  if (days > MAX_RANGE_DAYS) {
    throw new InvalidInputError(`Invalid date range (${days} days; at most ${MAX_RANGE_DAYS})`, [
      { path: 'from', message: `the range may cover at most ${MAX_RANGE_DAYS} days` },
    ]);
  }
  return { fromDay, toDay, from, toExclusive, client: filter.client ?? null };
}
