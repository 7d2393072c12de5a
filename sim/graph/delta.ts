/**
 * Delta cursors and pre-authenticated download URLs of the Graph simulator. A delta token is an
 * opaque key for a remembered position in the change sequence (`since`), plus, for a `nextLink`
 * inside one enumeration, the frozen end of that change set (`until`). `expireAll()` makes every
 * token issued so far answer 410 Gone (https://learn.microsoft.com/graph/api/driveitem-delta).
 */
import { randomBytes } from 'node:crypto';

export interface DeltaPosition {
  driveId: string;
  /** Changes with `seq > since` are still to be returned. */
  since: number;
  /** For a nextLink: the last `seq` of the change set being paged. Absent for a deltaLink. */
  until?: number;
  /** A full enumeration (no deleted tombstones). */
  initial: boolean;
  issuedAt: number;
  generation: number;
}

export class DeltaTokens {
  private tokens = new Map<string, DeltaPosition>();
  private generation = 0;

  issue(position: Omit<DeltaPosition, 'generation'>): string {
    const token = randomBytes(24).toString('base64url');
    this.tokens.set(token, { ...position, generation: this.generation });
    return token;
  }

  expireAll(): void {
    this.generation += 1;
  }

  clear(): void {
    this.tokens.clear();
  }

  /** The position, `'expired'` (410) or `'unknown'` (400 malformed). */
  resolve(
    token: string,
    driveId: string,
    now: number,
    maxAgeMs: number | undefined,
  ): DeltaPosition | 'expired' | 'unknown' {
    const position = this.tokens.get(token);
    if (!position || position.driveId !== driveId) return 'unknown';
    if (position.generation !== this.generation) return 'expired';
    if (maxAgeMs !== undefined && now - position.issuedAt > maxAgeMs) return 'expired';
    return position;
  }
}

interface DownloadLink {
  driveId: string;
  itemId: string;
  expiresAt: number;
}

export class DownloadLinks {
  private links = new Map<string, DownloadLink>();

  issue(driveId: string, itemId: string, expiresAt: number): string {
    const key = randomBytes(24).toString('base64url');
    this.links.set(key, { driveId, itemId, expiresAt });
    return key;
  }

  get(key: string, now: number): DownloadLink | 'expired' | undefined {
    const link = this.links.get(key);
    if (!link) return undefined;
    if (link.expiresAt <= now) {
      this.links.delete(key);
      return 'expired';
    }
    return link;
  }

  clear(): void {
    this.links.clear();
  }
}
