import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAuditLog } from '../../core/audit/index.ts';
import { saveSlackInstallation } from '../../core/chat/slack-installations.ts';
import type { Database } from '../../core/db/client.ts';
import { accountsTable } from '../../core/db/schema/accounts.ts';
import { emailVerificationsTable } from '../../core/db/schema/signup.ts';
import { usersTable } from '../../core/db/schema/users.ts';
import { withSystemTransaction } from '../../core/db/transactions.ts';
import { createConnector } from '../../core/kb/connectors/index.ts';
import { configurePsa } from '../../core/psa/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import { testDatabase } from '../../test/db.ts';
import { offlineDiagnosis } from '../../test/diagnosis.ts';
import { createTestAccount } from '../../test/factories.ts';
import { api, startTestServer } from '../../test/server.ts';
import { decodedBody, startSmtp } from '../../test/smtp.ts';
import type { RunningServer } from '../boot.ts';

const DAY = 24 * 60 * 60_000;
const PASSWORD = 'a-long-enough-password';

function signupBody(overrides: Record<string, unknown> = {}) {
  const tag = randomUUID().slice(0, 8);
  return {
    companyName: `Northwind IT ${tag}`,
    name: 'Nora North',
    email: `nora-${tag}@northwind.example`,
    password: PASSWORD,
    ...overrides,
  };
}

async function accountsNamed(database: Database, name: string): Promise<number> {
  return withSystemTransaction(database, 'test count', async (tx) => {
    const rows = await tx
      .select({ id: accountsTable.id })
      .from(accountsTable)
      .where(eq(accountsTable.name, name));
    return rows.length;
  });
}

async function usersWithEmail(database: Database, email: string): Promise<number> {
  return withSystemTransaction(database, 'test count', async (tx) => {
    const rows = await tx
      .select({ id: usersTable.id })
      .from(usersTable)
      .where(sql`lower(${usersTable.email}) = ${email.toLowerCase()}`);
    return rows.length;
  });
}

describe('self-serve signup, email verification and the write lock (API, real SMTP)', () => {
  let database: Database;
  let server: RunningServer;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let clock = new Date('2026-12-01T09:00:00Z');

  const tokenFromMail = (email: string, nth = -1): string => {
    const mails = smtp.inbox.filter((m) => m.to.includes(email));
    const mail = mails.at(nth);
    const match = /https?:\/\/\S+\/verify-email\?token=([A-Za-z0-9_%-]+)/.exec(decodedBody(mail?.raw ?? ''));
    if (!match?.[1]) throw new Error(`no verification link mailed to ${email}`);
    return decodeURIComponent(match[1]);
  };

  /** Access tokens live 15 minutes: after moving the clock, sign in again at the new time. */
  async function freshToken(email: string): Promise<string> {
    const res = await api(server, '/api/v1/auth/sign-in', {
      method: 'POST',
      body: { email, password: PASSWORD },
    });
    if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${res.text}`);
    return (res.body as { accessToken: string }).accessToken;
  }

  async function signUp(overrides: Record<string, unknown> = {}) {
    const body = signupBody(overrides);
    const res = await api(server, '/api/v1/signup', { method: 'POST', body });
    return { body, res, token: (res.body as { accessToken?: string }).accessToken ?? '' };
  }

  beforeAll(async () => {
    database = await testDatabase();
    smtp = await startSmtp();
    server = await startTestServer(
      database,
      {
        SMTP_URL: smtp.url,
        PUBLIC_URL: 'http://rf.test.example',
        MAIL_FROM: 'RF <rf@test.example>',
        SIGNUP_MAX_PER_IP: '1000',
        SIGNUP_BLOCKED_EMAIL_DOMAINS: 'mailinator.com, guerrillamail.com',
      },
      { now: () => clock, diagnosis: offlineDiagnosis() },
    );
  });
  afterAll(async () => {
    await server.stop();
    await smtp.close();
  });

  it('creates the account and its owner, signs them in, and mails a verification link', async () => {
    const { body, res, token } = await signUp();
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      tokenType: 'Bearer',
      user: { email: body.email, name: 'Nora North', role: 'owner' },
      verification: { email: body.email, mail: 'sent' },
    });
    // Mailed, so the link is not in the answer.
    expect((res.body.verification as { link?: string }).link).toBeUndefined();
    expect(res.headers.getSetCookie().some((c) => c.startsWith('rf_rt='))).toBe(true);
    const me = await api(server, '/api/v1/me', { token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ account: { name: body.companyName } });
    const mail = smtp.inbox.find((m) => m.to.includes(body.email));
    expect(mail?.from).toBe('rf@test.example');
    expect(decodedBody(mail?.raw ?? '')).toContain('http://rf.test.example/verify-email?token=');
    const status = await api(server, '/api/v1/signup/verification', { token });
    expect(status.body).toEqual({
      status: 'grace',
      writesLockAt: new Date(clock.getTime() + 7 * DAY).toISOString(),
      email: body.email,
    });
    // Only the hash of the token is stored.
    const stored = await withSystemTransaction(database, 'test', (tx) =>
      tx.select().from(emailVerificationsTable).where(eq(emailVerificationsTable.email, body.email)),
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]?.tokenHash).not.toBe(tokenFromMail(body.email));
    expect(stored[0]?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses an email that is already used (any case), and creates nothing', async () => {
    const first = await signUp();
    expect(first.res.status).toBe(201);
    const again = signupBody({ email: first.body.email.toUpperCase() });
    const res = await api(server, '/api/v1/signup', { method: 'POST', body: again });
    expect(res.status).toBe(409);
    expect(res.body.error?.message).toBe('That email address already belongs to a user.');
    expect(await accountsNamed(database, again.companyName)).toBe(0);
    expect(await usersWithEmail(database, first.body.email)).toBe(1);
  });

  it('refuses a short password with the rule sign-in and invites use, and creates nothing', async () => {
    const body = signupBody({ password: 'short' });
    const res = await api(server, '/api/v1/signup', { method: 'POST', body });
    expect(res.status).toBe(400);
    expect(res.body.error?.details).toMatchObject({
      issues: [{ path: 'password', message: 'must be at least 10 characters' }],
    });
    expect(await accountsNamed(database, body.companyName)).toBe(0);
    expect(await usersWithEmail(database, body.email)).toBe(0);
  });

  it('refuses a blocked (disposable) email domain, subdomains included, and creates nothing', async () => {
    for (const email of [
      `x-${randomUUID().slice(0, 6)}@mailinator.com`,
      `y-${randomUUID().slice(0, 6)}@eu.guerrillamail.com`,
    ]) {
      const body = signupBody({ email });
      const res = await api(server, '/api/v1/signup', { method: 'POST', body });
      expect(res.status).toBe(400);
      expect(res.body.error?.details).toMatchObject({ issues: [{ path: 'email' }] });
      expect(await usersWithEmail(database, email)).toBe(0);
    }
  });

  it('verifies the address from the mailed link; opening it again is answered as done', async () => {
    const { body, token } = await signUp();
    const verifyToken = tokenFromMail(body.email);
    const done = await api(server, '/api/v1/signup/verify-email', {
      method: 'POST',
      body: { token: verifyToken },
    });
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ verified: true, email: body.email, alreadyVerified: false });
    const again = await api(server, '/api/v1/signup/verify-email', {
      method: 'POST',
      body: { token: verifyToken },
    });
    expect(again.body).toMatchObject({ verified: true, alreadyVerified: true });
    const status = await api(server, '/api/v1/signup/verification', { token });
    expect(status.body).toMatchObject({ status: 'verified', verifiedAt: clock.toISOString() });
    const resend = await api(server, '/api/v1/signup/resend-verification', { method: 'POST', token });
    expect(resend.status).toBe(409);
    const ctx = (await api(server, '/api/v1/me', { token })).body as {
      account: { id: string };
      user: { id: string };
    };
    const owner: TenantContext = {
      db: database,
      accountId: ctx.account.id,
      actor: { kind: 'user', userId: ctx.user.id, role: 'owner', canCoverL1: false, name: 'Nora North' },
    };
    const audit = await listAuditLog({ ctx: owner, input: {} });
    expect(audit.entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['account.created', 'account.verification_sent', 'account.email_verified']),
    );
  });

  it('refuses a made-up token and an expired link; a resend retires the old link and the new one works', async () => {
    const bogus = await api(server, '/api/v1/signup/verify-email', {
      method: 'POST',
      body: { token: 'x'.repeat(43) },
    });
    expect(bogus.status).toBe(400);
    expect(bogus.body.error?.details).toMatchObject({ reason: 'invalid' });

    const { body } = await signUp();
    const oldToken = tokenFromMail(body.email);
    const saved = clock;
    clock = new Date(saved.getTime() + 49 * 60 * 60_000);
    try {
      const token = await freshToken(body.email);
      const expired = await api(server, '/api/v1/signup/verify-email', {
        method: 'POST',
        body: { token: oldToken },
      });
      expect(expired.status).toBe(400);
      expect(expired.body.error).toMatchObject({
        message: 'This verification link has expired. Sign in and send a new one.',
        details: { reason: 'expired' },
      });
      expect((await api(server, '/api/v1/signup/verification', { token })).body).toMatchObject({
        status: 'grace',
      });

      const resent = await api(server, '/api/v1/signup/resend-verification', { method: 'POST', token });
      expect(resent.status).toBe(200);
      expect(resent.body).toEqual({ email: body.email, mail: 'sent' });
      const newToken = tokenFromMail(body.email);
      expect(newToken).not.toBe(oldToken);
      const superseded = await api(server, '/api/v1/signup/verify-email', {
        method: 'POST',
        body: { token: oldToken },
      });
      expect(superseded.body.error?.details).toMatchObject({ reason: 'superseded' });
      const ok = await api(server, '/api/v1/signup/verify-email', {
        method: 'POST',
        body: { token: newToken },
      });
      expect(ok.body).toMatchObject({ verified: true, alreadyVerified: false });
    } finally {
      clock = saved;
    }
  });

  it('after 7 unverified days refuses writes with the verify message and a resend, keeps reads, and lifts it once verified', async () => {
    const { body } = await signUp();
    const saved = clock;
    // Inside the grace period everything works.
    clock = new Date(saved.getTime() + 7 * DAY - 60_000);
    const token = await freshToken(body.email);
    const inGrace = await api(server, '/api/v1/users/invites', {
      method: 'POST',
      token,
      body: { email: `early-${randomUUID().slice(0, 6)}@northwind.example`, role: 'engineer' },
    });
    expect(inGrace.status).toBe(201);
    clock = new Date(saved.getTime() + 7 * DAY + 60_000);
    try {
      const lockedToken = await freshToken(body.email);
      const writes = [
        api(server, '/api/v1/users/invites', {
          method: 'POST',
          token: lockedToken,
          body: { email: `late-${randomUUID().slice(0, 6)}@northwind.example`, role: 'engineer' },
        }),
        api(server, '/api/v1/account', { method: 'PATCH', token: lockedToken, body: { name: 'Renamed' } }),
        api(server, '/api/v1/console/sessions', {
          method: 'POST',
          token: lockedToken,
          body: { message: 'Outlook keeps asking for a password' },
        }),
      ];
      for (const write of writes) {
        const res = await write;
        expect(res.status).toBe(403);
        expect(res.body.error).toMatchObject({
          code: 'forbidden',
          message: 'Verify your email to keep making changes.',
          details: { reason: 'email_verification_required', resend: '/api/v1/signup/resend-verification' },
        });
      }
      expect((await api(server, '/api/v1/me', { token: lockedToken })).body).toMatchObject({
        account: { name: body.companyName },
      });
      for (const path of [
        '/api/v1/users',
        '/api/v1/sessions',
        '/api/v1/users/invites',
        '/api/v1/onboarding/checklist',
      ]) {
        expect((await api(server, path, { token: lockedToken })).status, path).toBe(200);
      }
      expect((await api(server, '/api/v1/signup/verification', { token: lockedToken })).body).toMatchObject({
        status: 'locked',
      });
      // The resend works while locked, and the new link lifts the lock.
      const resent = await api(server, '/api/v1/signup/resend-verification', {
        method: 'POST',
        token: lockedToken,
      });
      expect(resent.status).toBe(200);
      const verified = await api(server, '/api/v1/signup/verify-email', {
        method: 'POST',
        body: { token: tokenFromMail(body.email) },
      });
      expect(verified.status).toBe(200);
      const after = await api(server, '/api/v1/account', {
        method: 'PATCH',
        token: lockedToken,
        body: { name: `${body.companyName} Ltd` },
      });
      expect(after.status).toBe(200);
    } finally {
      clock = saved;
    }
  });

  it('counts accounts made any other way (demo seed, factories) as verified: nothing changes for them', async () => {
    const account = await createTestAccount(database, 'Old');
    const saved = clock;
    clock = new Date(saved.getTime() + 400 * DAY);
    try {
      const [row] = await withSystemTransaction(database, 'test', (tx) =>
        tx.select().from(accountsTable).where(eq(accountsTable.id, account.accountId)),
      );
      expect(row?.emailVerifiedAt).toBeInstanceOf(Date);
    } finally {
      clock = saved;
    }
  });

  it('ticks the welcome checklist from real state, and remembers a dismissal', async () => {
    const { token } = await signUp();
    const get = async () =>
      (await api(server, '/api/v1/onboarding/checklist', { token })).body as {
        steps: Array<{ id: string; done: boolean; href: string }>;
        doneCount: number;
        dismissed: boolean;
      };
    const initial = await get();
    expect(initial.steps.map((s) => [s.id, s.done, s.href])).toEqual([
      ['chat', false, '/integrations/slack'],
      ['psa', false, '/integrations/psa'],
      ['knowledge', false, '/knowledge'],
      ['team', false, '/users'],
      ['try', false, '/try'],
    ]);
    expect(initial).toMatchObject({ doneCount: 0, dismissed: false });

    const me = (await api(server, '/api/v1/me', { token })).body as {
      account: { id: string };
      user: { id: string };
    };
    const owner: TenantContext = {
      db: database,
      accountId: me.account.id,
      actor: { kind: 'user', userId: me.user.id, role: 'owner', canCoverL1: false, name: 'Nora North' },
    };
    await api(server, '/api/v1/users/invites', {
      method: 'POST',
      token,
      body: { email: `teammate-${randomUUID().slice(0, 6)}@northwind.example`, role: 'engineer' },
    });
    await configurePsa({
      ctx: owner,
      deps: {
        sealingKey: Buffer.alloc(32, 3),
        connectWise: () => {
          throw new Error('local only');
        },
      },
      input: { provider: 'local' },
    });
    await createConnector({
      ctx: owner,
      deps: { secretsKey: Buffer.alloc(32, 4) },
      input: {
        kind: 'hudu',
        name: 'Hudu',
        apiKey: 'hudu-api-key-0123456789',
        settings: { baseUrl: 'https://acme.huducloud.com' },
      },
    });
    const tried = await api(server, '/api/v1/console/sessions', {
      method: 'POST',
      token,
      body: { message: 'VPN drops every hour' },
    });
    expect(tried.status).toBe(201);
    const mid = await get();
    expect(mid.steps.filter((s) => s.done).map((s) => s.id)).toEqual(['psa', 'knowledge', 'team', 'try']);
    await saveSlackInstallation(database, Buffer.alloc(32, 5), {
      accountId: me.account.id,
      teamId: `T${randomUUID().slice(0, 8).toUpperCase()}`,
      teamName: 'Northwind',
      enterpriseId: null,
      appId: null,
      botUserId: 'UBOT',
      botId: null,
      botToken: 'xoxb-test-token',
      botScopes: [],
      installedByUserId: me.user.id,
    });
    expect(await get()).toMatchObject({ doneCount: 5, dismissed: false });

    const dismiss = await api(server, '/api/v1/account/preferences', {
      method: 'PATCH',
      token,
      body: { welcomeChecklistDismissed: true },
    });
    expect(dismiss.status).toBe(200);
    expect((await get()).dismissed).toBe(true);
  });

  it('shows the checklist to owners and admins only, and only their own account', async () => {
    const a = await createTestAccount(database, 'Checklist A');
    const engineer = await a.member('engineer');
    const signInAs = async (email: string) =>
      (
        (
          await api(server, '/api/v1/auth/sign-in', {
            method: 'POST',
            body: { email, password: 'correct-horse-battery' },
          })
        ).body as { accessToken: string }
      ).accessToken;
    const res = await api(server, '/api/v1/onboarding/checklist', { token: await signInAs(engineer.email) });
    expect(res.status).toBe(403);
    expect(res.body.error?.message).toBe('Your role (engineer) cannot view the welcome checklist.');
  });
});

describe('signup abuse limits, development links, sales leads and the operators API', () => {
  let database: Database;
  let server: RunningServer;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let devServer: RunningServer;
  const OPERATOR_TOKEN = 'operator-token-0123456789abcdef';

  beforeAll(async () => {
    database = await testDatabase();
    smtp = await startSmtp();
    server = await startTestServer(database, {
      SMTP_URL: smtp.url,
      MAIL_FROM: 'RF <rf@test.example>',
      SALES_EMAIL: 'sales@rf.test.example',
      OPERATOR_TOKEN,
      SIGNUP_MAX_PER_IP: '3',
    });
    // No SMTP, not production: links are shown instead of mailed; no operator token configured.
    devServer = await startTestServer(database, { SIGNUP_MAX_PER_IP: '1000' });
  });
  afterAll(async () => {
    await server.stop();
    await devServer.stop();
    await smtp.close();
  });

  it('limits signups per IP, counting refused attempts too, with Retry-After', async () => {
    const results: number[] = [];
    for (let i = 0; i < 4; i++) {
      const body = signupBody(i === 1 ? { password: 'short' } : {});
      results.push((await api(server, '/api/v1/signup', { method: 'POST', body })).status);
    }
    expect(results).toEqual([201, 400, 201, 429]);
    const body = signupBody();
    const refused = await api(server, '/api/v1/signup', { method: 'POST', body });
    expect(refused.status).toBe(429);
    expect(refused.body.error?.message).toMatch(
      /^Too many requests from your network; try again in \d+ minute/,
    );
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await usersWithEmail(database, body.email)).toBe(0);
  });

  it('shows the verification link in development without SMTP, and it works', async () => {
    const options = await api(devServer, '/api/v1/signup/options');
    expect(options.body).toEqual({
      enabled: true,
      passwordMinLength: 10,
      providers: { entra: false, slack: false },
    });
    const body = signupBody();
    const res = await api(devServer, '/api/v1/signup', { method: 'POST', body });
    expect(res.status).toBe(201);
    const verification = res.body.verification as { mail: string; link: string };
    expect(verification.mail).toBe('logged');
    const link = new URL(verification.link);
    expect(link.pathname).toBe('/verify-email');
    const done = await api(devServer, '/api/v1/signup/verify-email', {
      method: 'POST',
      body: { token: link.searchParams.get('token') },
    });
    expect(done.body).toMatchObject({ verified: true });
  });

  it('stores a "Talk to sales" request, mails it to SALES_EMAIL, and lists it for operators only', async () => {
    const company = `Contoso MSP ${randomUUID().slice(0, 6)}`;
    const sent = await api(devServer, '/api/v1/sales/leads', {
      method: 'POST',
      body: {
        company,
        seats: 120,
        needs: 'SSO, a DPA and an on-prem PSA.',
        contactName: 'Carla Contoso',
        contactEmail: 'Carla@Contoso.example',
      },
    });
    expect(sent.status).toBe(201);
    // devServer has no SMTP and no SALES_EMAIL: stored, not mailed.
    expect(sent.body.mail).toBe('skipped');

    const mailed = await api(server, '/api/v1/sales/leads', {
      method: 'POST',
      body: {
        company: `${company} EU`,
        seats: 40,
        needs: 'Teams only',
        contactName: 'Eve',
        contactEmail: 'eve@contoso.example',
        phone: '+44 20 7946 0000',
      },
    });
    expect(mailed.body.mail).toBe('sent');
    const mail = smtp.inbox.find((m) => m.to.includes('sales@rf.test.example'));
    expect(decodedBody(mail?.raw ?? '')).toContain(`Company: ${company} EU`);

    const noToken = await api(server, '/api/v1/operator/leads');
    expect(noToken.status).toBe(401);
    const wrong = await api(server, '/api/v1/operator/leads', { token: 'not-the-operator-token-at-all' });
    expect(wrong.status).toBe(401);
    const listed = await api(server, '/api/v1/operator/leads', { token: OPERATOR_TOKEN });
    expect(listed.status).toBe(200);
    const leads = (listed.body as { leads: Array<{ company: string; seats: number; contactEmail: string }> })
      .leads;
    expect(leads.find((l) => l.company === company)).toMatchObject({
      seats: 120,
      contactEmail: 'carla@contoso.example',
    });
    // Without OPERATOR_TOKEN the operators API does not exist.
    expect((await api(devServer, '/api/v1/operator/leads', { token: OPERATOR_TOKEN })).status).toBe(404);
  });

  it('refuses an incomplete sales request with field messages, and stores nothing', async () => {
    const company = `Fabrikam ${randomUUID().slice(0, 6)}`;
    const res = await api(devServer, '/api/v1/sales/leads', {
      method: 'POST',
      body: { company, seats: 0, needs: '', contactName: 'F', contactEmail: 'not-an-email' },
    });
    expect(res.status).toBe(400);
    const issues = (res.body.error?.details?.issues ?? []) as Array<{ path: string }>;
    const paths = issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['seats', 'needs', 'contactEmail']));
    const listed = await api(server, '/api/v1/operator/leads', { token: OPERATOR_TOKEN });
    expect(
      (listed.body as { leads: Array<{ company: string }> }).leads.some((l) => l.company === company),
    ).toBe(false);
  });
});
