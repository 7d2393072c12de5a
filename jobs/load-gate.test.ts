import { afterEach, describe, expect, it } from 'vitest';
import { type LoadGate, startLoadGate } from './load-gate.ts';

function busyFor(ms: number) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    // Holds the event loop, as a CPU-bound turn does.
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('load gate', () => {
  let gate: LoadGate | undefined;
  afterEach(() => gate?.close());

  it('admits at once while the loop is idle, holds a turn while it is saturated, and lets it go after', async () => {
    gate = startLoadGate({ maxLagMs: 2, windowMs: 40 });
    await pause(120);
    await gate.admit();

    // Saturate the loop: every few ms a 20 ms block, the way eight offline turns on two cores do.
    const hog = setInterval(() => busyFor(20), 2);
    await pause(200);
    expect(gate.lagMs()).toBeGreaterThan(2);
    let admitted = false;
    const waiting = gate.admit().then(() => {
      admitted = true;
    });
    await pause(200);
    expect(admitted).toBe(false);

    clearInterval(hog);
    await waiting;
    expect(admitted).toBe(true);
  });
});
