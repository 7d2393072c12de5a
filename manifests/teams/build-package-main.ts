import { mkdirSync, writeFileSync } from 'node:fs';
import { ConfigError, loadDotEnvFile, loadEnv } from '../../server/env.ts';
import { buildTeamsPackage } from './package.ts';

/** `npm run manifest:teams`: dist/teams-app.zip with MICROSOFT_APP_ID and PUBLIC_URL filled in. */
try {
  loadDotEnvFile();
  const env = loadEnv();
  if (!env.MICROSOFT_APP_ID || !env.PUBLIC_URL) {
    throw new ConfigError(
      'Set MICROSOFT_APP_ID and PUBLIC_URL (the bot id and the public host Teams will call).',
    );
  }
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/teams-app.zip', buildTeamsPackage(env.MICROSOFT_APP_ID, env.PUBLIC_URL));
  console.log('wrote dist/teams-app.zip — upload it in Teams (Apps → Manage your apps → Upload an app)');
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
