import { and, eq, sql } from 'drizzle-orm';
import { auditTagsFor } from '../audit/actions.ts';
import type { AppTx, Database } from '../db/client.ts';
import { auditLogTable } from '../db/schema/audit-log.ts';
import { signInIdentitiesTable } from '../db/schema/auth.ts';
import { teamsTenantsTable } from '../db/schema/chat.ts';
import { type UserRow, usersTable } from '../db/schema/users.ts';
import { withSystemTransaction } from '../db/transactions.ts';
import type { OidcIdentityClaims } from './oidc.ts';
import type { OidcProviderName } from './schemas.ts';

export type OidcUserResult = { ok: true; user: UserRow } | { ok: false; error: 'no_account' | 'disabled' };

async function userByEmail(tx: AppTx, email: string): Promise<UserRow | undefined> {
  const [row] = await tx.select().from(usersTable).where(sql`lower(${usersTable.email}) = ${email}`);
  return row;
}

/**
 * Which email an ID token vouches for. A provider-verified email counts anywhere. Entra rarely sends
 * `email_verified`; there the email (or UPN) counts only when the token's tenant (`tid`) is linked to
 * the user's own account, i.e. the MSP's directory itself says who this is.
 */
async function vouchedUser(
  tx: AppTx,
  provider: OidcProviderName,
  claims: OidcIdentityClaims,
): Promise<UserRow | undefined> {
  if (claims.emailVerified && claims.email) return userByEmail(tx, claims.email);
  if (provider !== 'entra' || !claims.tenantId) return undefined;
  for (const email of [claims.email, claims.preferredUsername]) {
    if (!email?.includes('@')) continue;
    const user = await userByEmail(tx, email);
    if (!user) continue;
    const [link] = await tx
      .select({ id: teamsTenantsTable.id })
      .from(teamsTenantsTable)
      .where(
        and(eq(teamsTenantsTable.tenantId, claims.tenantId), eq(teamsTenantsTable.accountId, user.accountId)),
      );
    if (link) return user;
  }
  return undefined;
}

/**
 * Finds the user an OIDC sign-in belongs to: first by the bound identity (issuer + subject), else by
 * a vouched-for email, binding the identity then so a later email change at the IdP cannot move it.
 * Runs as the system: the tenant is what we are finding out.
 */
export async function resolveOidcUser(
  database: Database,
  provider: OidcProviderName,
  claims: OidcIdentityClaims,
  now: Date,
): Promise<OidcUserResult> {
  return withSystemTransaction(database, 'oidc sign-in lookup', async (tx) => {
    const [bound] = await tx
      .select({ identity: signInIdentitiesTable, user: usersTable })
      .from(signInIdentitiesTable)
      .innerJoin(usersTable, eq(usersTable.id, signInIdentitiesTable.userId))
      .where(
        and(eq(signInIdentitiesTable.issuer, claims.iss), eq(signInIdentitiesTable.subject, claims.sub)),
      );
    let user = bound?.user;
    if (!user) {
      user = await vouchedUser(tx, provider, claims);
      if (!user) return { ok: false, error: 'no_account' };
      if (user.disabledAt) return { ok: false, error: 'disabled' };
      await tx
        .insert(signInIdentitiesTable)
        .values({
          accountId: user.accountId,
          userId: user.id,
          provider,
          issuer: claims.iss,
          subject: claims.sub,
          lastUsedAt: now,
        })
        .onConflictDoNothing();
      await tx.insert(auditLogTable).values({
        accountId: user.accountId,
        actorUserId: user.id,
        actorLabel: user.name,
        action: 'auth.identity_linked',
        tags: auditTagsFor('auth.identity_linked'),
        targetType: 'user',
        targetId: user.id,
        metadata: { provider, issuer: claims.iss },
      });
      return { ok: true, user };
    }
    if (user.disabledAt) return { ok: false, error: 'disabled' };
    await tx
      .update(signInIdentitiesTable)
      .set({ lastUsedAt: now })
      .where(eq(signInIdentitiesTable.id, bound?.identity.id ?? ''));
    return { ok: true, user };
  });
}
