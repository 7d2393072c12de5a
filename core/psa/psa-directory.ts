import { z } from 'zod';
import { authorize } from '../auth/permissions.ts';
import type { TenantContext } from '../shared/context.ts';
import { ServiceError, UnprocessableError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { type PsaDeps, psaProviderFor } from './connection.ts';
import { PsaError, type PsaMember, type PsaProvider, type PsaRef } from './provider.ts';

/**
 * A PSA failure as an HTTP-mappable error. The PSA's own words are kept (they name the fix: wrong
 * key, board access, site URL); when the PSA failed it is 502 (`upstream_failed`) rather than
 * our 500, and the page can say "ConnectWise answered …" instead of "something went wrong".
 */
export function psaFailure(error: unknown, providerName: PsaProvider['name']): never {
  if (error instanceof PsaError) {
    const who = providerName === 'local' ? 'The built-in ticketing' : 'ConnectWise';
    const message = error.message.startsWith('ConnectWise') ? error.message : `${who}: ${error.message}`;
    // A name the PSA does not know is the request's fault (422); anything else is the PSA's (502).
    const code =
      error.kind === 'not_found' || error.kind === 'invalid_request' ? 'unprocessable' : 'upstream_failed';
    throw new ServiceError(code, message, { details: { psaError: error.kind }, cause: error });
  }
  throw error;
}

async function connected(ctx: TenantContext, deps: PsaDeps): Promise<PsaProvider> {
  let provider: PsaProvider | null;
  try {
    provider = await psaProviderFor(ctx, deps);
  } catch (error) {
    return psaFailure(error, 'connectwise');
  }
  if (!provider) throw new UnprocessableError('No PSA is connected yet: save the connection settings first.');
  return provider;
}

async function ask<T>(provider: PsaProvider, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    return psaFailure(error, provider.name);
  }
}

/** The service boards the connection's API member can see, for the board picker. */
export async function listPsaBoards({
  ctx,
  deps,
}: {
  ctx: TenantContext;
  deps: PsaDeps;
}): Promise<{ boards: PsaRef[] }> {
  authorize(ctx, 'settings.manage');
  const provider = await connected(ctx, deps);
  return { boards: await ask(provider, () => provider.listBoards()) };
}

export const ListStatusesInput = z
  .object({ board: z.string().trim().min(1, 'name the board').max(100) })
  .strict();

/** One board's active statuses, for the "resolved" and "escalated" status pickers. */
export async function listPsaStatuses({
  ctx,
  deps,
  input,
}: {
  ctx: TenantContext;
  deps: PsaDeps;
  input: unknown;
}): Promise<{ board: string; statuses: PsaRef[] }> {
  authorize(ctx, 'settings.manage');
  const { board } = parseInput(ListStatusesInput, input, 'board');
  const provider = await connected(ctx, deps);
  return { board, statuses: await ask(provider, () => provider.listStatuses(board)) };
}

/** The PSA's active members, for mapping a user by hand when their emails differ. */
export async function listPsaMembers({
  ctx,
  deps,
}: {
  ctx: TenantContext;
  deps: PsaDeps;
}): Promise<{ members: PsaMember[] }> {
  authorize(ctx, 'settings.manage');
  const provider = await connected(ctx, deps);
  return { members: await ask(provider, () => provider.listMembers()) };
}
