/**
 * Status changes and reassignments. ConnectWise can answer a ticket PATCH with 200 and still not
 * apply it (a status workflow or board rule rejects it silently), so every change is re-read and
 * verified; the caller hears `status_not_applied` instead of a false success.
 */
import { PsaError, type PsaTicket } from '../provider.ts';
import {
  boardStatuses,
  type CwContext,
  findBoard,
  findMember,
  patchTicket,
  readTicket,
  ticketId,
} from './lookups.ts';
import { sameName, toPsaTicket } from './mapping.ts';

/**
 * Sets the status by name: looks the status up on the ticket's own board (statuses are per board
 * and the patch is safest with an id), patches `[{op:'replace', path:'status', value:{id}}]`, then
 * re-reads the ticket. Already in that status → no write at all, so an outbox retry is harmless.
 */
export async function changeStatus(ctx: CwContext, externalId: string, status: string): Promise<PsaTicket> {
  const id = ticketId(externalId);
  const before = await readTicket(ctx, id);
  if (sameName(before.status?.name, status)) return toPsaTicket(before, ctx.site, ctx.companyId);
  if (!before.board) throw new PsaError('invalid_request', `Ticket #${id} is not on a service board.`);
  const boardName = before.board.name ?? String(before.board.id);
  const statuses = await boardStatuses(ctx, { id: before.board.id, name: boardName });
  const target = statuses.find((s) => sameName(s.name, status));
  if (!target) {
    const names = statuses.map((s) => `"${s.name}"`).join(', ');
    throw new PsaError(
      'invalid_request',
      `Board "${boardName}" has no status "${status}" (it has ${names}).`,
    );
  }
  await patchTicket(
    ctx,
    id,
    [{ op: 'replace', path: 'status', value: { id: target.id } }],
    `changing the status of ticket #${id}`,
  );
  const after = await readTicket(ctx, id);
  if (!sameName(after.status?.name, target.name)) {
    const still = after.status?.name ?? 'unchanged';
    throw new PsaError(
      'status_not_applied',
      `ConnectWise accepted the status change but the ticket is still "${still}". Check the board's status workflow.`,
    );
  }
  return toPsaTicket(after, ctx.site, ctx.companyId);
}

/**
 * Moves the ticket to another owner and/or board. A board move also sets a status that exists on
 * the new board (the same name if it has one, else its default), as the ConnectWise UI does, since
 * statuses belong to boards. Re-read and verified like a status change.
 */
export async function reassign(
  ctx: CwContext,
  externalId: string,
  target: { memberIdentifier?: string; board?: string },
): Promise<PsaTicket> {
  const id = ticketId(externalId);
  if (!target.memberIdentifier?.trim() && !target.board?.trim()) {
    throw new PsaError('invalid_request', 'Say who or which board the ticket should go to.');
  }
  const before = await readTicket(ctx, id);
  const ops: unknown[] = [];
  const member = target.memberIdentifier?.trim() ? await findMember(ctx, target.memberIdentifier) : undefined;
  if (member && before.owner?.id !== member.id) {
    ops.push({ op: 'replace', path: 'owner', value: { id: member.id } });
  }
  const board = target.board?.trim() ? await findBoard(ctx, target.board) : undefined;
  if (board && before.board?.id !== board.id) {
    ops.push({ op: 'replace', path: 'board', value: { id: board.id } });
    const statuses = await boardStatuses(ctx, board);
    const status =
      statuses.find((s) => sameName(s.name, before.status?.name)) ??
      statuses.find((s) => s.defaultFlag) ??
      statuses[0];
    if (status) ops.push({ op: 'replace', path: 'status', value: { id: status.id } });
  }
  if (ops.length === 0) return toPsaTicket(before, ctx.site, ctx.companyId);
  await patchTicket(ctx, id, ops, `reassigning ticket #${id}`);
  const after = await readTicket(ctx, id);
  const problems: string[] = [];
  if (member && after.owner?.id !== member.id) {
    problems.push(`owned by "${after.owner?.identifier ?? 'nobody'}"`);
  }
  if (board && after.board?.id !== board.id) problems.push(`on board "${after.board?.name ?? 'none'}"`);
  if (problems.length > 0) {
    // The contract has no separate kind for this; it is the same "200 but not applied" quirk.
    throw new PsaError(
      'status_not_applied',
      `ConnectWise accepted the reassignment but the ticket is still ${problems.join(' and ')}. Check the board's workflow rules.`,
    );
  }
  return toPsaTicket(after, ctx.site, ctx.companyId);
}
