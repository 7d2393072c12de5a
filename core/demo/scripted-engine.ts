import type { DiagnosisEngine, EngineAction, EngineTurnResult } from '../engine/types.ts';
import { ZERO_USAGE } from '../engine/types.ts';

/** One assistant turn of a demo story. Items are closed by their text: their ids exist only once asked. */
export interface ScriptedTurn {
  text: string;
  actions: Array<
    | Exclude<EngineAction, { type: 'resolve_item' }>
    | { type: 'resolve_text'; text: string; status: 'answered' | 'done'; answer: string }
  >;
}

export interface ScriptedEngine {
  engine: DiagnosisEngine;
  /** What the next `runTurn` answers; each call consumes one. */
  next(turn: ScriptedTurn): void;
}

/**
 * A diagnosis engine that replays the demo's stories, so the seed runs through the real turn verb
 * (validation, fact and task-lane rules, state_version) without a model and always produces the
 * same history. Notes keep the template draft, exactly like the offline engine.
 */
export function createScriptedEngine(): ScriptedEngine {
  const queue: ScriptedTurn[] = [];
  const engine: DiagnosisEngine = {
    name: 'offline',
    async runTurn(input): Promise<EngineTurnResult> {
      const turn = queue.shift();
      if (!turn) throw new Error('demo seed: no scripted reply queued for this turn');
      const actions = turn.actions.map((a): EngineAction => {
        if (a.type !== 'resolve_text') return a;
        const item = input.openItems.find((i) => i.text === a.text);
        if (!item) throw new Error(`demo seed: no open item "${a.text}"`);
        return { type: 'resolve_item', itemId: item.id, status: a.status, answer: a.answer };
      });
      return { text: turn.text, actions, usage: { ...ZERO_USAGE }, engine: 'offline', model: null };
    },
    async synthesizeNote(input) {
      return { sections: input.draft.map((s) => ({ ...s })), usage: { ...ZERO_USAGE } };
    },
  };
  return { engine, next: (turn) => queue.push(turn) };
}
