import { parseArgs } from 'node:util';
import { setPlanOverride } from '../core/billing/index.ts';
import { openMigratedDatabase } from './database.ts';
import { ConfigError, loadDotEnvFile, loadEnv } from './env.ts';

/**
 * `npm run billing:override -- --account <id> --plan pro --reason pilot [--until 2027-03-31]
 * [--limit engineerSeats=20]`; `--plan none` removes it. For the product's operators.
 */
async function main() {
  const { values } = parseArgs({
    options: {
      account: { type: 'string' },
      plan: { type: 'string' },
      reason: { type: 'string' },
      until: { type: 'string' },
      limit: { type: 'string', multiple: true },
    },
  });
  const limits = values.limit?.length
    ? Object.fromEntries(
        values.limit.map((pair) => {
          const [key, value] = pair.split('=');
          return [key, value === 'none' ? null : Number(value)];
        }),
      )
    : undefined;
  loadDotEnvFile();
  const database = await openMigratedDatabase(loadEnv());
  try {
    const plan = await setPlanOverride(database, {
      accountId: values.account,
      plan: values.plan === 'none' ? null : values.plan,
      ...(values.reason ? { reason: values.reason } : {}),
      ...(values.until ? { endsAt: values.until } : {}),
      ...(limits ? { limits } : {}),
    });
    console.log(`now on ${plan.name} (${plan.source}); limits ${JSON.stringify(plan.limits)}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
