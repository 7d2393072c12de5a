import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../shared/logger.ts';
import type { EngineTurnInput, NoteSynthesisInput } from '../types.ts';
import { createClaudeEngine } from './index.ts';

/** Test support for this folder's suites (not exported from index.ts). */

export const TURN_MODEL = 'claude-sonnet-5-5';
export const SYNTHESIS_MODEL = 'claude-haiku-5-5';

/** A real pino logger (createLogger, redaction included) writing parsed JSON lines into an array. */
export function capturedLogger(): { logger: Logger; lines: Array<Record<string, unknown>>; raw: string[] } {
  const lines: Array<Record<string, unknown>> = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      const text = String(chunk);
      raw.push(text);
      for (const line of text.split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger({ level: 'debug', name: 'test' }, stream), lines, raw };
}

export function testEngine(
  baseURL: string,
  logger: Logger,
  overrides: { maxRetries?: number; apiKey?: string } = {},
) {
  return createClaudeEngine({
    apiKey: overrides.apiKey ?? 'sk-test-key',
    baseURL,
    models: { turn: TURN_MODEL, synthesis: SYNTHESIS_MODEL },
    maxRetries: overrides.maxRetries ?? 2,
    timeoutMs: 5_000,
    logger,
  });
}

export const OPEN_QUESTION_ID = '7d1c2a8e-0b4f-4a51-9c3e-2f6b8d1e4a10';
export const OPEN_CHECK_ID = '0f5e9b2c-6a7d-4c18-8e21-5b3a9c7d2e64';

export function turnInput(overrides: Partial<EngineTurnInput> = {}): EngineTurnInput {
  return {
    sessionId: 'session-1',
    problemSummary: 'Outlook keeps prompting for credentials on WS-017 (ticket #48213).',
    facts: [
      {
        id: 'f1',
        text: 'Only WS-017 is affected; webmail works for the same user.',
        source: 'engineer_note',
      },
    ],
    openItems: [
      { id: OPEN_QUESTION_ID, kind: 'question', text: 'When did the prompts start?', status: 'open' },
      { id: OPEN_CHECK_ID, kind: 'check', text: 'Run `dsregcmd /status` on WS-017.', status: 'open' },
    ],
    activeFix: null,
    previousFixes: [],
    recentTranscript: [],
    knowledge: [],
    message: 'The prompts started Monday after the Windows update.',
    ...overrides,
  };
}

export function noteInput(overrides: Partial<NoteSynthesisInput> = {}): NoteSynthesisInput {
  return {
    kind: 'resolution',
    problemSummary: 'Outlook kept prompting for credentials on WS-017.',
    facts: ['Prompts started Monday after update KB5034441.', 'Webmail worked for the same user.'],
    fixes: [
      {
        title: 'Clear cached Office credentials',
        steps: [
          'Close Outlook.',
          'Remove MicrosoftOffice16 entries from Credential Manager.',
          'Reopen Outlook.',
        ],
        status: 'applied_success',
        partialNotes: null,
        failureReason: null,
      },
    ],
    openItems: [],
    draft: [
      { heading: 'Problem', body: 'Outlook kept prompting for credentials on WS-017.' },
      { heading: 'What we did', body: 'Cleared cached Office credentials (applied_success).' },
    ],
    ...overrides,
  };
}
