import { findSlackInstallation, type SlackInstallation } from '../../core/chat/index.ts';
import type { Database } from '../../core/db/client.ts';
import { LruCache } from '../../core/shared/lru.ts';

const TTL_MS = 60_000;

/**
 * Installation lookups happen on every Slack request (authorize + account). A short cache keeps
 * that off the database without holding a revoked token for long.
 */
export class InstallationCache {
  readonly #cache = new LruCache<string, { value: SlackInstallation | null; at: number }>(1_000);

  constructor(
    private readonly database: Database,
    private readonly sealingKey: Buffer,
  ) {}

  async get(teamId: string): Promise<SlackInstallation | null> {
    const hit = this.#cache.get(teamId);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
    const value = await findSlackInstallation(this.database, this.sealingKey, teamId);
    this.#cache.set(teamId, { value, at: Date.now() });
    return value;
  }

  forget(teamId: string): void {
    this.#cache.set(teamId, { value: null, at: 0 });
  }
}
