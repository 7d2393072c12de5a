import { monitorEventLoopDelay } from 'node:perf_hooks';

/**
 * Holds back extra concurrent chat turns while this process's event loop is saturated, so the
 * acks Slack and Teams wait for (and the admin web) keep their latency in a burst.
 *
 * Concurrency helps chat turns that wait on the network (a model call takes seconds of idle
 * waiting), and hurts turns that are all CPU (the offline engine on two cores: eight turns at once
 * answer no sooner than two, and every ack queues behind their callbacks). A fixed number is wrong
 * for one or the other, so the first slot always runs and the others start a turn only while the
 * loop's recent delay is under `maxLagMs`: with a model, all slots work; offline, under load, few do.
 * A mean delay of a few ms matters because an ack crosses the loop several times (parse, verify,
 * store, reply): on two cores, 8 offline turns at once put our Slack ack p50 at 51–69 ms, this gate
 * at 40–45 ms (bench:burst, PostgreSQL), with the burst drained no later.
 */
export interface LoadGate {
  /** Resolves when a turn beyond the first may start. */
  admit(): Promise<void>;
  /** The event loop's mean delay over the last window, in ms (what the gate decides on; tests read it). */
  lagMs(): number;
  close(): void;
}

export function startLoadGate(options: { maxLagMs?: number; windowMs?: number } = {}): LoadGate {
  const maxLagMs = options.maxLagMs ?? 2;
  const windowMs = options.windowMs ?? 100;
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  let recent = 0;
  const tick = setInterval(() => {
    // A window without a sample is no news of an idle loop: the sampler's own timer was held up
    // by whatever blocked it (reading it as 0 let turns through at the worst moment). Keep the last.
    if (histogram.count === 0) return;
    // Each sample includes the 5 ms sampling interval itself; what is over it is time spent queued.
    recent = Math.max(0, histogram.mean / 1e6 - 5);
    histogram.reset();
  }, windowMs);
  tick.unref();
  return {
    async admit() {
      while (recent > maxLagMs) await new Promise((resolve) => setTimeout(resolve, windowMs / 2));
    },
    lagMs: () => recent,
    close() {
      clearInterval(tick);
      histogram.disable();
    },
  };
}
