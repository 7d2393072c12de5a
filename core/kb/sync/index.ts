export { dueConnectors } from './due-connectors.ts';
export { requestSync } from './request-sync.ts';
export { type RunSyncDeps, runConnectorSync, STALE_RUN_MS, type SyncReport } from './run-sync.ts';
