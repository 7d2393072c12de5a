import { parseArgs } from 'node:util';
import { listSalesLeads, type SalesLeadView } from '../core/leads/index.ts';
import { openMigratedDatabase } from './database.ts';
import { ConfigError, loadDotEnvFile, loadEnv } from './env.ts';

/**
 * `npm run leads [-- --limit N] [--since ISO] [--json]`: the "Talk to sales" requests, newest first,
 * for the product's operators. Reads the database directly (DATABASE_URL, or the embedded PGlite
 * directory, which only one process can open: stop the server first, or use GET /api/v1/operator/leads).
 */
async function main() {
  const { values } = parseArgs({
    options: {
      limit: { type: 'string', default: '50' },
      since: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  loadDotEnvFile();
  const env = loadEnv();
  const database = await openMigratedDatabase(env);
  try {
    const leads = await listSalesLeads(database, {
      limit: values.limit,
      ...(values.since ? { since: values.since } : {}),
    });
    console.log(values.json ? JSON.stringify(leads, null, 2) : formatLeads(leads));
  } finally {
    await database.close();
  }
}

export function formatLeads(leads: SalesLeadView[]): string {
  if (leads.length === 0) return 'No sales leads yet.';
  return leads
    .map((l) =>
      [
        `${l.createdAt}  ${l.company} — ${l.seats} seat(s)`,
        `  contact: ${l.contactName} <${l.contactEmail}>${l.phone ? `, ${l.phone}` : ''}`,
        `  needs:   ${l.needs.replace(/\s+/g, ' ').slice(0, 500)}`,
      ].join('\n'),
    )
    .join('\n\n');
}

// Run as `npm run leads`; imported (tests of formatLeads), it does nothing.
if (process.argv[1]?.endsWith('leads-main.ts')) {
  main().catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  });
}
