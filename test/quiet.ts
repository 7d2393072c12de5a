/**
 * Waits until `count()` has not changed for `still` ms: work an earlier step left running (a
 * status cleared after its answer was already visible, a card updated once more) finishes before
 * a test counts what a simulator received. Fails after `ms` if it never settles.
 */
export async function untilStill(count: () => number, still = 300, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  let seen = count();
  let since = Date.now();
  while (Date.now() - since < still) {
    if (Date.now() > deadline) throw new Error('the simulator never went quiet');
    await new Promise((r) => setTimeout(r, 25));
    if (count() !== seen) {
      seen = count();
      since = Date.now();
    }
  }
}
