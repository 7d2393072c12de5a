import { describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/db.ts';
import { refreshSearchStatistics } from './statistics.ts';

describe('refreshSearchStatistics', () => {
  // A sync only logs a failure here, so a missed index would silently leave search on stale plans.
  it('merges every GIN index of the knowledge tables and analyses them on a migrated database', async () => {
    // Full-text search and title trigrams on kb_chunks, the per-account typo index on kb_term_stats.
    await expect(refreshSearchStatistics(await testDatabase())).resolves.toBe(3);
  });
});
