/**
 * Local Hudu REST API simulator — test and demo infrastructure only; production code must never
 * import it. Start it with `startHuduSimulator()` and call `${sim.url}/api/v1/…` with `sim.headers`.
 */
export { SimClock } from '../shared/kit.ts';
export { DEFAULT_HUDU_API_KEY, DEFAULT_PAGE_SIZE, HUDU_RATE_LIMIT, startHuduSimulator } from './server.ts';
export type {
  ArticleSeed,
  CompanySeed,
  FaultMatch,
  FolderSeed,
  HuduArticle,
  HuduCompany,
  HuduFault,
  HuduFolder,
  HuduSimulator,
  HuduSimulatorOptions,
  HuduState,
  RecordedCall,
} from './types.ts';
