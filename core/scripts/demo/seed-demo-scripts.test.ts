import { describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/db.ts';
import { createTestAccount } from '../../../test/factories.ts';
import { createSession } from '../../sessions/index.ts';
import { flagDestructive } from '../destructive.ts';
import { getScript, listScripts, searchScripts } from '../index.ts';
import { ScriptParams, schemaProblems } from '../params.ts';
import { DEMO_SCRIPTS } from './demo-scripts.ts';
import { seedDemoScripts } from './seed-demo-scripts.ts';

describe('the demo script library', () => {
  it('is 15–20 sound templates: valid schemas, every placeholder declared, some flagged destructive', () => {
    expect(DEMO_SCRIPTS.length).toBeGreaterThanOrEqual(15);
    expect(DEMO_SCRIPTS.length).toBeLessThanOrEqual(20);
    for (const script of DEMO_SCRIPTS) {
      expect(ScriptParams.safeParse(script.params).success, script.name).toBe(true);
      expect(schemaProblems(script.body, script.params), script.name).toEqual([]);
    }
    const flagged = DEMO_SCRIPTS.filter((s) => flagDestructive(s.body, s.language).length > 0).map(
      (s) => s.name,
    );
    expect(flagged).toEqual(
      expect.arrayContaining(['Clear the new Teams cache', 'Force a Group Policy update and reboot']),
    );
  });

  it("is seeded published, with usage on the account's sessions and no secret value stored", async () => {
    const account = await createTestAccount(await testDatabase(), 'Demo library');
    for (const problem of ['Printer offline', 'Mailbox full', 'Locked out'])
      await createSession({ ctx: account.owner, input: { problemSummary: problem } });
    expect(await seedDemoScripts(account.owner)).toBe(DEMO_SCRIPTS.length);
    const library = await listScripts({ ctx: account.owner });
    expect(library).toHaveLength(DEMO_SCRIPTS.length);
    expect(library.every((s) => s.status === 'published' && s.usage.uses > 0 && s.usage.sessions > 0)).toBe(
      true,
    );
    expect(library.find((s) => s.name.includes('Fabrikam'))?.clientName).toBe('Fabrikam Dental');
    const reset = library.find((s) => s.name === 'Reset an AD password and require change at logon');
    const detail = await getScript({ ctx: account.owner, scriptId: reset?.id });
    expect(detail.recentUses.every((u) => u.values.TempPassword === '[redacted]')).toBe(true);
    expect((await searchScripts({ ctx: account.owner, input: { q: 'print spooler stuck' } }))[0]?.name).toBe(
      'Clear the print spooler queue',
    );
  });
});
