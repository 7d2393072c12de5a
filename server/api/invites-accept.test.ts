import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditLog } from '../../core/audit/index.ts';
import type { Database } from '../../core/db/client.ts';
import { listUsers } from '../../core/users/index.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../../test/factories.ts';
import { api, CookieClient, signIn, startTestServer } from '../../test/server.ts';
import type { RunningServer } from '../boot.ts';

const DAY = 24 * 60 * 60_000;
const PASSWORD = 'a-long-new-password';

interface InviteBody {
  invite: { id: string; email: string; link?: string };
  mail: string;
}

function tokenOf(link: string | undefined): string {
  const token = link ? new URL(link).searchParams.get('token') : null;
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}

/**
 * Accepting invites over the real HTTP stack, as the signed-out /accept-invite page does. No SMTP
 * here (development-like), so the create answer and the admins' invite list carry the link.
 */
describe('invites: preview, accept, and why a link no longer works', () => {
  let database: Database;
  let server: RunningServer;
  let a: TestAccount;
  let b: TestAccount;
  let ownerToken: string;
  let engineerToken: string;
  let bOwnerToken: string;
  let clock = new Date();

  const invite = async (email: string, role = 'engineer', token = ownerToken) => {
    const res = await api(server, '/api/v1/users/invites', { method: 'POST', token, body: { email, role } });
    expect(res.status, res.text).toBe(201);
    return res.body as unknown as InviteBody;
  };
  const preview = (token: string) =>
    api(server, '/api/v1/auth/invites/preview', { method: 'POST', body: { token } });
  const emails = async (account: TestAccount) =>
    (await listUsers({ ctx: account.owner, input: { includeDisabled: true } })).map((u) => u.email);

  beforeAll(async () => {
    database = await testDatabase();
    server = await startTestServer(database, { PUBLIC_URL: 'http://rf.test.example' }, { now: () => clock });
    a = await createTestAccount(database, 'Invites A');
    b = await createTestAccount(database, 'Invites B');
    const owner = (await listUsers({ ctx: a.owner, input: {} }))[0]?.email ?? '';
    ownerToken = await signIn(server, owner, TEST_PASSWORD);
    engineerToken = await signIn(server, (await a.member('engineer')).email, TEST_PASSWORD);
    const bOwner = (await listUsers({ ctx: b.owner, input: {} }))[0]?.email ?? '';
    bOwnerToken = await signIn(server, bOwner, TEST_PASSWORD);
  });
  afterAll(async () => {
    await server.stop();
  });

  it('accepts with a name and password and signs the browser in as the new user', async () => {
    const email = `happy-${Date.now()}@test.example`;
    const created = await invite(email, 'engineer');
    // Not mailed (no SMTP outside production): the admin gets the link to pass on.
    expect(created.mail).toBe('logged');
    expect(created.invite.link).toMatch(/^http:\/\/rf\.test\.example\/accept-invite\?token=/);
    const token = tokenOf(created.invite.link);

    // Shown again on the Users page, to admins only, and never to another account.
    const listed = await api(server, '/api/v1/users/invites', { token: ownerToken });
    expect(
      (listed.body.invites as InviteBody['invite'][]).find((i) => i.id === created.invite.id)?.link,
    ).toBe(created.invite.link);
    expect((await api(server, '/api/v1/users/invites', { token: engineerToken })).status).toBe(403);
    const inB = await api(server, '/api/v1/users/invites', { token: bOwnerToken });
    expect(JSON.stringify(inB.body)).not.toContain(token);

    const shown = await preview(token);
    expect(shown.status, shown.text).toBe(200);
    expect(shown.body).toMatchObject({
      invite: { email, role: 'engineer', accountName: expect.stringContaining('Invites A') },
      providers: { entra: false, slack: false },
    });

    const browser = new CookieClient(server);
    const accepted = await browser.request('/api/v1/auth/invites/accept', {
      method: 'POST',
      body: { token, name: 'Nia New', password: PASSWORD },
    });
    expect(accepted.status, accepted.text).toBe(201);
    const session = await browser.request('/api/v1/auth/session');
    expect(session.body).toMatchObject({
      user: { email, name: 'Nia New', role: 'engineer' },
      account: { id: a.accountId },
    });
    expect(await emails(a)).toContain(email);
    expect(await emails(b)).not.toContain(email);
    // The link is gone from the list once used.
    const after = await api(server, '/api/v1/users/invites', { token: ownerToken });
    expect(JSON.stringify(after.body)).not.toContain(token);
  });

  it('says "already accepted" when a used link is opened or submitted again', async () => {
    const email = `used-${Date.now()}@test.example`;
    const token = tokenOf((await invite(email, 'viewer')).invite.link);
    const first = await api(server, '/api/v1/auth/invites/accept', {
      method: 'POST',
      body: { token, name: 'Once', password: PASSWORD },
    });
    expect(first.status).toBe(201);
    const again = await api(server, '/api/v1/auth/invites/accept', {
      method: 'POST',
      body: { token, name: 'Twice', password: 'another-long-password' },
    });
    expect(again.status).toBe(401);
    expect(again.body.error).toMatchObject({ details: { reason: 'used' } });
    expect(again.body.error?.message).toMatch(/already accepted/);
    expect((await preview(token)).body.error).toMatchObject({ details: { reason: 'used' } });
    // The first password still works; the second did not replace it.
    await signIn(server, email, PASSWORD);
  });

  it('says "expired" after seven days and creates nobody', async () => {
    const email = `expired-${Date.now()}@test.example`;
    const token = tokenOf((await invite(email)).invite.link);
    const saved = clock;
    clock = new Date(clock.getTime() + 7 * DAY + 1_000);
    const shown = await preview(token);
    const accepted = await api(server, '/api/v1/auth/invites/accept', {
      method: 'POST',
      body: { token, name: 'Late', password: PASSWORD },
    });
    clock = saved;
    expect(shown.status).toBe(401);
    expect(shown.body.error).toMatchObject({ details: { reason: 'expired' } });
    expect(accepted.body.error?.message).toMatch(/expired; ask an admin/);
    expect(await emails(a)).not.toContain(email);
  });

  it('says "withdrawn" for a revoked link and for one replaced by a newer invite', async () => {
    const email = `revoked-${Date.now()}@test.example`;
    const first = await invite(email);
    const replaced = tokenOf(first.invite.link);
    const second = await invite(email);
    expect((await preview(replaced)).body.error).toMatchObject({ details: { reason: 'revoked' } });

    // Another account cannot withdraw it (not found), its own admin can.
    const foreign = await api(server, `/api/v1/users/invites/${second.invite.id}`, {
      method: 'DELETE',
      token: bOwnerToken,
    });
    expect(foreign.status).toBe(404);
    expect((await preview(tokenOf(second.invite.link))).status).toBe(200);
    const removed = await api(server, `/api/v1/users/invites/${second.invite.id}`, {
      method: 'DELETE',
      token: ownerToken,
    });
    expect(removed.status).toBe(204);
    const accepted = await api(server, '/api/v1/auth/invites/accept', {
      method: 'POST',
      body: { token: tokenOf(second.invite.link), name: 'Nope', password: PASSWORD },
    });
    expect(accepted.status).toBe(401);
    expect(accepted.body.error).toMatchObject({ details: { reason: 'revoked' } });
    expect(accepted.body.error?.message).toMatch(/withdrawn/);
    expect(await emails(a)).not.toContain(email);
  });

  it('refuses a short password or a blank name with field messages and changes nothing', async () => {
    const email = `weak-${Date.now()}@test.example`;
    const token = tokenOf((await invite(email)).invite.link);
    const weak = await api(server, '/api/v1/auth/invites/accept', {
      method: 'POST',
      body: { token, name: 'Weak', password: 'short' },
    });
    expect(weak.status).toBe(400);
    expect(JSON.stringify(weak.body.error)).toContain('must be at least 10 characters');
    const blank = await api(server, '/api/v1/auth/invites/accept', {
      method: 'POST',
      body: { token, name: '   ', password: PASSWORD },
    });
    expect(blank.status).toBe(400);
    expect(JSON.stringify(blank.body.error)).toContain('must not be blank');
    expect(weak.headers.getSetCookie()).toEqual([]);
    // Still pending and still usable; no user, no acceptance in the audit log.
    expect(await emails(a)).not.toContain(email);
    expect((await preview(token)).status).toBe(200);
    const audit = await listAuditLog({ ctx: a.owner, input: { action: 'user.invite_accepted', limit: 50 } });
    expect(JSON.stringify(audit.entries)).not.toContain(email);
  });

  it('refuses a made-up token as not valid, and limits guessing per IP like sign-in', async () => {
    const limited = await startTestServer(
      database,
      { SIGN_IN_MAX_FAILURES_PER_IP: '3', SIGN_IN_MAX_FAILURES_PER_EMAIL: '3' },
      { now: () => clock },
    );
    try {
      const email = `guarded-${Date.now()}@test.example`;
      const token = tokenOf((await invite(email)).invite.link);
      for (let i = 0; i < 3; i += 1) {
        const res = await api(limited, '/api/v1/auth/invites/preview', {
          method: 'POST',
          body: { token: `not-a-real-invite-token-${i}-xxxxxxxx` },
        });
        expect(res.status).toBe(401);
        expect(res.body.error).toMatchObject({ details: { reason: 'invalid' } });
      }
      // Past the limit even the right token is refused from this IP, and nothing is created.
      const blocked = await api(limited, '/api/v1/auth/invites/accept', {
        method: 'POST',
        body: { token, name: 'Blocked', password: PASSWORD },
      });
      expect(blocked.status).toBe(429);
      expect(await emails(a)).not.toContain(email);
    } finally {
      await limited.stop();
    }
  });
});
