import type {
  DiagnosisEngine,
  EngineCallOptions,
  EngineTurnInput,
  EngineTurnResult,
  EngineUsage,
  NoteSections,
  NoteSynthesisInput,
} from '../types.ts';
import { ZERO_USAGE } from '../types.ts';
import { planActions, planTurn } from './plan-turn.ts';
import { chunkText, composeReply } from './reply.ts';

/**
 * The diagnosis engine used when no Anthropic key is configured (`npm start` on a fresh clone, the
 * tests). Rule- and retrieval-based and fully deterministic: it records what the engineer states,
 * closes the item a message answers, reads fix outcomes, and turns the top knowledge passage into
 * checks and a fix. It never invents a diagnosis: with no matching article it asks a narrowing
 * question instead.
 */
export function createOfflineEngine(): DiagnosisEngine {
  return {
    name: 'offline',

    async runTurn(input: EngineTurnInput, options: EngineCallOptions = {}): Promise<EngineTurnResult> {
      options.signal?.throwIfAborted();
      const plan = planTurn(input);
      const text = composeReply(plan, input.knowledge.length, {
        anotherClientMatches: input.anotherClientMatches === true,
        ...(input.unspokenSymptom ? { unspokenSymptom: input.unspokenSymptom } : {}),
      });
      for (const chunk of chunkText(text)) {
        options.signal?.throwIfAborted();
        options.onText?.(chunk);
        // Yield between chunks like a real stream, so adapters see separate updates.
        await Promise.resolve();
      }
      return { text, actions: planActions(plan), usage: zeroUsage(), engine: 'offline', model: null };
    },

    async synthesizeNote(input: NoteSynthesisInput): Promise<{ sections: NoteSections; usage: EngineUsage }> {
      // The template draft already is the offline note: nothing to rephrase without a model.
      return { sections: input.draft.map((section) => ({ ...section })), usage: zeroUsage() };
    },
  };
}

function zeroUsage(): EngineUsage {
  return { ...ZERO_USAGE };
}
