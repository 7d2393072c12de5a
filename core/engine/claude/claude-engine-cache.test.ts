import type { MessageParam, TextBlockParam } from '@anthropic-ai/sdk/resources/messages';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type AnthropicSimulator,
  MAX_BREAKPOINTS,
  type RecordedRequest,
  startAnthropicSimulator,
} from '../../../sim/anthropic/index.ts';
import type { EngineTurnInput } from '../types.ts';
import { TRANSCRIPT_OPENER } from './prompt.ts';
import { capturedLogger, testEngine, turnInput } from './test-fixtures.ts';

let sim: AnthropicSimulator;

beforeAll(async () => {
  // The simulator's default minimum cacheable prefix (1,024 estimated tokens), like most models.
  sim = await startAnthropicSimulator();
});
afterEach(() => sim.reset());
afterAll(() => sim.close());

const KNOWLEDGE: EngineTurnInput['knowledge'] = [
  {
    documentId: 'kb-1',
    title: 'Outlook credential prompts after updates',
    url: 'https://docs.example.com/kb/1',
    source: 'hudu',
    snippet: 'Stale MicrosoftOffice16 entries in Credential Manager cause repeated prompts.',
    score: 0.81,
    checks: ['Open Credential Manager and list MicrosoftOffice16 entries.'],
    fix: { title: 'Clear cached Office credentials', steps: ['Close Outlook.', 'Remove the entries.'] },
  },
];

function hasBreakpoint(block: unknown): boolean {
  return (
    typeof block === 'object' && block !== null && 'cache_control' in block && block.cache_control != null
  );
}

function blocksOf(message: MessageParam): TextBlockParam[] {
  return Array.isArray(message.content) ? (message.content as TextBlockParam[]) : [];
}

function breakpointCount(request: RecordedRequest): number {
  const body = request.body!;
  let count = (body.tools ?? []).filter(hasBreakpoint).length;
  count += (Array.isArray(body.system) ? body.system : []).filter(hasBreakpoint).length;
  for (const message of body.messages ?? []) count += blocksOf(message).filter(hasBreakpoint).length;
  return count;
}

describe('prompt caching across a conversation', () => {
  it('reads the cached prefix from turn 2 on, with breakpoints where the layout promises', async () => {
    const { logger } = capturedLogger();
    const engine = testEngine(sim.url, logger);
    const engineerMessages = [
      'Outlook on WS-017 keeps asking for a password.',
      'It started Monday after the Windows update.',
      'Credential Manager shows three MicrosoftOffice16 entries.',
    ];
    const replies = [
      'When did it start?',
      'Please check Credential Manager.',
      'Clear those entries, then retry.',
    ];
    const transcript: EngineTurnInput['recentTranscript'] = [];
    const usages = [];

    for (const [turn, message] of engineerMessages.entries()) {
      sim.enqueue({ kind: 'message', content: [{ type: 'text', text: replies[turn]! }] });
      const result = await engine.runTurn(
        turnInput({ recentTranscript: [...transcript], knowledge: KNOWLEDGE, message }),
      );
      usages.push(result.usage);
      transcript.push({ role: 'engineer', text: message }, { role: 'assistant', text: result.text });
    }

    expect(usages[0]?.cacheCreationInputTokens).toBeGreaterThan(1024);
    expect(usages[0]?.cacheReadInputTokens).toBe(0);
    for (const usage of usages.slice(1)) {
      expect(usage.cacheReadInputTokens).toBeGreaterThan(0);
    }
    // Turn 3 reads everything turn 2 cached, which includes turn 2's transcript.
    expect(usages[2]!.cacheReadInputTokens).toBeGreaterThan(usages[1]!.cacheReadInputTokens);

    const third = sim.requests[2]!;
    const body = third.body!;
    const tools = body.tools ?? [];
    expect(hasBreakpoint(tools.at(-1))).toBe(true);
    expect(tools.slice(0, -1).some(hasBreakpoint)).toBe(false);
    const system = body.system as TextBlockParam[];
    expect(system.map(hasBreakpoint)).toEqual([true, true]);
    expect(system[1]?.text).toContain('Outlook credential prompts after updates');

    const messages = body.messages ?? [];
    expect(messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant', 'user']);
    const priorLast = blocksOf(messages[3]!).at(-1);
    expect(priorLast?.text).toBe(replies[1]);
    expect(hasBreakpoint(priorLast)).toBe(true);
    const current = blocksOf(messages[4]!);
    expect(current).toHaveLength(1);
    expect(hasBreakpoint(current[0])).toBe(false);
    expect(current[0]?.text).toContain(engineerMessages[2]);
    expect(current[0]?.text).toContain('<session_state>');

    for (const request of sim.requests) expect(breakpointCount(request)).toBeLessThanOrEqual(MAX_BREAKPOINTS);
  });

  it('marks the system prompt when there is no knowledge and uses 2 breakpoints on a first turn', async () => {
    const { logger } = capturedLogger();
    await testEngine(sim.url, logger).runTurn(turnInput());
    const request = sim.requests[0]!;
    const system = request.body!.system as TextBlockParam[];
    expect(system).toHaveLength(1);
    expect(hasBreakpoint(system[0])).toBe(true);
    expect(breakpointCount(request)).toBe(2);
  });
});

describe('transcript shaping', () => {
  it('merges same-role entries into one message, starts with user, and keeps the breakpoint', async () => {
    const { logger } = capturedLogger();
    await testEngine(sim.url, logger).runTurn(
      turnInput({
        recentTranscript: [
          { role: 'assistant', text: 'Hi, I can help with this ticket.' },
          { role: 'assistant', text: 'What is happening?' },
          { role: 'engineer', text: 'Outlook prompts for a password.' },
          { role: 'engineer', text: '   ' },
          { role: 'engineer', text: 'Only on WS-017.' },
        ],
      }),
    );
    const messages = sim.requests[0]!.body!.messages ?? [];
    expect(messages.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(blocksOf(messages[0]!).map((b) => b.text)).toEqual([TRANSCRIPT_OPENER]);
    expect(blocksOf(messages[1]!).map((b) => b.text)).toEqual([
      'Hi, I can help with this ticket.',
      'What is happening?',
    ]);
    // The last prior entry was the engineer's, so the current turn joins that user message as a
    // second block, after the breakpoint.
    const last = blocksOf(messages[2]!);
    expect(last.map((b) => b.text.slice(0, 15))).toEqual([
      'Outlook prompts',
      'Only on WS-017.',
      '<session_state>',
    ]);
    expect(last.map(hasBreakpoint)).toEqual([false, true, false]);
  });
});
