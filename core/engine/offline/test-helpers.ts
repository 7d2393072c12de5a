import type { KnowledgeSource } from '../../kb/knowledge.ts';
import type { TenantContext } from '../../shared/context.ts';
import type { EngineAction, EngineTurnInput } from '../types.ts';

/** Builders shared by the offline engine's tests: inputs shaped like the ones the core assembles. */

export type ActiveFix = NonNullable<EngineTurnInput['activeFix']>;

export function turn(message: string, over: Partial<EngineTurnInput> = {}): EngineTurnInput {
  return {
    sessionId: 'session-1',
    problemSummary: 'Accounts team cannot print',
    facts: [],
    openItems: [],
    activeFix: null,
    previousFixes: [],
    recentTranscript: [],
    knowledge: [],
    message,
    ...over,
  };
}

export function fix(title: string, over: Partial<ActiveFix> = {}): ActiveFix {
  return {
    id: 'fix-1',
    title,
    steps: ['step'],
    confidence: 60,
    status: 'proposed',
    partialNotes: null,
    failureReason: null,
    ...over,
  };
}

/** What the core passes as `knowledge`: the source searched with the ticket text. */
export function knowledgeFor(kb: KnowledgeSource, ctx: TenantContext, text: string) {
  return kb.search(ctx, { text });
}

export const ofType = <T extends EngineAction['type']>(actions: EngineAction[], type: T) =>
  actions.filter((a): a is Extract<EngineAction, { type: T }> => a.type === type);

export const SPOOLER_FIX = 'Clear the spool folder and restart the Print Spooler';
