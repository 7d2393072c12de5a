export { createGraphConnector, type GraphSettings } from './graph/graph-connector.ts';
export { createHuduConnector, type HuduSettings } from './hudu/hudu-connector.ts';
export { createItGlueConnector, ITGLUE_BASE_URLS, type ItGlueSettings } from './itglue/itglue-connector.ts';
export {
  CreateConnectorInput,
  createConnector,
  deleteConnector,
  getConnector,
  type KbConnectorDeps,
  type KbConnectorView,
  listConnectors,
  type SyncStats,
  testConnector,
  UpdateConnectorInput,
  updateConnector,
} from './manage.ts';
export { buildConnector, GraphSettingsInput, HuduSettingsInput, ItGlueSettingsInput } from './settings.ts';
export * from './types.ts';
