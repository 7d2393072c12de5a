/**
 * Service module endpoints: tickets (list, count, get, create, JSON-Patch update), ticket notes,
 * boards and board statuses. Responses follow the swagger's `Ticket`, `ServiceNote`, `Board`, `Status`.
 */
import { badRequest, invalidObject, json, notFound, type Reply, validation } from './http.ts';
import { applyTicketPatch, planTicketPatch } from './patch.ts';
import {
  type Ctx,
  countReply,
  isObject,
  listReply,
  type Route,
  recordReply,
  refKeyOf,
  snapshot,
} from './route-kit.ts';
import type { CwNote, CwTicket } from './types.ts';

function ticketOr404(ctx: Ctx, rawId: string): CwTicket | Reply {
  return ctx.store.ticket(Number(rawId)) ?? notFound(`Ticket ${rawId} not found`);
}

function createTicket(ctx: Ctx): Reply {
  const { store, body } = ctx;
  if (!isObject(body)) return validation('ticket', 'InvalidObject', 'ticket', 'A ticket object is required');
  const summary = body.summary;
  if (typeof summary !== 'string' || summary.trim() === '') {
    return validation('ticket', 'Required', 'summary', 'The field summary is required.');
  }
  if (summary.length > 100) {
    return validation(
      'ticket',
      'MaxLengthField',
      'summary',
      'The field summary must be a string with a maximum length of 100.',
    );
  }
  const companyKey = refKeyOf(body.company);
  if (companyKey === undefined)
    return validation('ticket', 'Required', 'company', 'The field company is required.');
  const company = store.company(companyKey);
  if (!company) return validation('ticket', 'NotFound', 'company/id', `Company ${companyKey} not found`);
  const boardKey = refKeyOf(body.board);
  const board = boardKey === undefined ? store.data.boards[0] : store.board(boardKey);
  if (!board)
    return validation('ticket', 'NotFound', 'board/id', `Service Board ${boardKey ?? ''} not found`);
  const statusKey = refKeyOf(body.status);
  const status = statusKey === undefined ? store.defaultStatus(board.id) : store.status(board.id, statusKey);
  if (!status) {
    const message = `Service Status ${statusKey ?? ''} not found for Service Board ${board.id}`;
    return validation('ticket', 'NotFound', 'status/id', message);
  }
  const ownerKey = refKeyOf(body.owner);
  const owner = ownerKey === undefined ? undefined : store.member(ownerKey);
  if (ownerKey !== undefined && !owner)
    return validation('ticket', 'NotFound', 'owner/id', `Member ${ownerKey} not found`);
  const extra: Record<string, unknown> = {};
  for (const key of [
    'contactEmailAddress',
    'initialDescription',
    'initialInternalAnalysis',
    'initialResolution',
  ]) {
    if (typeof body[key] === 'string') extra[key] = body[key];
  }
  for (const key of ['severity', 'impact']) {
    if (body[key] === 'Low' || body[key] === 'Medium' || body[key] === 'High') extra[key] = body[key];
  }
  const ticket = store.createTicket({ summary, board, status, company, owner, extra });
  return json(201, snapshot(ticket));
}

function patchTicket(ctx: Ctx, rawId: string): Reply {
  const ticket = ticketOr404(ctx, rawId);
  if (!('id' in ticket)) return ticket;
  const plan = planTicketPatch(ctx.store, ticket, ctx.body);
  if ('kind' in plan) {
    return plan.kind === 'malformed' ? badRequest(plan.message) : invalidObject('ticket', plan.errors);
  }
  if (plan.status && ctx.takeStatusNotApplied()) {
    // The quirk: the reply shows the new status, the stored ticket keeps the old one.
    const shown = snapshot(ticket);
    applyTicketPatch(ctx.store, shown, plan);
    applyTicketPatch(ctx.store, ticket, plan, true);
    return json(200, shown);
  }
  applyTicketPatch(ctx.store, ticket, plan);
  return json(200, snapshot(ticket));
}

function createNote(ctx: Ctx, ticket: CwTicket): Reply {
  const { store, body } = ctx;
  if (!isObject(body))
    return validation('serviceNote', 'InvalidObject', 'serviceNote', 'A note object is required');
  if (typeof body.text !== 'string' || body.text.trim() === '') {
    return validation('serviceNote', 'Required', 'text', 'The field text is required.');
  }
  const flags = {
    detailDescriptionFlag: body.detailDescriptionFlag === true,
    internalAnalysisFlag: body.internalAnalysisFlag === true,
    resolutionFlag: body.resolutionFlag === true,
  };
  if (!flags.detailDescriptionFlag && !flags.internalAnalysisFlag && !flags.resolutionFlag) {
    const message =
      'At least one of detailDescriptionFlag, internalAnalysisFlag or resolutionFlag must be true.';
    return validation('serviceNote', 'Required', 'detailDescriptionFlag', message);
  }
  const memberKey = refKeyOf(body.member);
  const member = memberKey === undefined ? undefined : store.member(memberKey);
  if (memberKey !== undefined && !member) {
    return validation('serviceNote', 'NotFound', 'member/id', `Member ${memberKey} not found`);
  }
  const now = store.now();
  const note: CwNote = {
    id: store.id('notes'),
    ticketId: ticket.id,
    text: body.text,
    ...flags,
    ...(member ? { member: store.memberRef(member) } : {}),
    dateCreated: now,
    createdBy: store.apiMember,
    internalFlag: flags.internalAnalysisFlag,
    externalFlag: flags.detailDescriptionFlag || flags.resolutionFlag,
    _info: { lastUpdated: now, updatedBy: store.apiMember },
  };
  store.data.notes.push(note);
  store.touch(ticket);
  return json(201, snapshot(note));
}

function withTicket(handler: (ctx: Ctx, ticket: CwTicket) => Reply) {
  return (ctx: Ctx, [id]: string[]): Reply => {
    const ticket = ticketOr404(ctx, id as string);
    return 'id' in ticket ? handler(ctx, ticket) : ticket;
  };
}

export const SERVICE_ROUTES: Route[] = [
  { method: 'GET', pattern: /^\/service\/tickets$/, handle: (ctx) => listReply(ctx, ctx.store.data.tickets) },
  {
    method: 'GET',
    pattern: /^\/service\/tickets\/count$/,
    handle: (ctx) => countReply(ctx, ctx.store.data.tickets),
  },
  { method: 'POST', pattern: /^\/service\/tickets$/, handle: createTicket },
  {
    method: 'GET',
    pattern: /^\/service\/tickets\/(\d+)$/,
    handle: withTicket((ctx, ticket) => recordReply(ctx, ticket)),
  },
  {
    method: 'PATCH',
    pattern: /^\/service\/tickets\/(\d+)$/,
    handle: (ctx, [id]) => patchTicket(ctx, id as string),
  },
  {
    method: 'GET',
    pattern: /^\/service\/tickets\/(\d+)\/notes$/,
    handle: withTicket((ctx, ticket) =>
      listReply(
        ctx,
        ctx.store.data.notes.filter((n) => n.ticketId === ticket.id),
      ),
    ),
  },
  {
    method: 'GET',
    pattern: /^\/service\/tickets\/(\d+)\/notes\/count$/,
    handle: withTicket((ctx, ticket) =>
      countReply(
        ctx,
        ctx.store.data.notes.filter((n) => n.ticketId === ticket.id),
      ),
    ),
  },
  { method: 'POST', pattern: /^\/service\/tickets\/(\d+)\/notes$/, handle: withTicket(createNote) },
  { method: 'GET', pattern: /^\/service\/boards$/, handle: (ctx) => listReply(ctx, ctx.store.data.boards) },
  {
    method: 'GET',
    pattern: /^\/service\/boards\/(\d+)$/,
    handle: (ctx, [id]) => {
      const board = ctx.store.board(Number(id));
      return board ? recordReply(ctx, board) : notFound(`Service Board ${id} not found`);
    },
  },
  {
    method: 'GET',
    pattern: /^\/service\/boards\/(\d+)\/statuses$/,
    handle: (ctx, [id]) => {
      const board = ctx.store.board(Number(id));
      return board
        ? listReply(ctx, ctx.store.statusesOf(board.id))
        : notFound(`Service Board ${id} not found`);
    },
  },
  {
    method: 'GET',
    pattern: /^\/service\/boards\/(\d+)\/statuses\/(\d+)$/,
    handle: (ctx, [boardId, statusId]) => {
      const status = ctx.store.status(Number(boardId), Number(statusId));
      return status ? recordReply(ctx, status) : notFound(`Service Status ${statusId} not found`);
    },
  },
];
