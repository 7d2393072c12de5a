/** Test support for this folder's suites (not exported from index.ts): the provider pointed at the simulator. */
import { Writable } from 'node:stream';
import type { ConnectWiseSimulator } from '../../../sim/connectwise/index.ts';
import { createLogger, type Logger } from '../../shared/logger.ts';
import { type ConnectWiseProviderOptions, createConnectWiseProvider } from './connectwise-provider.ts';

export const CLIENT_ID = '3f2b8c1d-6a4e-4f7b-9c0d-1e2f3a4b5c6d';

export function simOptions(
  sim: ConnectWiseSimulator,
  overrides: Partial<ConnectWiseProviderOptions> = {},
): ConnectWiseProviderOptions {
  return {
    siteUrl: sim.url,
    companyId: sim.credentials.companyId,
    publicKey: sim.credentials.publicKey,
    privateKey: sim.credentials.privateKey,
    clientId: CLIENT_ID,
    boards: ['Service Desk'],
    timeoutMs: 5_000,
    ...overrides,
  };
}

export function simProvider(sim: ConnectWiseSimulator, overrides: Partial<ConnectWiseProviderOptions> = {}) {
  return createConnectWiseProvider(simOptions(sim, overrides));
}

/** A real pino logger (createLogger, redaction included) whose raw output the test can search. */
export function capturedLogger(): { logger: Logger; raw: string[] } {
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      raw.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger({ level: 'debug', name: 'connectwise-test' }, stream), raw };
}

/** `method path` of every call the simulator received, in order. */
export function callLog(sim: ConnectWiseSimulator): string[] {
  return sim.calls.map((c) => `${c.method} ${c.path}`);
}

/** Rejection of `promise`, for assertions on PsaError fields. */
export async function failure(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected a rejection');
}
