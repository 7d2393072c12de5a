import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/db.ts';
import { createTestAccount } from '../../../test/factories.ts';
import { createDemoKnowledgeSource } from '../../kb/demo/index.ts';
import type { TenantContext } from '../../shared/context.ts';
import { createOfflineEngine, OFFLINE_LABEL } from './index.ts';
import { knowledgeFor as knowledgeForSource, ofType, turn } from './test-helpers.ts';

const engine = createOfflineEngine();
const kb = createDemoKnowledgeSource();
let ctx: TenantContext;

beforeAll(async () => {
  ctx = (await createTestAccount(await testDatabase(), 'Offline Engine MSP')).owner;
});

const knowledgeFor = (text: string) => knowledgeForSource(kb, ctx, text);

describe('offline engine: identity', () => {
  it('is the offline engine with no model and no usage', async () => {
    expect(engine.name).toBe('offline');
    const result = await engine.runTurn(turn('The printer on floor 2 shows offline'));
    expect(result).toMatchObject({ engine: 'offline', model: null });
    expect(result.usage).toEqual({
      inputTokens: 0,
      outputTokens: 0,
      cacheReadInputTokens: 0,
      cacheCreationInputTokens: 0,
    });
  });

  it('returns the note draft unchanged from synthesizeNote', async () => {
    const draft = [
      { heading: 'Problem', body: 'Outlook stuck on trying to connect.' },
      { heading: 'Resolution', body: 'Rebuilt the Outlook profile.' },
    ];
    const { sections, usage } = await engine.synthesizeNote({
      kind: 'resolution',
      problemSummary: 'Outlook',
      facts: [],
      fixes: [],
      openItems: [],
      draft,
    });
    expect(sections).toEqual(draft);
    expect(usage.inputTokens + usage.outputTokens).toBe(0);
  });
});

describe('offline engine: facts', () => {
  it('records each declarative sentence and skips questions, greetings and filler', async () => {
    const message =
      'Hi there. User can ping 8.8.8.8 but not the file server. Restarted the spooler, no change.\n' +
      'Error 0x80070005 when installing the driver. Can you help? Thanks! ok';
    const { actions } = await engine.runTurn(turn(message));
    expect(ofType(actions, 'record_fact').map((a) => a.text)).toEqual([
      'User can ping 8.8.8.8 but not the file server.',
      'Restarted the spooler, no change.',
      'Error 0x80070005 when installing the driver.',
    ]);
  });

  it('records nothing from pure chatter', async () => {
    const { actions } = await engine.runTurn(turn('Thanks, will do. What should I check next?'));
    expect(ofType(actions, 'record_fact')).toEqual([]);
  });

  it('does not duplicate a known fact, the problem summary, or a sentence repeated in one message', async () => {
    const input = turn(
      'user can ping 8.8.8.8 but NOT the file server! Accounts team cannot print. Spooler is running fine. Spooler is running fine.',
      {
        facts: [
          { id: 'f1', text: 'User can ping 8.8.8.8 but not the file server.', source: 'engineer_note' },
        ],
      },
    );
    const { actions } = await engine.runTurn(input);
    expect(ofType(actions, 'record_fact').map((a) => a.text)).toEqual(['Spooler is running fine.']);
  });
});

describe('offline engine: answering the task lane', () => {
  const scope = {
    id: 'q-scope',
    kind: 'question' as const,
    text: 'Does it affect one user or several?',
    status: 'open' as const,
  };
  const wired = {
    id: 'q-wired',
    kind: 'question' as const,
    text: 'Is the laptop on Wi-Fi or wired ethernet?',
    status: 'open' as const,
  };
  const ipconfig = {
    id: 'c-ip',
    kind: 'check' as const,
    text: 'Run ipconfig /all and note the IPv4 address',
    status: 'open' as const,
  };
  const spooler = {
    id: 'c-spool',
    kind: 'check' as const,
    text: 'Run Get-Service Spooler and note the status',
    status: 'open' as const,
  };

  it('resolves the open question a yes/no message answers, with the message as the answer', async () => {
    const message = 'Yes, everyone in accounts since the update on Monday';
    const { actions } = await engine.runTurn(turn(message, { openItems: [scope, ipconfig] }));
    expect(actions).toContainEqual({
      type: 'resolve_item',
      itemId: 'q-scope',
      status: 'answered',
      answer: message,
    });
    expect(ofType(actions, 'record_fact')).toEqual([]);
  });

  it('picks the question the answer is about when several are open', async () => {
    const { actions } = await engine.runTurn(
      turn('No, it is on wired ethernet at the desk', { openItems: [scope, wired] }),
    );
    expect(ofType(actions, 'resolve_item').map((a) => a.itemId)).toEqual(['q-wired']);
  });

  it('takes a short reply as the answer to the only open question', async () => {
    const { actions } = await engine.runTurn(turn('Just her, since Monday morning', { openItems: [scope] }));
    expect(ofType(actions, 'resolve_item')).toEqual([
      {
        type: 'resolve_item',
        itemId: 'q-scope',
        status: 'answered',
        answer: 'Just her, since Monday morning',
      },
    ]);
  });

  it('does not swallow a long new report as an answer', async () => {
    const message =
      'Event viewer shows spoolsv.exe crashing with faulting module PrintConfig.dll every time someone prints';
    const { actions } = await engine.runTurn(turn(message, { openItems: [scope] }));
    expect(ofType(actions, 'resolve_item')).toEqual([]);
    expect(ofType(actions, 'record_fact').map((a) => a.text)).toEqual([message]);
  });

  it('marks the one open check done on "done"-style messages', async () => {
    const { actions } = await engine.runTurn(turn('done, it says Running', { openItems: [scope, spooler] }));
    expect(ofType(actions, 'resolve_item')).toEqual([
      { type: 'resolve_item', itemId: 'c-spool', status: 'done', answer: 'done, it says Running' },
    ]);
  });

  it('with several open checks, marks the one the message names and no other', async () => {
    const message = 'Ran ipconfig /all: IPv4 is 169.254.12.7 and there is no gateway';
    const { actions } = await engine.runTurn(turn(message, { openItems: [spooler, ipconfig] }));
    expect(ofType(actions, 'resolve_item').map((a) => a.itemId)).toEqual(['c-ip']);
    const vague = await engine.runTurn(turn('ran it', { openItems: [spooler, ipconfig] }));
    expect(ofType(vague.actions, 'resolve_item')).toEqual([]);
  });
});

describe('offline engine: streaming and determinism', () => {
  it('streams the reply in chunks that concatenate to the text', async () => {
    const message = 'Laptop connected to wifi but no internet, ipconfig shows 169.254.3.4';
    const chunks: string[] = [];
    const result = await engine.runTurn(turn(message, { knowledge: await knowledgeFor(message) }), {
      onText: (delta) => chunks.push(delta),
    });
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(result.text);
    expect(chunks[0]?.startsWith(OFFLINE_LABEL)).toBe(true);
  });

  it('gives the same output for the same input', async () => {
    const message = 'OneDrive stuck on processing changes. Restarted OneDrive, no change.';
    const input = turn(message, { knowledge: await knowledgeFor(message) });
    expect(await engine.runTurn(input)).toEqual(await engine.runTurn(structuredClone(input)));
  });

  it('rejects when the caller has already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      engine.runTurn(turn('Spooler keeps crashing'), { signal: controller.signal }),
    ).rejects.toThrow();
  });
});
