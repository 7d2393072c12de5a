import type { ConnectWiseSimulator } from '../sim/connectwise/index.ts';

/** Any GUID: ConnectWise wants a clientId header from every integration. */
export const TEST_CW_CLIENT_ID = '3f2b8c1d-6a4e-4f7b-9c0d-1e2f3a4b5c6d';

/**
 * The PSA settings an owner saves to connect the ConnectWise simulator: its URL and API member keys,
 * the "Service Desk" board, plus whatever the test adds (statuses, more boards).
 */
export function connectWiseSettings(sim: ConnectWiseSimulator, extra: Record<string, unknown> = {}) {
  return {
    provider: 'connectwise' as const,
    siteUrl: sim.url,
    companyId: sim.credentials.companyId,
    publicKey: sim.credentials.publicKey,
    privateKey: sim.credentials.privateKey,
    clientId: TEST_CW_CLIENT_ID,
    boards: ['Service Desk'],
    ...extra,
  };
}
