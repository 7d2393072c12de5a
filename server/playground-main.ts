import { DEMO_PASSWORD, DEMO_PEOPLE } from '../core/demo/seed-demo.ts';
import { ConfigError, loadDotEnvFile, loadEnv } from './env.ts';
import { linkPlaygroundTenant, startPlayground } from './playground.ts';

/** `npm run playground`, beside a running `npm start`: chat with the bot in Microsoft's local Teams client. */
async function main() {
  loadDotEnvFile();
  const env = loadEnv();
  if (env.NODE_ENV === 'production') throw new ConfigError('The Playground is for development only.');
  const host = env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST;
  const serverUrl = `http://${host}:${env.PORT}`;
  try {
    await fetch(`${serverUrl}/healthz`);
  } catch {
    throw new ConfigError(`ResolutionFlow is not running at ${serverUrl}. Start it with "npm start" first.`);
  }
  const owner = DEMO_PEOPLE[0];
  if (!owner) throw new Error('demo people list is empty');
  await linkPlaygroundTenant(serverUrl, { email: owner.email, password: DEMO_PASSWORD });
  const playground = await startPlayground({ serverUrl, port: env.PLAYGROUND_PORT, inheritOutput: true });
  console.log(
    `Agents Playground: ${playground.url} (you are Evan Engineer; try "Outlook keeps asking for a password")`,
  );
  process.once('SIGINT', () => void playground.stop().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
