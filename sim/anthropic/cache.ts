import { createHash } from 'node:crypto';
import type { MessageCreateParamsBase } from '@anthropic-ai/sdk/resources/messages';
import { estimateTokens } from './tokens.ts';

/**
 * Prompt-cache accounting, modelled on the documented behaviour of Anthropic prompt caching:
 * - the prompt is one prefix rendered in the order tools → system → messages;
 * - a `cache_control` marker on a block makes "everything up to and including this block" a cache
 *   entry; at most 4 markers per request (a top-level `cache_control` — automatic caching — marks
 *   the last block and uses one of the 4 slots);
 * - on lookup the API checks, from each breakpoint, up to 20 blocks back for an existing entry, so
 *   a conversation whose breakpoint moves forward each turn still reads the previous turn's prefix;
 * - prefixes shorter than the model's minimum are silently not cached (no error);
 * - entries live 5 minutes (or 1 hour with `ttl: '1h'`) and are refreshed for free on each hit;
 * - usage reports `cache_read_input_tokens` (prefix served from cache), `cache_creation_input_tokens`
 *   (newly written, up to the last breakpoint) and `input_tokens` (everything after it); the three
 *   sum to the prompt's total.
 */

/** How many blocks before a breakpoint the lookup checks for a previous entry (documented as ~20). */
export const LOOKBACK_BLOCKS = 20;
/** The API rejects requests with more than 4 cache breakpoints. */
export const MAX_BREAKPOINTS = 4;

const TTL_MS = { '5m': 5 * 60_000, '1h': 60 * 60_000 } as const;
type Ttl = keyof typeof TTL_MS;

interface PrefixUnit {
  /** Identity of the block for hashing: its position kind/role plus JSON without `cache_control`. */
  key: string;
  tokens: number;
  breakpoint: Ttl | null;
}

export interface CacheUsage {
  input_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
  cache_creation: { ephemeral_5m_input_tokens: number; ephemeral_1h_input_tokens: number };
}

/** Thrown for cache_control misuse the real API rejects with 400 invalid_request_error. */
export class CacheControlError extends Error {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function ttlOf(block: Record<string, unknown>): Ttl | null {
  const control = block.cache_control;
  if (!isRecord(control)) return null;
  return control.ttl === '1h' ? '1h' : '5m';
}

function unit(kind: string, block: unknown): PrefixUnit {
  const record = isRecord(block) ? block : { type: 'text', text: String(block) };
  const { cache_control: _ignored, ...rest } = record;
  // Breakpoint placement is not content: moving a marker must not change the prefix identity.
  const json = JSON.stringify(rest);
  return { key: `${kind}\u0000${json}`, tokens: estimateTokens(json), breakpoint: ttlOf(record) };
}

/** Flattens a request into prefix blocks in the API's render order: tools → system → messages. */
function flatten(body: MessageCreateParamsBase): PrefixUnit[] {
  const units: PrefixUnit[] = [];
  for (const tool of body.tools ?? []) units.push(unit('tool', tool));
  const system: unknown = body.system;
  if (typeof system === 'string') units.push(unit('system', { type: 'text', text: system }));
  else if (Array.isArray(system)) for (const block of system) units.push(unit('system', block));
  for (const message of body.messages as unknown[]) {
    if (!isRecord(message)) continue;
    const role = String(message.role);
    const content = message.content;
    if (typeof content === 'string') units.push(unit(role, { type: 'text', text: content }));
    else if (Array.isArray(content)) for (const block of content) units.push(unit(role, block));
  }
  const topLevel: unknown = body.cache_control;
  const last = units.at(-1);
  if (isRecord(topLevel) && last && last.breakpoint === null) {
    last.breakpoint = topLevel.ttl === '1h' ? '1h' : '5m';
  }
  return units;
}

/** Total estimated prompt tokens, as `count_tokens` would report. */
export function estimatePromptTokens(body: MessageCreateParamsBase): number {
  return flatten(body).reduce((sum, u) => sum + u.tokens, 0);
}

/** Throws {@link CacheControlError} when the request carries more breakpoints than the API allows. */
export function assertBreakpointLimit(body: MessageCreateParamsBase): void {
  const found = flatten(body).filter((u) => u.breakpoint !== null).length;
  if (found > MAX_BREAKPOINTS) {
    throw new CacheControlError(
      `A maximum of ${MAX_BREAKPOINTS} blocks with cache_control may be provided. Found ${found}.`,
    );
  }
}

/**
 * The simulator's cache store: prefix hash → expiry. Hashes chain block by block (seeded with the
 * model, since caches are per model), so equal hashes mean byte-identical prefixes.
 */
export class PromptCache {
  readonly #entries = new Map<string, { expiresAt: number; ttlMs: number }>();
  readonly #minTokens: number;
  readonly #now: () => number;

  constructor(minCacheableTokens: number, now: () => number) {
    this.#minTokens = minCacheableTokens;
    this.#now = now;
  }

  clear(): void {
    this.#entries.clear();
  }

  #alive(hash: string, now: number): boolean {
    const entry = this.#entries.get(hash);
    if (!entry) return false;
    if (entry.expiresAt > now) return true;
    this.#entries.delete(hash);
    return false;
  }

  #store(hash: string, ttlMs: number, now: number): void {
    const previous = this.#entries.get(hash);
    const keepMs = Math.max(ttlMs, previous?.ttlMs ?? 0);
    this.#entries.set(hash, { expiresAt: now + keepMs, ttlMs: keepMs });
  }

  /** Computes usage for a request and records the entries it creates or refreshes. */
  account(body: MessageCreateParamsBase): CacheUsage {
    const units = flatten(body);
    const now = this.#now();
    const cumulative: number[] = [];
    const hashes: string[] = [];
    let running = 0;
    let chain = createHash('sha256').update(`model\u0000${body.model}`).digest('hex');
    for (const u of units) {
      running += u.tokens;
      cumulative.push(running);
      chain = createHash('sha256').update(chain).update(u.key).digest('hex');
      hashes.push(chain);
    }
    const breakpoints = units.flatMap((u, i) => (u.breakpoint === null ? [] : [i]));

    // Read: the longest cached prefix found looking back from any breakpoint.
    let readEnd = -1;
    for (const b of breakpoints) {
      for (let j = b; j >= Math.max(0, b - LOOKBACK_BLOCKS + 1); j--) {
        if (j <= readEnd) break;
        if (this.#alive(hashes[j]!, now)) {
          readEnd = j;
          break;
        }
      }
    }
    const read = readEnd >= 0 ? cumulative[readEnd]! : 0;
    if (readEnd >= 0) this.#store(hashes[readEnd]!, this.#entries.get(hashes[readEnd]!)!.ttlMs, now);

    // Write: every breakpoint whose prefix meets the minimum; only tokens past the read are new.
    const creation = { ephemeral_5m_input_tokens: 0, ephemeral_1h_input_tokens: 0 };
    let covered = readEnd;
    for (const b of breakpoints) {
      if (cumulative[b]! < this.#minTokens) continue;
      const ttl = units[b]!.breakpoint!;
      if (b > covered) {
        const fresh = cumulative[b]! - (covered >= 0 ? cumulative[covered]! : 0);
        if (ttl === '1h') creation.ephemeral_1h_input_tokens += fresh;
        else creation.ephemeral_5m_input_tokens += fresh;
        covered = b;
      }
      this.#store(hashes[b]!, TTL_MS[ttl], now);
    }
    const created = creation.ephemeral_5m_input_tokens + creation.ephemeral_1h_input_tokens;
    return {
      input_tokens: running - read - created,
      cache_creation_input_tokens: created,
      cache_read_input_tokens: read,
      cache_creation: creation,
    };
  }
}
