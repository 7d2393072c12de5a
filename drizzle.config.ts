import { defineConfig } from 'drizzle-kit';

// Used only by `npm run db:generate` to write SQL migrations from core/db/schema; the app applies
// the checked-in SQL itself at start-up (core/db/migrate.ts).
export default defineConfig({
  dialect: 'postgresql',
  schema: './core/db/schema/index.ts',
  out: './core/db/migrations',
  entities: { roles: { provider: '', include: [] } },
});
