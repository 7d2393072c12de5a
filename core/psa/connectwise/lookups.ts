/**
 * Name → record lookups the write operations need. People and config speak in names ("Service
 * Desk", "jsmith", "Resolved"); ConnectWise updates are safest with ids, and a lookup that fails
 * tells the person exactly which name is wrong instead of surfacing a generic 400.
 */
import { PsaError } from '../provider.ts';
import { where } from './conditions.ts';
import type { CwHttp } from './http.ts';
import type { CwMember, CwNamed, CwTicket } from './mapping.ts';
import { sameName } from './mapping.ts';
import type { CwSite } from './site.ts';

/** What every operation needs: the transport, the site and the connection's settings. */
export interface CwContext {
  http: CwHttp;
  site: CwSite;
  companyId: string;
  /** Watched boards (queue polling); empty means every board. */
  boards: string[];
}

export interface CwStatus extends CwNamed {
  defaultFlag?: boolean;
  closedStatus?: boolean;
}

interface CwMemberRecord extends CwMember {
  inactiveFlag?: boolean;
}

/** Ticket ids are positive integers; anything else cannot exist in ConnectWise. */
export function ticketId(externalId: string): number {
  const trimmed = externalId.trim().replace(/^#/, '');
  if (!/^[1-9]\d{0,9}$/.test(trimmed)) {
    throw new PsaError('not_found', `Ticket #${externalId} was not found in ConnectWise.`);
  }
  return Number(trimmed);
}

export function readTicket(ctx: CwContext, id: number): Promise<CwTicket> {
  return ctx.http.request<CwTicket>({
    method: 'GET',
    path: `/service/tickets/${id}`,
    purpose: { what: `reading ticket #${id}`, notFound: `Ticket #${id} was not found in ConnectWise.` },
  });
}

/** Sends a JSON-Patch array (ConnectWise updates are RFC 6902 operations, swagger `PatchOperation`). */
export function patchTicket(ctx: CwContext, id: number, ops: unknown[], what: string): Promise<CwTicket> {
  return ctx.http.request<CwTicket>({
    method: 'PATCH',
    path: `/service/tickets/${id}`,
    body: ops,
    purpose: { what, notFound: `Ticket #${id} was not found in ConnectWise.` },
  });
}

export async function findBoard(ctx: CwContext, name: string): Promise<CwNamed> {
  const boards = await ctx.http.list<CwNamed>(
    '/service/boards',
    { conditions: where.eq('name', name.trim()).text },
    { what: 'looking up service boards' },
  );
  const board = boards.find((b) => sameName(b.name, name));
  if (!board) throw new PsaError('not_found', `There is no ConnectWise service board named "${name}".`);
  return board;
}

/** Active statuses of a board, in the board's own order. */
export function boardStatuses(ctx: CwContext, board: CwNamed): Promise<CwStatus[]> {
  return ctx.http.list<CwStatus>(
    `/service/boards/${board.id}/statuses`,
    { conditions: where.eq('inactive', false).text, orderBy: 'sortOrder asc' },
    {
      what: `reading the statuses of board "${board.name}"`,
      notFound: `There is no ConnectWise service board "${board.name}" any more.`,
    },
  );
}

export async function findMember(ctx: CwContext, identifier: string): Promise<CwMember> {
  const members = await ctx.http.list<CwMemberRecord>(
    '/system/members',
    { conditions: where.eq('identifier', identifier.trim()).text },
    { what: 'looking up members' },
  );
  const member = members.find((m) => sameName(m.identifier, identifier));
  if (!member) throw new PsaError('not_found', `There is no ConnectWise member "${identifier}".`);
  if (member.inactiveFlag) {
    throw new PsaError('invalid_request', `The ConnectWise member "${member.identifier}" is inactive.`);
  }
  return member;
}

/** `{id}` for a numeric company id, `{identifier}` otherwise (ConnectWise accepts either reference). */
export function companyRef(companyId: string): { id: number } | { identifier: string } {
  const trimmed = companyId.trim();
  return /^\d+$/.test(trimmed) ? { id: Number(trimmed) } : { identifier: trimmed };
}
