/**
 * Local IT Glue REST API simulator — test and demo infrastructure only; production code must never
 * import it. Start it with `startItGlueSimulator()` and point a client at `sim.url` with `sim.headers`.
 */

export { SimClock } from '../shared/kit.ts';
export {
  COLLECTIONS,
  DEFAULT_ITGLUE_API_KEY,
  DEFAULT_PAGE_SIZE,
  ITGLUE_BASE_URLS,
  ITGLUE_RATE_LIMIT,
  MAX_PAGE_SIZE,
  startItGlueSimulator,
} from './server.ts';
export { kebab } from './store.ts';
export type {
  DocumentFolderSeed,
  DocumentSeed,
  FaultMatch,
  FlexibleAssetSeed,
  FlexibleAssetTypeSeed,
  ItGlueFault,
  ItGlueSimulator,
  ItGlueSimulatorOptions,
  ItGlueState,
  ItgDocument,
  ItgDocumentFolder,
  ItgDocumentSection,
  ItgFlexibleAsset,
  ItgFlexibleAssetType,
  ItgOrganization,
  JsonApiResource,
  OrganizationSeed,
  RecordedCall,
} from './types.ts';
