// Child process for server/telemetry.test.ts: loads the whole server's module graph, asks for
// tracing with the given configuration, and prints which @opentelemetry packages were resolved.
import { registerHooks } from 'node:module';

const seen = new Set();
registerHooks({
  resolve(specifier, context, next) {
    const resolved = next(specifier, context);
    const match = /node_modules\/(@opentelemetry\/[^/]+)/.exec(resolved.url);
    if (match) seen.add(match[1]);
    return resolved;
  },
});
const { register } = await import('tsx/esm/api');
register();
await import('../server/boot.ts');
const { loadEnv } = await import('../server/env.ts');
const { startTracing } = await import('../server/telemetry.ts');
const { silentLogger } = await import('../core/shared/logger.ts');
const tracing = await startTracing(loadEnv(JSON.parse(process.argv[2] ?? '{}')), silentLogger, 'server');
await tracing?.shutdown();
process.stdout.write(JSON.stringify([...seen].sort()));
