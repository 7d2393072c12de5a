/**
 * Wire and handle types of the ConnectWise Manage (PSA) REST API simulator. Object shapes follow the
 * official Service API swagger (`test/contracts/connectwise/service-api-2015.swagger.json`:
 * `Ticket`, `ServiceNote`, `Board`, `Status`, `Error`) plus the fields today's API adds (`owner`,
 * `board` on statuses, `_info` hrefs), as seen in captured responses of public client libraries.
 */

/** `_info` block: timestamps as `YYYY-MM-DDTHH:MM:SSZ` (whole seconds, as ConnectWise sends them) and hrefs. */
export type CwInfo = Record<string, string>;

/** A reference to another record (`BoardReference`, `ServiceStatusReference`, `MemberReference` …). */
export interface CwReference {
  id: number;
  name?: string;
  identifier?: string;
  _info?: CwInfo;
}

/** `Ticket` (service ticket). Absent values are omitted, never `null` (the swagger types are not nullable). */
export interface CwTicket {
  id: number;
  summary: string;
  recordType: 'ServiceTicket';
  board: CwReference;
  status: CwReference;
  company: CwReference;
  owner?: CwReference;
  priority?: CwReference;
  contactEmailAddress?: string;
  initialDescription?: string;
  severity?: 'Low' | 'Medium' | 'High';
  impact?: 'Low' | 'Medium' | 'High';
  closedFlag: boolean;
  closedDate?: string;
  closedBy?: string;
  dateEntered: string;
  enteredBy: string;
  customerUpdatedFlag: boolean;
  _info: CwInfo;
  [extra: string]: unknown;
}

/** `ServiceNote`. `internalFlag`/`externalFlag` are derived, read-only. */
export interface CwNote {
  id: number;
  ticketId: number;
  text: string;
  detailDescriptionFlag: boolean;
  internalAnalysisFlag: boolean;
  resolutionFlag: boolean;
  member?: CwReference;
  dateCreated: string;
  createdBy: string;
  internalFlag: boolean;
  externalFlag: boolean;
  _info: CwInfo;
}

/** `Board` (service board). */
export interface CwBoard {
  id: number;
  name: string;
  locationId: number;
  businessUnitId: number;
  inactiveFlag: boolean;
  projectFlag: boolean;
  _info: CwInfo;
}

/** `Status` of a board (`GET /service/boards/{id}/statuses`). */
export interface CwStatus {
  id: number;
  name: string;
  boardId: number;
  board: CwReference;
  sortOrder: number;
  displayOnBoard: boolean;
  inactive: boolean;
  closedStatus: boolean;
  timeEntryNotAllowed: boolean;
  defaultFlag: boolean;
  escalationStatus: 'NotResponded' | 'Responded' | 'ResolutionPlan' | 'Resolved' | 'NoEscalation';
  _info: CwInfo;
}

/** `Member` (`GET /system/members`), reduced to what integrations read. */
export interface CwMember {
  id: number;
  identifier: string;
  firstName: string;
  lastName: string;
  primaryEmail: string;
  officeEmail: string;
  inactiveFlag: boolean;
  _info: CwInfo;
}

/** `Company` (`GET /company/companies/{id}`), reduced. */
export interface CwCompany {
  id: number;
  identifier: string;
  name: string;
  status: CwReference;
  deletedFlag: boolean;
  _info: CwInfo;
}

/** `TimeEntry` (`POST /time/entries`), reduced. */
export interface CwTimeEntry {
  id: number;
  company?: CwReference;
  chargeToId: number;
  chargeToType: 'ServiceTicket' | 'ProjectTicket' | 'ChargeCode' | 'Activity';
  member: CwReference;
  timeStart: string;
  timeEnd?: string;
  actualHours: number;
  billableOption: 'Billable' | 'DoNotBill' | 'NoCharge' | 'NoDefault';
  notes?: string;
  addToDetailDescriptionFlag: boolean;
  addToInternalAnalysisFlag: boolean;
  addToResolutionFlag: boolean;
  _info: CwInfo;
}

/** What the simulator stores; arrays in id order, mutated in place (tests may read them directly). */
export interface CwState {
  tickets: CwTicket[];
  notes: CwNote[];
  boards: CwBoard[];
  statuses: CwStatus[];
  members: CwMember[];
  timeEntries: CwTimeEntry[];
  companies: CwCompany[];
}

/** API member keys: `Authorization: Basic base64("{companyId}+{publicKey}:{privateKey}")`. */
export interface CwCredentials {
  companyId: string;
  publicKey: string;
  privateKey: string;
}

/** A status given to `addBoard`: a bare name, or a name with flags (default: first status is the default). */
export type StatusSeed = string | { name: string; closedStatus?: boolean; defaultFlag?: boolean };

export interface MemberSeed {
  identifier: string;
  email: string;
  firstName: string;
  lastName: string;
  inactive?: boolean;
}

export interface CompanySeed {
  identifier: string;
  name?: string;
}

/**
 * A ticket to seed. `board`/`status`/`company`/`owner` take a name, identifier or id; omitted board,
 * status and company fall back to the first board, its default status and the first company.
 */
export interface TicketSeed {
  summary: string;
  board?: string | number;
  status?: string | number;
  company?: string | number;
  owner?: string | number;
  contactEmailAddress?: string;
  initialDescription?: string;
  /** Overrides `dateEntered`/`_info.lastUpdated` (ms since epoch); defaults to the simulator clock. */
  at?: number;
}

/** Which requests a fault applies to. `path` is relative to the API base (e.g. `/service/tickets/7`). */
export interface FaultMatch {
  method?: string;
  /** Exact path (no query string) or a pattern tested against it. Omitted: any path. */
  path?: string | RegExp;
}

/**
 * - `{status}`: answer with that status and ConnectWise's error body; `retryAfter` (seconds) sets `Retry-After`.
 * - `{timeoutMs}`: hold the response that long, then answer normally (to trip client timeouts).
 * - `'status_not_applied'`: a ticket PATCH is answered 200 with the patched ticket, but the stored
 *   ticket keeps its old status (the documented "accepted but not applied" quirk; re-read after patching).
 */
export type CwFault =
  | { status: 500 | 503 | 429; retryAfter?: number }
  | { timeoutMs: number }
  | 'status_not_applied';

/** One received request (including rejected ones), recorded before it is answered. */
export interface RecordedCall {
  method: string;
  /** Path relative to the API base (`/service/tickets`), or the raw path when outside it. */
  path: string;
  query: Record<string, string>;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** Parsed JSON body; the raw string when it is not JSON; `undefined` when empty. */
  body: unknown;
  /** Response status; 0 until answered (or when the client went away first). */
  status: number;
  receivedAt: number;
}

export interface ConnectWiseSimulatorOptions {
  /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** The first ticket's id (default 1); real sites number in the tens of thousands, as "#48213" in chat. */
  firstTicketId?: number;
  /** Accepted API member keys. Default {@link DEFAULT_CW_CREDENTIALS}. */
  credentials?: CwCredentials;
  /** Codebase segment of the base path. Default `v4_6_release`. */
  codebase?: string;
  /** Identifier of the API member (shown as `enteredBy`/`updatedBy`/`createdBy`). Default `ResolutionFlowAPI`. */
  apiMemberIdentifier?: string;
  /** Seed a "Service Desk" board with statuses, a company and a member. Default true. */
  seed?: boolean;
  /** Clock (ms since epoch); inject one to drive `lastUpdated` deterministically. */
  now?: () => number;
}

/** Handle returned by `startConnectWiseSimulator`. */
export interface ConnectWiseSimulator {
  /** API base URL, e.g. `http://127.0.0.1:PORT/v4_6_release/apis/3.0` (no trailing slash). */
  readonly url: string;
  readonly credentials: CwCredentials;
  /** Ready-made `Authorization` header value for `credentials`. */
  readonly authorization: string;
  /** Every request in arrival order; cleared in place by `reset()`. */
  readonly calls: RecordedCall[];
  readonly state: CwState;
  addBoard(name: string, statuses: StatusSeed[]): { board: CwBoard; statuses: CwStatus[] };
  addMember(member: MemberSeed): CwMember;
  addCompany(company: CompanySeed): CwCompany;
  addTicket(ticket: TicketSeed): CwTicket;
  /** Seeds `count` tickets (`Bulk ticket N`) on the first board, for pagination tests. */
  bulkTickets(count: number, template?: Partial<TicketSeed>): CwTicket[];
  /** Queues `fault` for the next `times` (default 1) requests matching `match`. */
  failNext(match: FaultMatch, fault: CwFault, times?: number): void;
  /** Faults still queued. */
  readonly pendingFaults: number;
  /** Clears calls, faults and all records (ids restart), then re-applies the default seed if enabled. */
  reset(): void;
  close(): Promise<void>;
}
