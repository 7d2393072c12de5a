import { type DiagnosisEngine, EngineBusyError } from '../core/engine/types.ts';

export interface Pace {
  /** Time to the first token (the model reading the prompt). */
  firstTokenMs: number;
  /** Pause between streamed pieces. */
  chunkMs: number;
  /** Pieces the answer is streamed in. */
  chunks?: number;
  /** Throw the model's "busy" error after this many pieces were streamed (a failure mid-answer). */
  failAfter?: number;
}

/**
 * A simulated model for latency tests and benches: the wrapped engine decides the answer, which is
 * then written out piece by piece at a model's pace (first token after `firstTokenMs`, then a piece
 * every `chunkMs`), so adapters see the timing of a real stream.
 */
export function pacedEngine(inner: DiagnosisEngine, pace: Pace): DiagnosisEngine {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  return {
    name: inner.name,
    synthesizeNote: (input) => inner.synthesizeNote(input),
    async runTurn(input, options = {}) {
      const result = await inner.runTurn(input);
      const pieces = Math.max(1, pace.chunks ?? 6);
      const size = Math.ceil(result.text.length / pieces);
      await sleep(pace.firstTokenMs);
      for (let i = 0; i * size < result.text.length; i++) {
        if (pace.failAfter !== undefined && i >= pace.failAfter)
          throw new EngineBusyError('The assistant is busy right now.');
        if (i > 0) await sleep(pace.chunkMs);
        options.signal?.throwIfAborted();
        options.onText?.(result.text.slice(i * size, (i + 1) * size));
      }
      return result;
    },
  };
}
