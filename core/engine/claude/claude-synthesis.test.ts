import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type AnthropicSimulator, startAnthropicSimulator } from '../../../sim/anthropic/index.ts';
import { EngineBusyError } from '../types.ts';
import { capturedLogger, noteInput, SYNTHESIS_MODEL, testEngine } from './test-fixtures.ts';

let sim: AnthropicSimulator;

beforeAll(async () => {
  sim = await startAnthropicSimulator();
});
afterEach(() => sim.reset());
afterAll(() => sim.close());

const REWRITTEN = [
  { heading: 'Problem', body: 'Outlook on your computer WS-017 kept asking for your password.' },
  {
    heading: 'What we did',
    body: 'We cleared the saved Office sign-in details, and Outlook now works normally.',
  },
];

function writeNote(sections: Array<{ heading: string; body: string }>) {
  return {
    kind: 'message' as const,
    content: [{ type: 'tool_use' as const, name: 'write_note', input: { sections } }],
  };
}

describe('synthesizeNote', () => {
  it("returns the model's sections when the headings match, via a forced write_note call", async () => {
    sim.enqueue(writeNote(REWRITTEN));
    const { logger } = capturedLogger();
    const input = noteInput();
    const result = await testEngine(sim.url, logger).synthesizeNote(input);

    expect(result.sections).toEqual(REWRITTEN);
    expect(result.usage.outputTokens).toBeGreaterThan(0);
    const body = sim.requests[0]?.body;
    expect(body?.model).toBe(SYNTHESIS_MODEL);
    expect(body?.tool_choice).toEqual({ type: 'tool', name: 'write_note' });
    expect(body?.tools?.map((tool) => ('name' in tool ? tool.name : null))).toEqual(['write_note']);
    expect(JSON.stringify(body?.system)).toContain('customer-visible');
    expect(JSON.stringify(body?.system)).toContain('Do not add any claim');
    expect(JSON.stringify(body?.messages)).toContain('KB5034441');
  });

  it('asks for a terse technical style for escalation packages', async () => {
    const { logger } = capturedLogger();
    await testEngine(sim.url, logger).synthesizeNote(noteInput({ kind: 'escalation' }));
    expect(JSON.stringify(sim.requests[0]?.body?.system)).toContain('terse and technical');
  });

  it('falls back to the draft when the headings do not match', async () => {
    sim.enqueue(writeNote([{ heading: 'Summary', body: 'All fixed.' }, REWRITTEN[1]!]));
    const { logger, lines } = capturedLogger();
    const input = noteInput();
    const result = await testEngine(sim.url, logger).synthesizeNote(input);
    expect(result.sections).toEqual(input.draft);
    expect(lines.some((line) => String(line.msg).includes('changed the headings'))).toBe(true);
  });

  it('falls back to the draft when a section is missing or the model answered in text', async () => {
    const { logger } = capturedLogger();
    const engine = testEngine(sim.url, logger);
    sim.enqueue(writeNote([REWRITTEN[0]!]), { kind: 'message', content: [{ type: 'text', text: 'Sure!' }] });
    expect((await engine.synthesizeNote(noteInput())).sections).toEqual(noteInput().draft);
    expect((await engine.synthesizeNote(noteInput())).sections).toEqual(noteInput().draft);
  });

  it('falls back to the draft when the rewrite adds an identifier the material lacks', async () => {
    sim.enqueue(
      writeNote([
        REWRITTEN[0]!,
        {
          heading: 'What we did',
          body: 'We installed update KB5099999 and cleared the saved sign-in details.',
        },
      ]),
    );
    const { logger } = capturedLogger();
    const input = noteInput();
    expect((await testEngine(sim.url, logger).synthesizeNote(input)).sections).toEqual(input.draft);
  });

  it('accepts identifiers that come from the draft, including Windows paths', async () => {
    const draft = [
      { heading: 'Problem', body: 'Profile at C:\\Users\\jdoe\\AppData was corrupt.' },
      { heading: 'What we did', body: 'Rebuilt it.' },
    ];
    const sections = [
      { heading: 'Problem', body: 'The profile folder C:\\Users\\jdoe\\AppData on WS-017 was damaged.' },
      { heading: 'What we did', body: 'We rebuilt the profile.' },
    ];
    sim.enqueue(writeNote(sections));
    const { logger } = capturedLogger();
    const result = await testEngine(sim.url, logger).synthesizeNote(noteInput({ draft }));
    expect(result.sections).toEqual(sections);
  });

  it('retries with tool_choice auto when the model rejects forced tool use, and remembers it', async () => {
    sim.enqueue(
      { kind: 'error', status: 400, message: 'tool_choice: forced tool use is not supported for this model' },
      writeNote(REWRITTEN),
      writeNote(REWRITTEN),
    );
    const { logger } = capturedLogger();
    const engine = testEngine(sim.url, logger);
    expect((await engine.synthesizeNote(noteInput())).sections).toEqual(REWRITTEN);
    expect((await engine.synthesizeNote(noteInput())).sections).toEqual(REWRITTEN);
    expect(sim.requests.map((r) => r.body?.tool_choice)).toEqual([
      { type: 'tool', name: 'write_note' },
      { type: 'auto' },
      { type: 'auto' },
    ]);
  });

  it('maps an overloaded API to EngineBusyError', async () => {
    sim.enqueue(
      { kind: 'error', status: 529 },
      { kind: 'error', status: 529 },
      { kind: 'error', status: 529 },
    );
    const { logger } = capturedLogger();
    await expect(testEngine(sim.url, logger).synthesizeNote(noteInput())).rejects.toBeInstanceOf(
      EngineBusyError,
    );
  });
});
