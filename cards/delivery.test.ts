import { describe, expect, it } from 'vitest';
import { deliveryMessage } from './delivery.ts';

describe('what the thread hears after a PSA delivery', () => {
  const report = (over: Partial<Parameters<typeof deliveryMessage>[1]>) => ({
    delivered: 0,
    failed: 0,
    deferred: 0,
    problem: null,
    ...over,
  });

  it('says posted and verified, status not applied, queued for retry, or failed', () => {
    expect(deliveryMessage('ConnectWise #42', report({ delivered: 2 }))).toBe(
      'Posted to ConnectWise #42 and verified.',
    );
    expect(
      deliveryMessage(
        'ConnectWise #42',
        report({ delivered: 1, failed: 1, problem: { kind: 'status_not_applied', message: 'x' } }),
      ),
    ).toMatch(/did not apply the status change/);
    expect(
      deliveryMessage(
        'ConnectWise #42',
        report({ deferred: 2, problem: { kind: 'rate_limited', message: 'x' } }),
      ),
    ).toMatch(/queued and will be retried \(rate limited\)|\(rate limited\); the update is queued/);
    expect(
      deliveryMessage(
        'ConnectWise #42',
        report({
          failed: 1,
          problem: { kind: 'bad_credentials', message: 'ConnectWise rejected the API keys' },
        }),
      ),
    ).toBe(
      'Could not update ConnectWise #42: ConnectWise rejected the API keys. An admin can retry it from the admin page.',
    );
    expect(deliveryMessage('ConnectWise #42', report({}))).toBeNull();
  });
});
