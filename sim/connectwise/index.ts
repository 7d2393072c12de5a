/**
 * Local ConnectWise Manage (PSA) REST API simulator — test and benchmark infrastructure only;
 * production code must never import it. Start it with `startConnectWiseSimulator()` and point a
 * client at `sim.url` with `Authorization: sim.authorization` and a `clientId` header.
 */
export { ConditionsError, parseConditions } from './conditions.ts';
export { basicAuthorization } from './http.ts';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './query.ts';
export { DEFAULT_CW_CREDENTIALS, startConnectWiseSimulator } from './server.ts';
export type {
  CompanySeed,
  ConnectWiseSimulator,
  ConnectWiseSimulatorOptions,
  CwBoard,
  CwCompany,
  CwCredentials,
  CwFault,
  CwInfo,
  CwMember,
  CwNote,
  CwReference,
  CwState,
  CwStatus,
  CwTicket,
  CwTimeEntry,
  FaultMatch,
  MemberSeed,
  RecordedCall,
  StatusSeed,
  TicketSeed,
} from './types.ts';
