import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { modelTurn, type SimulatedDiagnosis, simulatedDiagnosis } from '../../test/diagnosis.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { createSession, handleTurn } from '../sessions/index.ts';
import type { TenantContext } from '../shared/context.ts';
import { createScript } from './index.ts';

const LIBRARY_BODY =
  'Invoke-Command -ComputerName {{ComputerName}} -ScriptBlock {\n  Stop-Service Spooler -Force\n  Remove-Item "$env:SystemRoot\\System32\\spool\\PRINTERS\\*" -Force\n  Start-Service Spooler\n}';

describe('the assistant offers the library script before a newly written one', () => {
  let diag: SimulatedDiagnosis;
  let account: TestAccount;
  let engineer: TenantContext;

  beforeAll(async () => {
    diag = await simulatedDiagnosis();
    account = await createTestAccount(await testDatabase(), 'Library fix');
    engineer = await account.member('engineer');
    await createScript({
      ctx: engineer,
      input: {
        name: 'Clear the print spooler queue',
        language: 'powershell',
        category: 'Printing',
        tags: ['printer'],
        body: LIBRARY_BODY,
        params: [{ name: 'ComputerName', type: 'string' }],
        publish: true,
      },
    });
  });
  beforeEach(() => diag.sim.reset());
  afterAll(() => diag.close());

  const suggest = (title: string) =>
    modelTurn('Try this.', [
      'suggest_fix',
      {
        title,
        steps: ['Run the script as admin'],
        script: 'net stop spooler && net start spooler',
        script_language: 'cmd',
        confidence: 70,
      },
    ]);

  it("replaces the model's script with the matching template filled for the session, and cites it", async () => {
    const session = await createSession({
      ctx: engineer,
      input: { problemSummary: 'Print queue stuck on FAB-WS-023' },
    });
    diag.sim.enqueue(suggest('Clear the print spooler queue'));
    const turn = await handleTurn({
      ctx: engineer,
      deps: diag.deps,
      sessionId: session.id,
      input: { message: 'Nothing prints.' },
    });
    expect(turn.session.activeFix).toMatchObject({
      script: LIBRARY_BODY.replace('{{ComputerName}}', 'FAB-WS-023'),
      scriptLanguage: 'powershell',
      steps: [
        'Run the script as admin',
        'Script from the team\'s library: "Clear the print spooler queue" v1.',
      ],
    });
  });

  it("keeps the assistant's own script when no template fits the fix", async () => {
    const session = await createSession({ ctx: engineer, input: { problemSummary: 'VPN drops every hour' } });
    diag.sim.enqueue(suggest('Renew the VPN certificate'));
    const turn = await handleTurn({
      ctx: engineer,
      deps: diag.deps,
      sessionId: session.id,
      input: { message: 'Since Monday.' },
    });
    expect(turn.session.activeFix).toMatchObject({
      script: 'net stop spooler && net start spooler',
      steps: ['Run the script as admin'],
    });
  });
});
