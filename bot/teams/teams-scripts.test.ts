import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScript, listScriptDrafts } from '../../core/scripts/index.ts';
import { getTranscript } from '../../core/sessions/index.ts';
import { PRINT_SPOOLER_TEMPLATE, proposeScriptFix } from '../../test/scripts.ts';
import {
  answeredCard,
  cardOf,
  eventually,
  sessionCardIn,
  sessionIdOf,
  type TeamsWorld,
  teamsWorld,
  threadOf,
  verbsOf,
  withCard,
} from './teams-test-kit.ts';

const FIX_SCRIPT = 'Invoke-Command -ComputerName FAB-WS-023 -ScriptBlock { Restart-Service Spooler -Force }';

describe('Teams script templates (Agents SDK, connector simulator)', () => {
  let w: TeamsWorld;

  beforeAll(async () => {
    w = await teamsWorld();
    await createScript({ ctx: w.engineer, input: PRINT_SPOOLER_TEMPLATE });
  });
  afterAll(() => w.close());

  it('"scripts <search>" in a thread answers with the template filled for its session; a fix with a script offers and builds a draft', async () => {
    const post = w.post('Print queue stuck on FAB-WS-023, nothing prints');
    expect((await w.send(post)).status).toBe(200);
    const card = await eventually(() => sessionCardIn(threadOf(w, post.id)));
    const sessionId = sessionIdOf(card);

    expect((await w.send(w.post('scripts print spooler stuck', { threadRootId: post.id }))).status).toBe(200);
    const scripts = await eventually(() =>
      threadOf(w, post.id).find((a) =>
        JSON.stringify(cardOf(a) ?? '').includes('Clear the print spooler queue'),
      ),
    );
    const shown = JSON.stringify(cardOf(scripts));
    expect(shown).toContain('Invoke-Command -ComputerName FAB-WS-023');
    expect(shown).toContain('ComputerName: FAB-WS-023 (from this session)');
    expect(shown).toContain('⚠ Recursive delete (line 3)');

    // The assistant's first turn must be done: a fix it proposes would replace the scripted one.
    await eventually(async () =>
      (await getTranscript({ ctx: w.engineer, sessionId })).some((t) => t.role === 'assistant')
        ? true
        : undefined,
    );
    await proposeScriptFix(w.engineer, sessionId, {
      title: 'Restart the spooler remotely',
      steps: ['Run the script'],
      script: FIX_SCRIPT,
      scriptLanguage: 'powershell',
      confidence: 70,
    });
    const refreshed = answeredCard((await w.send(w.press(post, card, 'session.refresh'))).body);
    expect(verbsOf(refreshed)).toEqual(expect.arrayContaining(['script.later', 'script.build']));
    const built = answeredCard(
      (await w.send(w.press(post, withCard(card, refreshed), 'script.build', {}))).body,
    );
    expect(JSON.stringify(built)).toContain('Template draft ready');
    const [draft] = await listScriptDrafts({ ctx: w.engineer, input: { status: 'pending' } });
    expect(draft).toMatchObject({
      sessionId,
      method: 'offline',
      params: [expect.objectContaining({ name: 'ComputerName' })],
    });
    expect(JSON.stringify(built)).toContain(`https://rf.example.test/scripts?draft=${draft?.id}`);
  });
});
