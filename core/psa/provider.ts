/**
 * The contract every PSA (ConnectWise Manage, the built-in local PSA, later Autotask/Halo) meets.
 * Core talks only to this; each provider lives in its own folder and owns its wire format.
 */

export type PsaNoteKind = 'resolution' | 'internal_analysis' | 'discussion';

export interface PsaRef {
  id: string;
  name: string;
}

export interface PsaTicket {
  externalId: string;
  summary: string;
  status: PsaRef | null;
  board: PsaRef | null;
  company: { id: string; name: string; identifier?: string } | null;
  owner: { id: string; identifier: string } | null;
  /** Closed in the PSA (ConnectWise `closedFlag`; a closed status locally): it leaves the L1 queue. */
  closed: boolean;
  /** ISO time of the last change on the PSA side; the queue-polling cursor. */
  updatedAt: string;
  /** ISO time the ticket was opened in the PSA (ConnectWise `dateEntered`); absent when not given. */
  enteredAt?: string;
  url: string | null;
}

export interface PsaNote {
  id: string;
  kind: PsaNoteKind;
  text: string;
  createdAt: string;
}

/** A client company as the PSA knows it; `id` is what `createTicket({ companyId })` takes. */
export interface PsaCompany {
  id: string;
  name: string;
}

export interface PsaMember {
  id: string;
  identifier: string;
  name: string;
  email: string | null;
}

export interface TicketPage {
  tickets: PsaTicket[];
  /** Pass back to continue; null when there is nothing more. */
  nextCursor: string | null;
}

/**
 * Failures a caller must tell apart. `status_not_applied` is ConnectWise's quirk of answering 200
 * to a status change it did not make; `retryable` failures go back to the outbox for another try.
 */
export type PsaErrorKind =
  | 'bad_credentials'
  | 'forbidden'
  | 'not_found'
  | 'invalid_request'
  | 'status_not_applied'
  | 'rate_limited'
  | 'unavailable'
  | 'timeout';

export class PsaError extends Error {
  readonly kind: PsaErrorKind;
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;

  constructor(kind: PsaErrorKind, message: string, options: { retryAfterMs?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'PsaError';
    this.kind = kind;
    this.retryable = kind === 'rate_limited' || kind === 'unavailable' || kind === 'timeout';
    this.retryAfterMs = options.retryAfterMs;
  }
}

export interface PsaProvider {
  readonly name: 'connectwise' | 'local';
  /** A cheap authenticated call; throws PsaError with a reason a person can act on. */
  testConnection(): Promise<{ ok: true; detail: string }>;
  getTicket(externalId: string): Promise<PsaTicket>;
  searchTickets(query: {
    text?: string;
    companyId?: string;
    openOnly?: boolean;
    limit?: number;
  }): Promise<PsaTicket[]>;
  createTicket(input: {
    summary: string;
    description?: string;
    board?: string;
    companyId?: string;
  }): Promise<PsaTicket>;
  addNote(externalId: string, note: { kind: PsaNoteKind; text: string }): Promise<PsaNote>;
  listNotes(externalId: string): Promise<PsaNote[]>;
  /** Changes the status and re-reads the ticket: throws `status_not_applied` if the PSA ignored it. */
  changeStatus(externalId: string, status: string): Promise<PsaTicket>;
  reassign(externalId: string, target: { memberIdentifier?: string; board?: string }): Promise<PsaTicket>;
  listBoards(): Promise<PsaRef[]>;
  listStatuses(board: string): Promise<PsaRef[]>;
  listMembers(): Promise<PsaMember[]>;
  /** Client companies, for the walk-in form's client picker. */
  listCompanies(query?: { text?: string; limit?: number }): Promise<PsaCompany[]>;
  createTimeEntry(
    externalId: string,
    entry: { memberIdentifier: string; minutes: number; notes: string },
  ): Promise<{ id: string }>;
  /** Tickets on the watched boards changed since `cursor` (ISO time), page by page. */
  listTicketsChangedSince(since: string, page?: string | null): Promise<TicketPage>;
}
