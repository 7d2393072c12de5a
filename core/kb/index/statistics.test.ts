import { describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/db.ts';
import { refreshSearchStatistics } from './statistics.ts';

describe('refreshSearchStatistics', () => {
  // A sync only logs a failure here, so a renamed index would silently leave search on stale plans.
  it("merges and analyses the knowledge tables' indexes as the migrations name them", async () => {
    await expect(refreshSearchStatistics(await testDatabase())).resolves.toBeUndefined();
  });
});
