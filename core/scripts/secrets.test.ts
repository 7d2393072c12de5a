import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { modelTurn, type SimulatedDiagnosis, simulatedDiagnosis } from '../../test/diagnosis.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { auditLogTable } from '../db/schema/audit-log.ts';
import { factsTable, sessionNotesTable, sessionTurnsTable } from '../db/schema/diagnosis.ts';
import { scriptUsesTable } from '../db/schema/scripts.ts';
import { withTransaction } from '../db/transactions.ts';
import { addFact } from '../facts/index.ts';
import { postResolutionNote, previewNote } from '../notes/index.ts';
import { createSession, handleTurn } from '../sessions/index.ts';
import type { TenantContext } from '../shared/context.ts';
import { createScript, recordScriptUse, renderScript } from './index.ts';

// Shaped like nothing the regex redaction knows (no "password" label, no key prefix): only the
// parameter's declared type keeps it out.
const SECRET = 'Zebra-Falcon-7731';

describe('secret parameters never reach the transcript, notes, audit log or model prompts', () => {
  let diag: SimulatedDiagnosis;
  let account: TestAccount;
  let engineer: TenantContext;

  beforeAll(async () => {
    diag = await simulatedDiagnosis();
    account = await createTestAccount(await testDatabase(), 'Secrets');
    engineer = await account.member('engineer');
  });
  afterAll(() => diag.close());

  it('renders the secret only for the caller who asks, and stores, prompts and posts "[redacted]"', async () => {
    const script = await createScript({
      ctx: engineer,
      input: {
        name: 'Set a temporary PIN on the kiosk account',
        language: 'powershell',
        body: "Set-LocalUser -Name {{UserName}} -Password (ConvertTo-SecureString '{{Pin}}' -AsPlainText -Force)",
        params: [
          { name: 'UserName', type: 'string' },
          { name: 'Pin', type: 'secret', description: 'The temporary PIN' },
        ],
        publish: true,
      },
    });
    const session = await createSession({
      ctx: engineer,
      input: { problemSummary: 'Kiosk account locked out' },
    });
    await addFact({ ctx: engineer, sessionId: session.id, input: { text: 'User: kiosk01' } });

    const forCard = await renderScript({
      ctx: engineer,
      scriptId: script.id,
      input: { sessionId: session.id, values: { Pin: SECRET } },
    });
    expect(forCard.body).toContain("'{{Pin}}'");
    expect(forCard.body).not.toContain(SECRET);
    expect(forCard.params.find((p) => p.name === 'Pin')).toMatchObject({ value: null, filledFrom: 'given' });
    const forCopy = await renderScript({
      ctx: engineer,
      scriptId: script.id,
      input: { sessionId: session.id, values: { Pin: SECRET }, revealSecrets: true },
    });
    expect(forCopy.body).toContain(`'${SECRET}'`);

    const use = await recordScriptUse({
      ctx: engineer,
      scriptId: script.id,
      input: { sessionId: session.id, values: { Pin: SECRET }, applied: true },
    });
    expect(use.values).toEqual({ UserName: 'kiosk01', Pin: '[redacted]' });
    expect(use.appliedAt).not.toBeNull();

    diag.sim.enqueue(modelTurn('Good. Ask them to sign in with the new PIN.'));
    await handleTurn({
      ctx: engineer,
      deps: diag.deps,
      sessionId: session.id,
      input: { message: 'I ran the PIN script.' },
    });
    await previewNote({ ctx: engineer, deps: diag.deps, sessionId: session.id, kind: 'resolution' });
    await postResolutionNote({ ctx: engineer, deps: diag.deps, sessionId: session.id, input: {} });

    // The run reached the model as a fact — with the PIN redacted.
    const prompts = JSON.stringify(diag.sim.requests.map((r) => r.body));
    expect(diag.sim.requests.length).toBeGreaterThanOrEqual(2);
    expect(prompts).toContain(
      'Ran script \\"Set a temporary PIN on the kiosk account\\" v1 (UserName=kiosk01, Pin=[redacted])',
    );
    expect(prompts).not.toContain(SECRET);

    const stored = await withTransaction(engineer, async (tx) => ({
      turns: await tx.select().from(sessionTurnsTable).where(eq(sessionTurnsTable.sessionId, session.id)),
      facts: await tx.select().from(factsTable).where(eq(factsTable.sessionId, session.id)),
      notes: await tx.select().from(sessionNotesTable).where(eq(sessionNotesTable.sessionId, session.id)),
      uses: await tx.select().from(scriptUsesTable).where(eq(scriptUsesTable.sessionId, session.id)),
      audit: await tx.select().from(auditLogTable).where(eq(auditLogTable.accountId, account.accountId)),
    }));
    expect(stored.turns.length).toBe(2);
    expect(stored.notes.length).toBe(1);
    expect(stored.audit.map((a) => a.action)).toContain('script.used');
    expect(JSON.stringify(stored)).not.toContain(SECRET);
  });
});
