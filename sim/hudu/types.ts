import type { FaultMatch, RecordedCall } from '../shared/kit.ts';

export type { FaultMatch, RecordedCall };

/**
 * Wire and handle types of the Hudu REST API simulator. Hudu answers snake_case JSON wrapped in a
 * key named after the resource (`{"articles": […]}`, `{"article": {…}}`), numeric ids, ISO 8601 times.
 */

export interface HuduCompany {
  id: number;
  name: string;
  nickname: string | null;
  company_type: string | null;
  id_in_integration: string | null;
  archived: boolean;
  url: string;
  created_at: string;
  updated_at: string;
}

export interface HuduFolder {
  id: number;
  name: string;
  icon: string | null;
  description: string | null;
  parent_folder_id: number | null;
  /** `null` for the global knowledge base. */
  company_id: number | null;
  created_at: string;
  updated_at: string;
}

/** Knowledge base article; `content` is HTML. `company_id` null = global KB. */
export interface HuduArticle {
  id: number;
  name: string;
  slug: string;
  content: string;
  company_id: number | null;
  folder_id: number | null;
  draft: boolean;
  archived: boolean;
  enable_sharing: boolean;
  object_type: 'Article';
  url: string;
  created_at: string;
  updated_at: string;
}

export interface HuduState {
  companies: HuduCompany[];
  folders: HuduFolder[];
  articles: HuduArticle[];
}

export interface CompanySeed {
  name: string;
  nickname?: string;
  companyType?: string;
  idInIntegration?: string;
  archived?: boolean;
}

export interface FolderSeed {
  name: string;
  /** Company id or name; omitted = global KB folder. */
  company?: number | string;
  parentFolderId?: number;
  description?: string;
  icon?: string;
}

export interface ArticleSeed {
  name: string;
  content?: string;
  /** Company id or name; omitted = global KB article. */
  company?: number | string;
  /** Folder id or name. */
  folder?: number | string;
  draft?: boolean;
  archived?: boolean;
}

/** `{status: 429}` answers the text body `Retry later` (`Retry-After` only when `retryAfter` is given). */
export type HuduFault = { status: 429; retryAfter?: number } | { status: 500 | 502 | 503 };

export interface HuduSimulatorOptions {
  /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Accepted `x-api-key`. Default {@link DEFAULT_HUDU_API_KEY}. */
  apiKey?: string;
  /** Start of the simulated clock. Default 2026-01-01T00:00:00Z. */
  startAt?: number | string | Date;
  /** Requests per window before 429 (default 300 per minute); `false` disables. */
  rateLimit?: { requests: number; windowMs: number } | false;
  /** Seed one company and one folder. Default true. */
  seed?: boolean;
}

export interface HuduSimulator {
  /** Instance base URL standing in for `https://your-company.huducloud.com` (API under `/api/v1`). */
  readonly url: string;
  readonly apiKey: string;
  readonly headers: Record<string, string>;
  readonly calls: RecordedCall[];
  readonly state: HuduState;
  readonly clock: { now(): number; set(at: number | string | Date): void; advance(ms: number): void };
  addCompany(seed: CompanySeed): HuduCompany;
  addFolder(seed: FolderSeed): HuduFolder;
  addArticle(seed: ArticleSeed): HuduArticle;
  /** Changes fields and bumps `updated_at` to the clock. */
  updateArticle(id: number, patch: Partial<ArticleSeed>): HuduArticle;
  /** Sets `archived: true` and bumps `updated_at`. */
  archiveArticle(id: number): HuduArticle;
  /** Removes the article: it disappears from lists and answers 404. */
  deleteArticle(id: number): void;
  failNext(match: FaultMatch, fault: HuduFault, times?: number): void;
  readonly pendingFaults: number;
  /** Clears calls, faults, rate-limit window and records (ids restart); re-seeds if enabled. */
  reset(): void;
  close(): Promise<void>;
}
