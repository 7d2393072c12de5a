import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditLog } from '../../core/audit/index.ts';
import type { Database } from '../../core/db/client.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import { getUser } from '../../core/users/index.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../../test/factories.ts';
import { api, CookieClient, signIn, startTestServer } from '../../test/server.ts';
import { startSmtp } from '../../test/smtp.ts';
import type { RunningServer } from '../boot.ts';

const DAY = 24 * 60 * 60_000;

/** Quoted-printable soft breaks would split the link; undo them before searching the body. */
function linkIn(raw: string): string {
  const body = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const match = /https?:\/\/\S+\/accept-invite\?token=[A-Za-z0-9_%-]+/.exec(body);
  if (!match) throw new Error(`no invite link in:\n${raw}`);
  return match[0];
}

function idOf(ctx: TenantContext): string {
  if (ctx.actor.kind !== 'user') throw new Error('expected a user');
  return ctx.actor.userId;
}

describe('users: invites by real SMTP, access changes, disable, ownership', () => {
  let database: Database;
  let server: RunningServer;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let a: TestAccount;
  let b: TestAccount;
  let ownerToken: string;
  let adminToken: string;
  let bOwnerToken: string;
  let clock = new Date();

  async function ownerEmail(account: TestAccount) {
    return (await getUser({ ctx: account.owner, userId: idOf(account.owner) })).email;
  }

  beforeAll(async () => {
    database = await testDatabase();
    smtp = await startSmtp();
    server = await startTestServer(
      database,
      { SMTP_URL: smtp.url, PUBLIC_URL: 'http://rf.test.example', MAIL_FROM: 'RF <rf@test.example>' },
      { now: () => clock },
    );
    a = await createTestAccount(database, 'Users A');
    b = await createTestAccount(database, 'Users B');
    ownerToken = await signIn(server, await ownerEmail(a), TEST_PASSWORD);
    adminToken = await signIn(server, (await a.member('admin')).email, TEST_PASSWORD);
    bOwnerToken = await signIn(server, await ownerEmail(b), TEST_PASSWORD);
  });
  afterAll(async () => {
    await server.stop();
    await smtp.close();
  });

  describe('invites', () => {
    it('mails a link through the SMTP server; accepting it creates the user and signs them in, once', async () => {
      const email = `invitee-${Date.now()}@test.example`;
      const res = await api(server, '/api/v1/users/invites', {
        method: 'POST',
        token: adminToken,
        body: { email, name: 'Ivy Invitee', role: 'engineer', canCoverL1: true },
      });
      expect(res.status, res.text).toBe(201);
      expect(res.body).toMatchObject({
        mail: 'sent',
        invite: { email, role: 'engineer', canCoverL1: true, expired: false },
      });
      expect(JSON.stringify(res.body)).not.toMatch(/token/i);
      // Mailed, so the link is not kept: only development without SMTP shows it on the page.
      expect(res.body.invite).not.toHaveProperty('link');
      const invite = res.body.invite as { id: string; expiresAt: string };
      expect(Date.parse(invite.expiresAt) - clock.getTime()).toBe(7 * DAY);

      const mail = smtp.inbox.find((m) => m.to.includes(email));
      expect(mail?.from).toBe('rf@test.example');
      expect(mail?.raw).toMatch(/Ivy Invitee/);
      const link = new URL(linkIn(mail?.raw ?? ''));
      expect(link.origin).toBe('http://rf.test.example');
      const token = link.searchParams.get('token') as string;

      const listed = await api(server, '/api/v1/users/invites', { token: ownerToken });
      expect((listed.body.invites as Array<{ id: string }>).map((i) => i.id)).toContain(invite.id);

      const browser = new CookieClient(server);
      const accepted = await browser.request('/api/v1/auth/invites/accept', {
        method: 'POST',
        body: { token, name: 'Ivy I.', password: 'a-long-new-password' },
      });
      expect(accepted.status, accepted.text).toBe(201);
      expect(accepted.body).toMatchObject({
        user: { email, name: 'Ivy I.', role: 'engineer', canCoverL1: true },
        csrfToken: browser.get('rf_csrf'),
      });
      expect((await browser.request('/api/v1/auth/session')).body).toMatchObject({
        account: { id: a.accountId },
      });
      // The password works from now on; the link does not work twice.
      await signIn(server, email, 'a-long-new-password');
      const again = await api(server, '/api/v1/auth/invites/accept', {
        method: 'POST',
        body: { token, name: 'Ivy', password: 'a-long-new-password' },
      });
      expect(again.status).toBe(401);
      const after = await api(server, '/api/v1/users/invites', { token: ownerToken });
      expect((after.body.invites as Array<{ id: string }>).map((i) => i.id)).not.toContain(invite.id);

      const audit = await listAuditLog({ ctx: a.owner, input: { limit: 20 } });
      const actions = audit.entries.map((e) => e.action);
      expect(actions).toContain('user.invited');
      expect(actions).toContain('user.invite_accepted');
      expect(JSON.stringify(audit.entries)).not.toContain(token);
    });

    it('refuses an expired invite link', async () => {
      const email = `late-${Date.now()}@test.example`;
      await api(server, '/api/v1/users/invites', {
        method: 'POST',
        token: adminToken,
        body: { email, role: 'viewer' },
      });
      const token = new URL(linkIn(smtp.inbox.find((m) => m.to.includes(email))?.raw ?? '')).searchParams.get(
        'token',
      ) as string;
      const saved = clock;
      clock = new Date(clock.getTime() + 7 * DAY + 1000);
      const res = await api(server, '/api/v1/auth/invites/accept', {
        method: 'POST',
        body: { token, name: 'Late', password: 'a-long-new-password' },
      });
      const listed = await api(server, '/api/v1/users/invites', {
        token: await signIn(server, await ownerEmail(a), TEST_PASSWORD),
      });
      // Back to the present, where the suite's access tokens are still in date.
      clock = saved;
      expect(res.status).toBe(401);
      expect(res.body.error).toMatchObject({ details: { reason: 'expired' } });
      expect(res.body.error?.message).toMatch(/expired/);
      expect(
        (listed.body.invites as Array<{ email: string; expired: boolean }>).find((i) => i.email === email),
      ).toMatchObject({ expired: true });
    });

    it('keeps least privilege: no owner invites, admins only, and an existing email is a conflict', async () => {
      const owner = await api(server, '/api/v1/users/invites', {
        method: 'POST',
        token: ownerToken,
        body: { email: 'new-owner@test.example', role: 'owner' },
      });
      expect(owner.status).toBe(400);
      const engineerToken = await signIn(server, (await a.member('engineer')).email, TEST_PASSWORD);
      const byEngineer = await api(server, '/api/v1/users/invites', {
        method: 'POST',
        token: engineerToken,
        body: { email: 'x@test.example', role: 'viewer' },
      });
      expect(byEngineer.status).toBe(403);
      const taken = await api(server, '/api/v1/users/invites', {
        method: 'POST',
        token: adminToken,
        body: { email: await ownerEmail(b), role: 'viewer' },
      });
      expect(taken.status).toBe(409);
      const cover = await api(server, '/api/v1/users/invites', {
        method: 'POST',
        token: adminToken,
        body: { email: 'cover@test.example', role: 'viewer', canCoverL1: true },
      });
      expect(cover.status).toBe(422);
      // An address longer than SMTP allows (254) is refused, not stored and listed back in full.
      const long = `${'x'.repeat(250)}@test.example`;
      for (const path of ['/api/v1/users/invites', '/api/v1/users']) {
        const res = await api(server, path, {
          method: 'POST',
          token: adminToken,
          body: { email: long, role: 'viewer', name: 'Long Address', password: TEST_PASSWORD },
        });
        expect(res.status, path).toBe(400);
        expect(res.body.error?.message, path).toMatch(/email: must be at most 254 characters/);
      }
      const listed = await api(server, '/api/v1/users', { token: adminToken });
      expect(JSON.stringify(listed.body)).not.toContain('x'.repeat(250));
    });

    it("revokes an invite, and answers another account's invite with 404", async () => {
      const email = `revoke-${Date.now()}@test.example`;
      const created = await api(server, '/api/v1/users/invites', {
        method: 'POST',
        token: adminToken,
        body: { email, role: 'l1' },
      });
      const id = (created.body.invite as { id: string }).id;
      const cross = await api(server, `/api/v1/users/invites/${id}`, {
        method: 'DELETE',
        token: bOwnerToken,
      });
      expect(cross.status).toBe(404);
      expect(
        (await api(server, `/api/v1/users/invites/${id}`, { method: 'DELETE', token: adminToken })).status,
      ).toBe(204);
      expect(
        (await api(server, `/api/v1/users/invites/${id}`, { method: 'DELETE', token: adminToken })).status,
      ).toBe(404);
      const token = new URL(linkIn(smtp.inbox.find((m) => m.to.includes(email))?.raw ?? '')).searchParams.get(
        'token',
      ) as string;
      const accept = await api(server, '/api/v1/auth/invites/accept', {
        method: 'POST',
        body: { token, name: 'Nope', password: 'a-long-new-password' },
      });
      expect(accept.status).toBe(401);
    });
  });

  describe('access changes', () => {
    it('disabling a user revokes their sessions: refresh and access both refused at once', async () => {
      const engineer = await a.member('engineer');
      const browser = new CookieClient(server);
      await browser.request('/api/v1/auth/sign-in', {
        method: 'POST',
        body: { email: engineer.email, password: TEST_PASSWORD },
      });
      const res = await api(server, `/api/v1/users/${idOf(engineer)}`, {
        method: 'PATCH',
        token: adminToken,
        body: { disabled: true },
      });
      expect(res.status).toBe(200);
      const refresh = await browser.request('/api/v1/auth/refresh', { method: 'POST' });
      expect(refresh.status).toBe(401);
      expect(refresh.body.error).toMatchObject({ details: { reason: 'revoked' } });
      const { entries } = await listAuditLog({
        ctx: a.owner,
        input: { action: 'user.access_updated', limit: 1 },
      });
      expect(entries[0]?.metadata).toMatchObject({ disabled: { from: false, to: true }, sessionsRevoked: 1 });
    });

    it('changes role and L1 coverage; an admin cannot demote the owner or grant owner', async () => {
      const viewer = await a.member('viewer');
      const promoted = await api(server, `/api/v1/users/${idOf(viewer)}`, {
        method: 'PATCH',
        token: adminToken,
        body: { role: 'engineer', canCoverL1: true },
      });
      expect(promoted.body).toMatchObject({ role: 'engineer', canCoverL1: true });
      const toOwner = await api(server, `/api/v1/users/${idOf(viewer)}`, {
        method: 'PATCH',
        token: adminToken,
        body: { role: 'owner' },
      });
      expect(toOwner.status).toBe(403);
      const demote = await api(server, `/api/v1/users/${idOf(a.owner)}`, {
        method: 'PATCH',
        token: adminToken,
        body: { role: 'viewer' },
      });
      expect(demote.status).toBe(403);
      const cross = await api(server, `/api/v1/users/${idOf(b.owner)}`, {
        method: 'PATCH',
        token: adminToken,
        body: { role: 'viewer' },
      });
      expect(cross.status).toBe(404);
    });
  });

  describe('transfer ownership', () => {
    it('is owner-only, 404 across tenants, and makes the old owner an admin', async () => {
      const fresh = await createTestAccount(database, 'Transfer');
      const other = await createTestAccount(database, 'Transfer other');
      const successor = await fresh.member('engineer', { canCoverL1: true });
      const admin = await fresh.member('admin');
      const freshOwnerToken = await signIn(server, await ownerEmail(fresh), TEST_PASSWORD);
      const freshAdminToken = await signIn(server, admin.email, TEST_PASSWORD);

      const byAdmin = await api(server, '/api/v1/account/transfer-ownership', {
        method: 'POST',
        token: freshAdminToken,
        body: { userId: idOf(successor) },
      });
      expect(byAdmin.status).toBe(403);
      const cross = await api(server, '/api/v1/account/transfer-ownership', {
        method: 'POST',
        token: freshOwnerToken,
        body: { userId: idOf(other.owner) },
      });
      expect(cross.status).toBe(404);

      const res = await api(server, '/api/v1/account/transfer-ownership', {
        method: 'POST',
        token: freshOwnerToken,
        body: { userId: idOf(successor) },
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        owner: { id: idOf(successor), role: 'owner', canCoverL1: false },
        previousOwner: { id: idOf(fresh.owner), role: 'admin' },
      });
      // The old owner's next request runs as an admin: transferring again is refused.
      const again = await api(server, '/api/v1/account/transfer-ownership', {
        method: 'POST',
        token: freshOwnerToken,
        body: { userId: idOf(admin) },
      });
      expect(again.status).toBe(403);
      const { entries } = await listAuditLog({
        ctx: { ...fresh.owner, actor: { ...fresh.owner.actor, role: 'admin' } as TenantContext['actor'] },
        input: { action: 'account.ownership_transferred' },
      });
      expect(entries[0]?.metadata).toMatchObject({ from: idOf(fresh.owner), to: idOf(successor) });
    });
  });
});

describe('users: how many people and invites an account adds in an hour', () => {
  it('refuses the 101st in an hour with 429, counted only for admins, and adds nothing then', async () => {
    const database = await testDatabase();
    const server = await startTestServer(database);
    try {
      const account = await createTestAccount(database, 'Many invites');
      const admin = await signIn(server, (await account.member('admin')).email, TEST_PASSWORD);
      const engineer = await signIn(server, (await account.member('engineer')).email, TEST_PASSWORD);
      const invite = (token: string, n: number) =>
        api(server, '/api/v1/users/invites', {
          method: 'POST',
          token,
          body: { email: `person${n}@many.example`, role: 'viewer' },
        });
      // An engineer's refused attempts do not use the account's allowance up.
      for (let n = 0; n < 5; n++) expect((await invite(engineer, n)).status).toBe(403);
      const statuses: number[] = [];
      for (let n = 0; n < 100; n++) statuses.push((await invite(admin, n)).status);
      expect(statuses.every((s) => s === 201)).toBe(true);
      const refused = await invite(admin, 100);
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(refused.body.error?.message).toMatch(/this account's new people and invites/);
      const created = await api(server, '/api/v1/users', {
        method: 'POST',
        token: admin,
        body: { email: 'direct@many.example', name: 'Direct', role: 'viewer' },
      });
      expect(created.status).toBe(429);
      const listed = await api(server, '/api/v1/users/invites', { token: admin });
      expect((listed.body.invites as unknown[]).length).toBe(100);
    } finally {
      await server.stop();
    }
  });
});
