import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/db.ts';
import { createTestAccount } from '../../../test/factories.ts';
import type { TenantContext } from '../../shared/context.ts';
import { listFlows } from '../index.ts';
import { demoFlowFiles } from './demo-flows.ts';
import { seedDemoFlows } from './seed-demo-flows.ts';

describe('demo flows', () => {
  let viewer: TenantContext;

  beforeAll(async () => {
    const account = await createTestAccount(await testDatabase(), 'Demo flows');
    await account.member('l1');
    viewer = await account.member('viewer');
    await seedDemoFlows(await account.member('engineer'));
  });

  it('ships 8–10 published authored flows for common MSP calls, each with a walk history', async () => {
    const flows = await listFlows({ ctx: viewer });
    expect(flows).toHaveLength(demoFlowFiles().length);
    expect(flows.length).toBeGreaterThanOrEqual(8);
    expect(flows.length).toBeLessThanOrEqual(10);
    for (const flow of flows) {
      expect(flow).toMatchObject({ status: 'published', origin: 'authored', currentVersion: 1 });
      expect(flow.usage.finished).toBeGreaterThanOrEqual(3);
      expect(flow.usage.successRate).toBeGreaterThan(0.3);
    }
    const rates = new Set(flows.map((f) => f.usage.successRate));
    expect(rates.size).toBeGreaterThan(4);
    expect(flows.some((f) => f.usage.successRate === 1)).toBe(true);
    expect(flows.map((f) => f.title)).toEqual(
      expect.arrayContaining([
        'Printer shows offline or nothing prints',
        'MFA on a new phone',
        'Mapped network drive missing',
      ]),
    );
  });
});
