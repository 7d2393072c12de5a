/**
 * Local Microsoft Graph (SharePoint / OneDrive files) simulator with its Entra ID token endpoint —
 * test and demo infrastructure only; production code must never import it. Start it with
 * `startGraphSimulator()`; point the login authority at `sim.loginUrl` and the Graph base at `sim.graphUrl`.
 */
export { DEFAULT_GRAPH_CREDENTIALS, startGraphSimulator } from './server.ts';
export type {
  FaultMatch,
  GraphCredentials,
  GraphDeltaPage,
  GraphDrive,
  GraphDriveItem,
  GraphErrorBody,
  GraphFault,
  GraphService,
  GraphSimulator,
  GraphSimulatorOptions,
  GraphSimulatorState,
  GraphSite,
  RecordedCall,
  SimClock,
  StoredItem,
  TokenErrorBody,
  TokenResponse,
} from './types.ts';
