/**
 * `PATCH /service/tickets/{id}`: ConnectWise takes a JSON Patch array (RFC 6902 operations such as
 * `[{"op":"replace","path":"status","value":{"id":7}}]`). Paths are the ticket's field paths, with or
 * without a leading `/` and case-insensitive; references accept `{id}` or `{name}`/`{identifier}`, or
 * the nested form (`status/id` with a number). Supported: `status`, `board`, `owner`, `summary`,
 * `customerUpdatedFlag`; ops `replace`, `add` (same as replace on an existing field) and `remove`
 * (owner only). Changing the board without a status moves the ticket to the new board's default status.
 */
import type { SimStore } from './state.ts';
import type { CwBoard, CwMember, CwStatus, CwTicket } from './types.ts';

/** One ConnectWise `ValidationError` inside an `InvalidObject` error body. */
export interface CwValidationError {
  code: string;
  message: string;
  resource: string;
  field: string;
}

export type PatchFailure =
  | { kind: 'malformed'; message: string }
  | { kind: 'invalid'; errors: CwValidationError[] };

export interface PatchPlan {
  board?: CwBoard;
  status?: CwStatus;
  /** `null` clears the owner. */
  owner?: CwMember | null;
  summary?: string;
  customerUpdatedFlag?: boolean;
}

const FIELDS = new Set(['status', 'board', 'owner', 'summary', 'customerupdatedflag']);

type RefKey = { id: number } | { name: string };

/** `{id}` / `{name}` / `{identifier}` objects, or the scalar of a nested path (`status/id`, `owner/identifier`). */
function refKey(value: unknown, sub: string | undefined): RefKey | undefined {
  if (sub === 'id') return typeof value === 'number' && Number.isInteger(value) ? { id: value } : undefined;
  if (sub === 'name' || sub === 'identifier') return typeof value === 'string' ? { name: value } : undefined;
  if (sub !== undefined || typeof value !== 'object' || value === null) return undefined;
  const obj = value as Record<string, unknown>;
  if (typeof obj.id === 'number' && Number.isInteger(obj.id)) return { id: obj.id };
  const name = obj.name ?? obj.identifier;
  return typeof name === 'string' ? { name } : undefined;
}

function describe(key: RefKey): string | number {
  return 'id' in key ? key.id : key.name;
}

interface Draft {
  board?: RefKey;
  status?: RefKey;
  owner?: RefKey | null;
  summary?: string;
  customerUpdatedFlag?: boolean;
}

function readOperations(body: unknown): Draft | PatchFailure {
  if (!Array.isArray(body) || body.length === 0) {
    return { kind: 'malformed', message: 'The request body must be a non-empty JSON Patch array' };
  }
  const draft: Draft = {};
  for (const [index, raw] of body.entries()) {
    const where = `operation ${index}`;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return { kind: 'malformed', message: `${where} is not an object` };
    }
    const { op, path, value } = raw as Record<string, unknown>;
    if (typeof op !== 'string' || !['replace', 'add', 'remove'].includes(op.toLowerCase())) {
      return { kind: 'malformed', message: `${where}: unsupported op '${String(op)}'` };
    }
    if (typeof path !== 'string' || path.trim() === '') {
      return { kind: 'malformed', message: `${where}: path is required` };
    }
    const [field, sub, ...rest] = path.replace(/^\//, '').toLowerCase().split('/');
    if (!field || !FIELDS.has(field) || rest.length > 0) {
      return { kind: 'malformed', message: `${where}: path '${path}' cannot be patched` };
    }
    if (op.toLowerCase() === 'remove') {
      if (field !== 'owner' || sub !== undefined) {
        return { kind: 'malformed', message: `${where}: '${path}' cannot be removed` };
      }
      draft.owner = null;
      continue;
    }
    if (value === undefined) return { kind: 'malformed', message: `${where}: value is required` };
    if (field === 'summary' || field === 'customerupdatedflag') {
      const ok = field === 'summary' ? typeof value === 'string' : typeof value === 'boolean';
      if (sub !== undefined || !ok)
        return { kind: 'malformed', message: `${where}: invalid value for ${path}` };
      if (field === 'summary') draft.summary = value as string;
      else draft.customerUpdatedFlag = value as boolean;
      continue;
    }
    const key = refKey(value, sub);
    if (!key || (sub !== undefined && !['id', 'name', 'identifier'].includes(sub))) {
      return { kind: 'malformed', message: `${where}: invalid value for ${path}` };
    }
    if (field === 'status') draft.status = key;
    else if (field === 'board') draft.board = key;
    else draft.owner = key;
  }
  return draft;
}

/** Validates a PATCH body against the stored ticket; nothing is changed here. */
export function planTicketPatch(store: SimStore, ticket: CwTicket, body: unknown): PatchPlan | PatchFailure {
  const draft = readOperations(body);
  if ('kind' in draft) return draft;
  const errors: CwValidationError[] = [];
  const invalid = (code: string, message: string, field: string) =>
    errors.push({ code, message, resource: 'ticket', field });
  const plan: PatchPlan = {};

  let boardId = ticket.board.id;
  if (draft.board) {
    const board = store.board(describe(draft.board));
    if (board) {
      plan.board = board;
      boardId = board.id;
    } else invalid('NotFound', `Service Board ${describe(draft.board)} not found`, 'board/id');
  }
  if (draft.status) {
    const status = store.status(boardId, describe(draft.status));
    if (status) plan.status = status;
    else {
      invalid(
        'NotFound',
        `Service Status ${describe(draft.status)} not found for Service Board ${boardId}`,
        'status/id',
      );
    }
  } else if (plan.board && plan.board.id !== ticket.board.id) {
    const fallback = store.defaultStatus(plan.board.id);
    if (fallback) plan.status = fallback;
    else invalid('NotFound', `Service Board ${plan.board.id} has no statuses`, 'status/id');
  }
  if (draft.owner === null) plan.owner = null;
  else if (draft.owner) {
    const member = store.member(describe(draft.owner));
    if (member && !member.inactiveFlag) plan.owner = member;
    else invalid('NotFound', `Member ${describe(draft.owner)} not found`, 'owner/id');
  }
  if (draft.summary !== undefined) {
    if (draft.summary.trim() === '') invalid('Required', 'The field summary is required.', 'summary');
    else if (draft.summary.length > 100) {
      invalid(
        'MaxLengthField',
        'The field summary must be a string with a maximum length of 100.',
        'summary',
      );
    } else plan.summary = draft.summary;
  }
  if (draft.customerUpdatedFlag !== undefined) plan.customerUpdatedFlag = draft.customerUpdatedFlag;
  return errors.length > 0 ? { kind: 'invalid', errors } : plan;
}

/**
 * Applies a validated plan to `ticket` and bumps `_info.lastUpdated`. With `skipStatus` the status
 * (and the closed state that follows from it) is left as it was: the "200 but not applied" quirk.
 */
export function applyTicketPatch(
  store: SimStore,
  ticket: CwTicket,
  plan: PatchPlan,
  skipStatus = false,
): void {
  if (plan.board) ticket.board = store.boardRef(plan.board);
  if (plan.status && !skipStatus) {
    ticket.status = store.statusRef(plan.status);
    store.applyClosedState(ticket, plan.status);
  }
  if (plan.owner === null) delete ticket.owner;
  else if (plan.owner) ticket.owner = store.memberRef(plan.owner);
  if (plan.summary !== undefined) ticket.summary = plan.summary;
  if (plan.customerUpdatedFlag !== undefined) ticket.customerUpdatedFlag = plan.customerUpdatedFlag;
  store.touch(ticket);
}
