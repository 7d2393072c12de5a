import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import { authorize } from '../auth/permissions.ts';
import { type PsaConnectionRow, psaConnectionsTable } from '../db/schema/psa.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { openSecret, sealSecret } from '../shared/crypto.ts';
import { InvalidInputError } from '../shared/errors.ts';
import { parseInput, ServiceUrl } from '../shared/validation.ts';
import { createLocalPsa } from './local/local-provider.ts';
import { PsaError, type PsaProvider } from './provider.ts';

/** What a ConnectWise provider needs to talk to one site. */
export interface ConnectWiseConfig {
  siteUrl: string;
  companyId: string;
  publicKey: string;
  privateKey: string;
  clientId: string;
  boards: string[];
}

/**
 * How core reaches a PSA: the key that unseals stored credentials and the ConnectWise client
 * factory (injected so tests and the outbox benchmark can point it at the simulator).
 */
export interface PsaDeps {
  sealingKey: Buffer;
  connectWise: (config: ConnectWiseConfig) => PsaProvider;
}

export const ConfigurePsaInput = z.discriminatedUnion('provider', [
  z.object({
    provider: z.literal('local'),
    resolvedStatus: z.string().trim().min(1).max(100).default('Resolved'),
    escalatedStatus: z.string().trim().min(1).max(100).default('Escalated'),
  }),
  z.object({
    provider: z.literal('connectwise'),
    siteUrl: ServiceUrl('https://na.myconnectwise.net'),
    companyId: z.string().trim().min(1).max(50),
    publicKey: z.string().trim().min(8).max(100),
    /** Omitted: keep the stored key (a form never receives it back to resend). */
    privateKey: z.string().trim().min(8).max(100).optional(),
    clientId: z.string().trim().min(8).max(100),
    boards: z.array(z.string().trim().min(1).max(100)).max(20).default([]),
    resolvedStatus: z.string().trim().min(1).max(100).optional(),
    escalatedStatus: z.string().trim().min(1).max(100).optional(),
  }),
]);

export interface PsaSettingsView {
  provider: 'connectwise' | 'local';
  siteUrl: string | null;
  companyId: string | null;
  publicKey: string | null;
  hasPrivateKey: boolean;
  clientId: string | null;
  boards: string[];
  resolvedStatus: string | null;
  escalatedStatus: string | null;
  lastTestedAt: string | null;
  lastTestError: string | null;
}

function toView(row: PsaConnectionRow): PsaSettingsView {
  return {
    provider: row.provider,
    siteUrl: row.siteUrl,
    companyId: row.companyId,
    publicKey: row.publicKey,
    hasPrivateKey: row.privateKeySealed !== null,
    clientId: row.clientId,
    boards: row.boards,
    resolvedStatus: row.resolvedStatus,
    escalatedStatus: row.escalatedStatus,
    lastTestedAt: row.lastTestedAt?.toISOString() ?? null,
    lastTestError: row.lastTestError,
  };
}

/** Saves the account's PSA connection; the private key is sealed and never returned or logged. */
export async function configurePsa({
  ctx,
  deps,
  input,
}: {
  ctx: TenantContext;
  deps: PsaDeps;
  input: unknown;
}) {
  const grant = authorize(ctx, 'settings.manage');
  const data = parseInput(ConfigurePsaInput, input, 'PSA settings');
  const keptKey =
    data.provider === 'connectwise' && data.privateKey === undefined
      ? (await loadConnection(ctx))?.privateKeySealed
      : undefined;
  if (data.provider === 'connectwise' && data.privateKey === undefined && !keptKey) {
    throw new InvalidInputError('Invalid PSA settings (privateKey: enter the private key)', [
      { path: 'privateKey', message: 'enter the private key' },
    ]);
  }
  const values =
    data.provider === 'local'
      ? {
          provider: 'local' as const,
          siteUrl: null,
          companyId: null,
          publicKey: null,
          privateKeySealed: null,
          clientId: null,
          boards: [],
          resolvedStatus: data.resolvedStatus,
          escalatedStatus: data.escalatedStatus,
        }
      : {
          provider: 'connectwise' as const,
          siteUrl: data.siteUrl.replace(/\/+$/, ''),
          companyId: data.companyId,
          publicKey: data.publicKey,
          privateKeySealed:
            data.privateKey === undefined
              ? (keptKey ?? null)
              : sealSecret(deps.sealingKey, data.privateKey, ctx.accountId),
          clientId: data.clientId,
          boards: data.boards,
          resolvedStatus: data.resolvedStatus ?? null,
          escalatedStatus: data.escalatedStatus ?? null,
        };
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx
      .insert(psaConnectionsTable)
      .values({ accountId: ctx.accountId, ...values })
      .onConflictDoUpdate({
        target: psaConnectionsTable.accountId,
        set: { ...values, lastTestedAt: null, lastTestError: null },
      })
      .returning();
    if (!row) throw new Error('PSA settings upsert returned nothing');
    await recordAudit(tx, ctx, {
      action: 'psa.configured',
      metadata: {
        provider: row.provider,
        siteUrl: row.siteUrl,
        companyId: row.companyId,
        boards: row.boards,
      },
      grant,
    });
    return toView(row);
  });
}

export async function getPsaSettings({ ctx }: { ctx: TenantContext }): Promise<PsaSettingsView | null> {
  authorize(ctx, 'settings.manage');
  const row = await loadConnection(ctx);
  return row ? toView(row) : null;
}

export async function loadConnection(ctx: TenantContext): Promise<PsaConnectionRow | undefined> {
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx
      .select()
      .from(psaConnectionsTable)
      .where(eq(psaConnectionsTable.accountId, ctx.accountId));
    return row;
  });
}

/** The account's PSA client, or null when no PSA is connected. */
export async function psaProviderFor(ctx: TenantContext, deps: PsaDeps): Promise<PsaProvider | null> {
  const row = await loadConnection(ctx);
  if (!row) return null;
  return providerFromRow(ctx, deps, row);
}

export function providerFromRow(ctx: TenantContext, deps: PsaDeps, row: PsaConnectionRow): PsaProvider {
  if (row.provider === 'local') return createLocalPsa(ctx);
  if (!row.siteUrl || !row.companyId || !row.publicKey || !row.privateKeySealed || !row.clientId) {
    throw new PsaError('bad_credentials', 'The ConnectWise connection is incomplete; enter it again.');
  }
  return deps.connectWise({
    siteUrl: row.siteUrl,
    companyId: row.companyId,
    publicKey: row.publicKey,
    privateKey: openSecret(deps.sealingKey, row.privateKeySealed, ctx.accountId),
    clientId: row.clientId,
    boards: row.boards,
  });
}

/** "Test connection": a cheap authenticated call, with the reason a person can act on when it fails. */
export async function testPsaConnection({ ctx, deps }: { ctx: TenantContext; deps: PsaDeps }) {
  authorize(ctx, 'settings.manage');
  const row = await loadConnection(ctx);
  if (!row) return { ok: false as const, reason: 'No PSA is connected yet.' };
  let result: { ok: true; detail: string } | { ok: false; reason: string };
  try {
    result = await providerFromRow(ctx, deps, row).testConnection();
  } catch (error) {
    result = {
      ok: false,
      reason: error instanceof PsaError ? error.message : 'The PSA could not be reached.',
    };
  }
  await withTransaction(ctx, async (tx) => {
    await tx
      .update(psaConnectionsTable)
      .set({ lastTestedAt: new Date(), lastTestError: result.ok ? null : result.reason })
      .where(eq(psaConnectionsTable.id, row.id));
  });
  return result;
}
