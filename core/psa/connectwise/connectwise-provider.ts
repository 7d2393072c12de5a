import type { Logger } from '../../shared/logger.ts';
import type { ConnectWiseConfig } from '../connection.ts';
import { PsaError, type PsaProvider, type PsaTicket } from '../provider.ts';
import { where } from './conditions.ts';
import { createCwHttp, MAX_PAGE_SIZE } from './http.ts';
import { boardStatuses, type CwContext, companyRef, findBoard, findMember, ticketId } from './lookups.ts';
import {
  type CwMember,
  type CwNamed,
  type CwNote,
  type CwTicket,
  NOTE_FLAGS,
  sameName,
  toPsaMember,
  toPsaNote,
  toPsaTicket,
} from './mapping.ts';
import { resolveSite } from './site.ts';
import { changeStatus, reassign } from './ticket-updates.ts';

/** API version pinned in the `Accept` header; ConnectWise serves that version's shapes regardless of the site's. */
export const DEFAULT_API_VERSION = '2022.1';
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_RETRIES = 2;
/** `summary` is limited to 100 characters (swagger `Ticket.summary`, maxLength 100). */
const SUMMARY_MAX = 100;

export type ConnectWiseProviderOptions = ConnectWiseConfig & {
  /** Injected transport (tests, proxies); default the global `fetch`. */
  fetch?: typeof fetch;
  /** Per-request timeout; default 15 s. */
  timeoutMs?: number;
  /** Retries of a request that is safe to repeat (429/5xx/network); default 2. */
  maxRetries?: number;
  /** `version=` of the `Accept` header; default 2022.1. */
  apiVersion?: string;
  logger?: Logger;
};

/** ConnectWise datetimes: UTC, whole seconds (`2026-03-02T08:00:00Z`). */
function cwTime(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

/**
 * The ConnectWise Manage (PSA) implementation of {@link PsaProvider}. Everything ConnectWise-
 * specific — auth headers, the conditions language, JSON Patch, note flags, `Link` pagination and
 * the "200 but not applied" status quirk — stays behind this interface, so core flows work the
 * same against ConnectWise and the built-in PSA. Writes are not retried on 5xx here (see http.ts):
 * the outbox owns retries of non-idempotent writes, with its duplicate check.
 */
export function createConnectWiseProvider(options: ConnectWiseProviderOptions): PsaProvider {
  const site = resolveSite(options.siteUrl);
  const http = createCwHttp({
    site,
    companyId: options.companyId,
    publicKey: options.publicKey,
    privateKey: options.privateKey,
    clientId: options.clientId,
    // Versioned media type (ConnectWise developer guide "Versioning").
    accept: `application/vnd.connectwise.com+json; version=${options.apiVersion ?? DEFAULT_API_VERSION}`,
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetries: Math.max(0, options.maxRetries ?? DEFAULT_MAX_RETRIES),
    logger: options.logger,
  });
  const ctx: CwContext = { http, site, companyId: options.companyId, boards: options.boards };
  const ticket = (t: CwTicket): PsaTicket => toPsaTicket(t, site, options.companyId);

  const listBoards = () =>
    http.list<CwNamed>(
      '/service/boards',
      { conditions: where.eq('inactiveFlag', false).text, orderBy: 'name asc' },
      { what: 'listing service boards' },
    );

  return {
    name: 'connectwise',

    async testConnection() {
      const info = await http.request<{ version?: string }>({
        method: 'GET',
        path: '/system/info',
        purpose: {
          what: 'reading system info',
          notFound: `${site.origin} answered, but there is no ConnectWise API at ${site.apiBase}: check the site URL.`,
        },
      });
      const boards = await listBoards();
      const missing = options.boards.filter((name) => !boards.some((b) => sameName(b.name, name)));
      if (missing.length > 0) {
        const names = missing.map((m) => `"${m}"`).join(', ');
        throw new PsaError(
          'invalid_request',
          `Connected to ConnectWise, but the API member sees no active board named ${names}. Check the spelling and the member's board access.`,
        );
      }
      const version = info.version ? ` ${info.version}` : '';
      return {
        ok: true,
        detail: `Connected to ${site.host} (ConnectWise${version}) as company "${options.companyId}"; ${boards.length} service boards visible.`,
      };
    },

    async getTicket(externalId) {
      const id = ticketId(externalId);
      return ticket(
        await http.request<CwTicket>({
          method: 'GET',
          path: `/service/tickets/${id}`,
          purpose: { what: `reading ticket #${id}`, notFound: `Ticket #${id} was not found in ConnectWise.` },
        }),
      );
    },

    async searchTickets(query) {
      const company = query.companyId?.trim() ? companyRef(query.companyId) : undefined;
      const conditions = where.and(
        query.text?.trim() ? where.contains('summary', query.text.trim()) : undefined,
        company && 'id' in company ? where.eq('company/id', company.id) : undefined,
        company && 'identifier' in company ? where.eq('company/identifier', company.identifier) : undefined,
        query.openOnly ? where.eq('closedFlag', false) : undefined,
      );
      const pageSize = Math.min(Math.max(1, Math.floor(query.limit ?? 25)), MAX_PAGE_SIZE);
      const page = await http.page<CwTicket>(
        '/service/tickets',
        { conditions: conditions?.text, orderBy: '_info/lastUpdated desc', pageSize },
        { what: 'searching tickets' },
      );
      return page.items.map(ticket);
    },

    async createTicket(input) {
      if (!input.summary.trim()) throw new PsaError('invalid_request', 'A ticket needs a summary.');
      if (!input.companyId?.trim()) {
        throw new PsaError('invalid_request', 'ConnectWise needs a company for a new ticket.');
      }
      const summary = input.summary.trim();
      const long = summary.length > SUMMARY_MAX;
      // Keep every word a person wrote: a cut summary is repeated in full in the description.
      const description = [long ? summary : undefined, input.description?.trim() || undefined]
        .filter(Boolean)
        .join('\n\n');
      const boardName = input.board?.trim() || options.boards[0];
      const board = boardName ? await findBoard(ctx, boardName) : undefined;
      const created = await http.request<CwTicket>({
        method: 'POST',
        path: '/service/tickets',
        body: {
          summary: long ? `${summary.slice(0, SUMMARY_MAX - 1)}…` : summary,
          company: companyRef(input.companyId),
          ...(board ? { board: { id: board.id } } : {}),
          ...(description ? { initialDescription: description } : {}),
        },
        purpose: { what: 'creating a ticket' },
      });
      return ticket(created);
    },

    async addNote(externalId, note) {
      const id = ticketId(externalId);
      if (!note.text.trim()) throw new PsaError('invalid_request', 'A note needs some text.');
      const created = await http.request<CwNote>({
        method: 'POST',
        path: `/service/tickets/${id}/notes`,
        body: { text: note.text, ...NOTE_FLAGS[note.kind] },
        purpose: {
          what: `adding a note to ticket #${id}`,
          notFound: `Ticket #${id} was not found in ConnectWise.`,
        },
      });
      return toPsaNote(created);
    },

    async listNotes(externalId) {
      const id = ticketId(externalId);
      const notes = await http.list<CwNote>(
        `/service/tickets/${id}/notes`,
        { orderBy: 'id asc' },
        {
          what: `reading the notes of ticket #${id}`,
          notFound: `Ticket #${id} was not found in ConnectWise.`,
        },
      );
      return notes.map(toPsaNote);
    },

    changeStatus: (externalId, status) => changeStatus(ctx, externalId, status),
    reassign: (externalId, target) => reassign(ctx, externalId, target),

    async listBoards() {
      return (await listBoards()).map((b) => ({ id: String(b.id), name: b.name }));
    },

    async listStatuses(boardName) {
      const board = await findBoard(ctx, boardName);
      return (await boardStatuses(ctx, board)).map((s) => ({ id: String(s.id), name: s.name }));
    },

    async listMembers() {
      const members = await http.list<CwMember>(
        '/system/members',
        { conditions: where.eq('inactiveFlag', false).text, orderBy: 'identifier asc' },
        { what: 'listing members' },
      );
      return members.map(toPsaMember);
    },

    async listCompanies(query = {}) {
      const conditions = where.and(
        where.eq('deletedFlag', false),
        query.text?.trim() ? where.contains('name', query.text.trim()) : undefined,
      );
      const pageSize = Math.min(Math.max(1, Math.floor(query.limit ?? 200)), MAX_PAGE_SIZE);
      const page = await http.page<{ id: number; identifier?: string; name?: string }>(
        '/company/companies',
        { conditions: conditions?.text, orderBy: 'name asc', pageSize },
        { what: 'listing companies' },
      );
      return page.items.map((c) => ({ id: String(c.id), name: c.name ?? c.identifier ?? String(c.id) }));
    },

    async createTimeEntry(externalId, entry) {
      const id = ticketId(externalId);
      if (!Number.isFinite(entry.minutes) || entry.minutes <= 0 || entry.minutes > 24 * 60) {
        throw new PsaError('invalid_request', 'Time must be between 1 minute and 24 hours.');
      }
      const member = await findMember(ctx, entry.memberIdentifier);
      // The work just finished: it ends now and started `minutes` ago. ConnectWise derives
      // actualHours from timeStart/timeEnd (swagger `TimeEntry`; timeStart is required).
      const end = Math.floor(Date.now() / 1000) * 1000;
      const created = await http.request<{ id: number }>({
        method: 'POST',
        path: '/time/entries',
        body: {
          chargeToId: id,
          chargeToType: 'ServiceTicket',
          member: { id: member.id },
          timeStart: cwTime(end - Math.round(entry.minutes * 60) * 1000),
          timeEnd: cwTime(end),
          notes: entry.notes,
        },
        purpose: {
          what: `logging time on ticket #${id}`,
          notFound: `Ticket #${id} was not found in ConnectWise.`,
        },
      });
      return { id: String(created.id) };
    },

    /*
     * `_info/lastUpdated > [since]` on the watched boards, oldest first; the cursor is the page number
     * from the `rel="next"` link. Two limits of ConnectWise's API to keep in mind: timestamps are whole
     * seconds (a change in the same second as `since` is excluded by `>`), and page numbers are
     * offsets: a ticket updated mid-pass moves to the end and can push a neighbour back onto a page
     * already read. Callers that must see every change should overlap `since` by a second or two.
     */
    async listTicketsChangedSince(since, cursor) {
      const sinceMs = Date.parse(since);
      if (Number.isNaN(sinceMs)) throw new PsaError('invalid_request', `"${since}" is not an ISO time.`);
      const page = cursor ?? '1';
      if (!/^[1-9]\d{0,6}$/.test(page))
        throw new PsaError('invalid_request', `"${page}" is not a page cursor.`);
      const conditions = where.and(
        where.gt('_info/lastUpdated', new Date(sinceMs)),
        options.boards.length > 0 ? where.in('board/name', options.boards) : undefined,
      );
      // Oldest change first; `id` breaks ties so page boundaries are stable between requests.
      const result = await http.page<CwTicket>(
        '/service/tickets',
        {
          conditions: conditions?.text,
          orderBy: '_info/lastUpdated asc, id asc',
          pageSize: MAX_PAGE_SIZE,
          page,
        },
        { what: 'polling changed tickets' },
      );
      const nextPage = result.next?.get('page') ?? (result.next ? String(Number(page) + 1) : null);
      return { tickets: result.items.map(ticket), nextCursor: result.items.length > 0 ? nextPage : null };
    },
  };
}
