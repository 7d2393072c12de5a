/**
 * ConnectWise wire shapes (the parts we read) and their mapping onto the PSA contract. Shapes follow
 * the official Service API swagger (`test/contracts/connectwise/service-api-2015.swagger.json`:
 * `Ticket`, `ServiceNote`, `Board`, `Status`) plus `owner` and `_info`, which today's API adds.
 * ConnectWise omits absent fields rather than sending null, so every field here is optional-safe.
 */
import type { PsaMember, PsaNote, PsaNoteKind, PsaRef, PsaTicket } from '../provider.ts';
import { type CwSite, ticketUrl } from './site.ts';

export interface CwRef {
  id: number;
  name?: string;
  identifier?: string;
}

export interface CwTicket {
  id: number;
  summary?: string;
  board?: CwRef;
  status?: CwRef;
  company?: CwRef;
  owner?: CwRef;
  closedFlag?: boolean;
  dateEntered?: string;
  _info?: Record<string, string | undefined>;
}

export interface CwNote {
  id: number;
  text?: string;
  detailDescriptionFlag?: boolean;
  internalAnalysisFlag?: boolean;
  resolutionFlag?: boolean;
  dateCreated?: string;
}

export interface CwNamed {
  id: number;
  name: string;
}

export interface CwMember {
  id: number;
  identifier: string;
  firstName?: string;
  lastName?: string;
  primaryEmail?: string;
}

/**
 * Note flags per kind. ConnectWise files a note under "Discussion" (`detailDescriptionFlag`),
 * "Internal" (`internalAnalysisFlag`) or "Resolution" (`resolutionFlag`) — swagger `ServiceNote`.
 * All three are sent explicitly so a site's defaults never add a resolution note to the discussion.
 */
export const NOTE_FLAGS = {
  resolution: { detailDescriptionFlag: false, internalAnalysisFlag: false, resolutionFlag: true },
  internal_analysis: { detailDescriptionFlag: false, internalAnalysisFlag: true, resolutionFlag: false },
  discussion: { detailDescriptionFlag: true, internalAnalysisFlag: false, resolutionFlag: false },
} as const satisfies Record<
  PsaNoteKind,
  { detailDescriptionFlag: boolean; internalAnalysisFlag: boolean; resolutionFlag: boolean }
>;

/** Flags → kind; a note with several flags counts as the most significant one (resolution first). */
export function noteKind(note: CwNote): PsaNoteKind {
  if (note.resolutionFlag) return 'resolution';
  if (note.internalAnalysisFlag) return 'internal_analysis';
  return 'discussion';
}

/** ConnectWise stamps `YYYY-MM-DDTHH:MM:SSZ`; we hand out full ISO strings (or '' when absent). */
export function isoTime(value: string | undefined): string {
  if (!value) return '';
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? '' : new Date(ms).toISOString();
}

function ref(value: CwRef | undefined): PsaRef | null {
  return value ? { id: String(value.id), name: value.name ?? value.identifier ?? String(value.id) } : null;
}

/** The contract's ticket, with a link that opens it in the ConnectWise web UI. */
export function toPsaTicket(ticket: CwTicket, site: CwSite, companyId: string): PsaTicket {
  const info = ticket._info ?? {};
  const entered = isoTime(ticket.dateEntered ?? info.dateEntered);
  return {
    externalId: String(ticket.id),
    summary: ticket.summary ?? '',
    status: ref(ticket.status),
    board: ref(ticket.board),
    company: ticket.company
      ? {
          id: String(ticket.company.id),
          name: ticket.company.name ?? ticket.company.identifier ?? String(ticket.company.id),
          ...(ticket.company.identifier ? { identifier: ticket.company.identifier } : {}),
        }
      : null,
    owner: ticket.owner
      ? { id: String(ticket.owner.id), identifier: ticket.owner.identifier ?? String(ticket.owner.id) }
      : null,
    closed: ticket.closedFlag === true,
    updatedAt: isoTime(info.lastUpdated ?? info.dateEntered ?? ticket.dateEntered),
    // Today's API puts it in `_info`; the 2015 contract has it on the ticket itself.
    ...(entered ? { enteredAt: entered } : {}),
    url: ticketUrl(site, companyId, ticket.id),
  };
}

/** The contract's note; the kind comes from the flags (see {@link noteKind}). */
export function toPsaNote(note: CwNote): PsaNote {
  return {
    id: String(note.id),
    kind: noteKind(note),
    text: note.text ?? '',
    createdAt: isoTime(note.dateCreated),
  };
}

/** The contract's member; `email` is the primary email, which is what chat identities are matched on. */
export function toPsaMember(member: CwMember): PsaMember {
  const name = [member.firstName, member.lastName].filter(Boolean).join(' ');
  return {
    id: String(member.id),
    identifier: member.identifier,
    name: name || member.identifier,
    email: member.primaryEmail?.trim() ? member.primaryEmail.trim() : null,
  };
}

/** Same name, ignoring case and surrounding space (ConnectWise matches names case-insensitively). */
export function sameName(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();
}
