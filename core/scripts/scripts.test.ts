import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { listAuditLog } from '../audit/index.ts';
import { scriptTemplatesTable } from '../db/schema/scripts.ts';
import { withTransaction } from '../db/transactions.ts';
import { addFact } from '../facts/index.ts';
import { createSession } from '../sessions/index.ts';
import type { TenantContext } from '../shared/context.ts';
import {
  createScript,
  getScript,
  listScripts,
  publishScript,
  recordScriptUse,
  renderScript,
  retireScript,
  searchScripts,
  updateScript,
} from './index.ts';

const RESET_MFA = {
  name: 'Reset MFA methods for a user',
  description: 'Clears registered authentication methods so the user can register a new phone.',
  language: 'powershell',
  category: 'Accounts',
  tags: ['mfa', 'entra'],
  body: [
    'Connect-MgGraph -Scopes UserAuthenticationMethod.ReadWrite.All',
    '$methods = Get-MgUserAuthenticationMethod -UserId {{UserName}}',
    '$methods | Where-Object Id -ne "28c10230-6103-485e-b985-444c60001490" | ForEach-Object {',
    '  Remove-MgUserAuthenticationMethod -UserId {{UserName}} -AuthenticationMethodId $_.Id',
    '}',
    'Write-Output "Ticket {{Ticket}}: done on {{ComputerName}}"',
  ].join('\n'),
  params: [
    { name: 'UserName', type: 'string', pattern: '[^@\\s]+@[^@\\s]+', description: 'UPN' },
    { name: 'Ticket', type: 'int', required: false, default: '0' },
    { name: 'ComputerName', type: 'string', source: 'device' },
  ],
};

describe('script templates: library, versions, roles and tenancy', () => {
  let account: TestAccount;
  let engineer: TenantContext;
  let l1: TenantContext;
  let viewer: TenantContext;
  let other: TestAccount;

  beforeAll(async () => {
    const db = await testDatabase();
    account = await createTestAccount(db, 'Scripts');
    other = await createTestAccount(db, 'Other scripts');
    engineer = await account.member('engineer');
    l1 = await account.member('l1');
    viewer = await account.member('viewer');
  });

  it('creates, publishes, edits and versions a template; a new version leaves the old one intact', async () => {
    const created = await createScript({ ctx: engineer, input: { ...RESET_MFA, publish: true } });
    expect(created).toMatchObject({ status: 'published', currentVersion: 1, origin: 'authored' });
    await updateScript({ ctx: engineer, scriptId: created.id, input: { body: `${RESET_MFA.body}\n# v2` } });
    await publishScript({ ctx: engineer, scriptId: created.id, input: { note: 'comment' } });
    const script = await getScript({ ctx: viewer, scriptId: created.id });
    expect(script.currentVersion).toBe(2);
    expect(script.versions.map((v) => [v.version, v.body.endsWith('# v2')])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(script.flags.map((f) => f.rule)).toEqual([]);
    const audit = await listAuditLog({ ctx: account.owner, input: { tag: 'scripts' } });
    expect(audit.entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['script.created', 'script.edited', 'script.published']),
    );
  });

  it('refuses a body that uses an undeclared parameter (422) and stores nothing', async () => {
    const before = await listScripts({ ctx: engineer });
    await expect(
      createScript({
        ctx: engineer,
        input: { ...RESET_MFA, name: 'Broken one', params: RESET_MFA.params.slice(1) },
      }),
    ).rejects.toMatchObject({
      code: 'unprocessable',
      message: expect.stringMatching(/\{\{UserName\}\} is not a declared parameter/),
    });
    await expect(
      createScript({ ctx: engineer, input: { ...RESET_MFA, params: [{ name: '1bad', type: 'string' }] } }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
      issues: [expect.objectContaining({ path: 'params.0.name' })],
    });
    expect((await listScripts({ ctx: engineer })).length).toBe(before.length);
  });

  it('lets every member read, L1 use, and only engineers and up author', async () => {
    const script = await createScript({ ctx: engineer, input: { ...RESET_MFA, name: 'Role check script' } });
    await expect(createScript({ ctx: l1, input: RESET_MFA })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      updateScript({ ctx: viewer, scriptId: script.id, input: { name: 'Renamed' } }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(retireScript({ ctx: l1, scriptId: script.id })).rejects.toMatchObject({ code: 'forbidden' });
    expect((await getScript({ ctx: viewer, scriptId: script.id })).name).toBe('Role check script');
    const session = await createSession({
      ctx: l1,
      input: { problemSummary: 'MFA prompts after new phone' },
    });
    await expect(
      recordScriptUse({ ctx: viewer, scriptId: script.id, input: { sessionId: session.id } }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const use = await recordScriptUse({
      ctx: l1,
      scriptId: script.id,
      input: {
        sessionId: session.id,
        values: { UserName: 'sam@fabrikam.example', ComputerName: 'FAB-WS-023' },
      },
    });
    expect(use.values).toEqual({ UserName: 'sam@fabrikam.example', Ticket: '0', ComputerName: 'FAB-WS-023' });
  });

  it("answers 404 for another account's template everywhere and changes nothing", async () => {
    const script = await createScript({
      ctx: engineer,
      input: { ...RESET_MFA, name: 'Tenant-bound script' },
    });
    const stranger = other.owner;
    await expect(getScript({ ctx: stranger, scriptId: script.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(renderScript({ ctx: stranger, scriptId: script.id, input: {} })).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      updateScript({ ctx: stranger, scriptId: script.id, input: { name: 'Hijacked' } }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(publishScript({ ctx: stranger, scriptId: script.id })).rejects.toMatchObject({
      code: 'not_found',
    });
    expect((await listScripts({ ctx: stranger })).map((s) => s.id)).not.toContain(script.id);
    // A session of the other account cannot be rendered against this template either.
    const theirSession = await createSession({ ctx: stranger, input: { problemSummary: 'Their problem' } });
    await expect(
      renderScript({ ctx: engineer, scriptId: script.id, input: { sessionId: theirSession.id } }),
    ).rejects.toMatchObject({ code: 'not_found' });
    const [row] = await withTransaction(engineer, (tx) =>
      tx.select().from(scriptTemplatesTable).where(eq(scriptTemplatesTable.id, script.id)),
    );
    expect(row?.name).toBe('Tenant-bound script');
  });

  it("pre-fills from the session's facts, lists what is missing and refuses values that break a pattern", async () => {
    const script = await createScript({
      ctx: engineer,
      input: { ...RESET_MFA, name: 'Render check', publish: true },
    });
    const session = await createSession({
      ctx: engineer,
      input: { problemSummary: 'New phone, MFA prompts fail on FAB-WS-023' },
    });
    const first = await renderScript({
      ctx: engineer,
      scriptId: script.id,
      input: { sessionId: session.id },
    });
    expect(first.missing).toEqual(['UserName']);
    expect(first.params.find((p) => p.name === 'ComputerName')).toMatchObject({
      value: 'FAB-WS-023',
      filledFrom: 'session',
    });
    expect(first.body).toContain('-UserId {{UserName}}');
    expect(first.ready).toBe(false);

    await addFact({
      ctx: engineer,
      sessionId: session.id,
      input: { text: 'User: sam.lee@fabrikam.example' },
    });
    const second = await renderScript({
      ctx: engineer,
      scriptId: script.id,
      input: { sessionId: session.id },
    });
    expect(second.missing).toEqual([]);
    expect(second.ready).toBe(true);
    expect(second.body).toContain('Get-MgUserAuthenticationMethod -UserId sam.lee@fabrikam.example');
    expect(second.body).toContain('Ticket 0: done on FAB-WS-023');

    const bad = await renderScript({
      ctx: engineer,
      scriptId: script.id,
      input: { sessionId: session.id, values: { UserName: 'not-an-upn', Ticket: '12a' } },
    });
    expect(bad.problems).toEqual([
      'UserName: does not match the pattern [^@\\s]+@[^@\\s]+',
      'Ticket: must be a whole number',
    ]);
    expect(bad.body).not.toContain('not-an-upn');
    expect(bad.ready).toBe(false);
  });

  it('finds published templates by words in the name, tags and category, and filters the library', async () => {
    await createScript({
      ctx: engineer,
      input: {
        name: 'Clear the print spooler queue',
        language: 'cmd',
        category: 'Printing',
        tags: ['printer', 'spooler'],
        body: 'net stop spooler\ndel /q %systemroot%\\System32\\spool\\PRINTERS\\*\nnet start spooler',
        publish: true,
      },
    });
    const found = await searchScripts({ ctx: viewer, input: { q: 'printer stuck spooler' } });
    expect(found[0]?.name).toBe('Clear the print spooler queue');
    expect(await searchScripts({ ctx: viewer, input: { q: 'bitlocker recovery key' } })).toEqual([]);
    const printing = await listScripts({ ctx: viewer, input: { category: 'Printing' } });
    expect(printing.map((s) => s.name)).toEqual(['Clear the print spooler queue']);
    expect((await listScripts({ ctx: viewer, input: { language: 'bash' } })).length).toBe(0);
    await expect(listScripts({ ctx: viewer, input: { language: 'python' } })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });
});
