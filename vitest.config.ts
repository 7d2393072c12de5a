import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'admin-web/**', '.data/**'],
    // One PGlite instance costs ~2 s and ~0.6 GB; forks keep memory per worker bounded on a 2-core box.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['./test/global-setup.ts'],
    // Files in one worker share modules, hence one migrated database per worker (test/db.ts).
    isolate: false,
  },
});
