/**
 * Group commit: callers that arrive while a write is in flight are written together in the next
 * one, each awaiting the commit that carries its item. In a burst the database does one
 * transaction for many callers instead of one each (on embedded PGlite every statement runs on the
 * event loop, so that is CPU the acks no longer wait behind); when calls trickle in, each is
 * written alone at once, with no timer adding latency.
 *
 * `write` gets the items in arrival order and returns one result per item, in the same order. A
 * batch that fails is written again item by item, so one bad item fails only its own caller.
 */
export function groupCommit<I, O>(
  write: (items: I[]) => Promise<O[]>,
  options: { maxBatch: number },
): (item: I) => Promise<O> {
  interface Pending {
    item: I;
    resolve: (value: O) => void;
    reject: (error: unknown) => void;
  }
  let waiting: Pending[] = [];
  let writing = false;

  const writeAlone = async (p: Pending) => {
    try {
      const [result] = await write([p.item]);
      p.resolve(result as O);
    } catch (error) {
      p.reject(error);
    }
  };

  const drain = async () => {
    writing = true;
    try {
      while (waiting.length > 0) {
        const batch = waiting.slice(0, options.maxBatch);
        waiting = waiting.slice(batch.length);
        if (batch.length === 1) {
          await writeAlone(batch[0] as Pending);
          continue;
        }
        try {
          const results = await write(batch.map((p) => p.item));
          batch.forEach((p, i) => {
            p.resolve(results[i] as O);
          });
        } catch {
          for (const p of batch) await writeAlone(p);
        }
      }
    } finally {
      writing = false;
    }
  };

  return (item) =>
    new Promise<O>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      if (!writing) void drain();
    });
}
