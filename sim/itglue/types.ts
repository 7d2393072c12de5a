import type { FaultMatch, RecordedCall } from '../shared/kit.ts';

export type { FaultMatch, RecordedCall };

/**
 * Wire and handle types of the IT Glue REST API simulator. IT Glue speaks JSON:API
 * (`{data: [{id, type, attributes}], meta, links}`) with kebab-case attribute names, string ids and
 * ISO 8601 timestamps (`created-at`, `updated-at`).
 */

/** A JSON:API resource object as IT Glue sends it. */
export interface JsonApiResource<A = Record<string, unknown>> {
  id: string;
  type: string;
  attributes: A;
  relationships?: Record<string, unknown>;
}

/** Stored organization (camelCase in memory; serialised kebab-case). */
export interface ItgOrganization {
  id: number;
  name: string;
  shortName: string;
  description: string;
  organizationTypeName: string;
  organizationStatusName: string;
  /** The account's own company (IT Glue: `primary: true`, type "Owner"). */
  primary: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface ItgFlexibleAssetType {
  id: number;
  name: string;
  description: string;
  icon: string;
  enabled: boolean;
  createdAt: number;
  updatedAt: number;
}

/** Stored flexible asset; `traits` keys are kebab-case trait names, values HTML-ish text or scalars. */
export interface ItgFlexibleAsset {
  id: number;
  organizationId: number;
  flexibleAssetTypeId: number;
  name: string;
  traits: Record<string, unknown>;
  archived: boolean;
  createdAt: number;
  updatedAt: number;
}

/** A document section (`Document::Text`, `Document::Heading`, `Document::Step`, `Document::Gallery`); `content` is HTML. */
export interface ItgDocumentSection {
  id: number;
  type: 'Document::Text' | 'Document::Heading' | 'Document::Step' | 'Document::Gallery';
  content: string;
  /** Heading level 1–6 (headings only). */
  level?: number;
}

/**
 * Stored document (IT Glue "Documents", listed per organization). The body is its sections, sent
 * only by the single-document route; a list entry has none.
 */
export interface ItgDocument {
  id: number;
  organizationId: number;
  /** null: at the organization's root (the only ones listed without `filter[document_folder_id]`). */
  folderId: number | null;
  name: string;
  sections: ItgDocumentSection[];
  archived: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface ItgDocumentFolder {
  id: number;
  organizationId: number;
  parentId: number | null;
  name: string;
  createdAt: number;
  updatedAt: number;
}

export interface ItGlueState {
  organizations: ItgOrganization[];
  flexibleAssetTypes: ItgFlexibleAssetType[];
  flexibleAssets: ItgFlexibleAsset[];
  documents: ItgDocument[];
  documentFolders: ItgDocumentFolder[];
}

export interface OrganizationSeed {
  name: string;
  shortName?: string;
  description?: string;
  organizationTypeName?: string;
  organizationStatusName?: string;
  /** Marks the account's own company; defaults to true when the type is "Owner". */
  primary?: boolean;
}

export interface FlexibleAssetTypeSeed {
  name: string;
  description?: string;
  icon?: string;
  enabled?: boolean;
}

export interface FlexibleAssetSeed {
  /** Organization id or name; default: the first organization. */
  organization?: number | string;
  /** Flexible asset type id or name; default: the first type. */
  flexibleAssetType?: number | string;
  name: string;
  /** Trait names are kebab-cased on the wire (`Known Issues` → `known-issues`). */
  traits?: Record<string, unknown>;
  archived?: boolean;
}

export interface DocumentSeed {
  organization?: number | string;
  /** Folder id or name (in the same organization); default: the root. */
  folder?: number | string;
  name: string;
  /** Shorthand for one `Document::Text` section. */
  content?: string;
  sections?: Omit<ItgDocumentSection, 'id'>[];
  archived?: boolean;
}

export interface DocumentFolderSeed {
  organization?: number | string;
  name: string;
  /** Parent folder id or name; default: top level. */
  parent?: number | string;
}

/** `{status: 429}` sets `Retry-After` (default 30 s); 5xx answer a JSON:API error document. */
export type ItGlueFault = { status: 429; retryAfter?: number } | { status: 500 | 502 | 503 };

export interface ItGlueSimulatorOptions {
  /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Accepted `x-api-key`. Default {@link DEFAULT_ITGLUE_API_KEY}. */
  apiKey?: string;
  /** Start of the simulated clock. Default 2026-01-01T00:00:00Z. */
  startAt?: number | string | Date;
  /** Requests per window before 429 (IT Glue: 3,000 per 5 minutes); `false` disables. */
  rateLimit?: { requests: number; windowMs: number } | false;
  /** Seed one organization and one flexible asset type. Default true. */
  seed?: boolean;
}

export interface ItGlueSimulator {
  /** Base URL standing in for `https://api.itglue.com` (no trailing slash). */
  readonly url: string;
  readonly apiKey: string;
  /** Headers a client sends: `x-api-key` and the JSON:API content type. */
  readonly headers: Record<string, string>;
  readonly calls: RecordedCall[];
  readonly state: ItGlueState;
  readonly clock: { now(): number; set(at: number | string | Date): void; advance(ms: number): void };
  addOrganization(seed: OrganizationSeed): ItgOrganization;
  addFlexibleAssetType(seed: FlexibleAssetTypeSeed): ItgFlexibleAssetType;
  addFlexibleAsset(seed: FlexibleAssetSeed): ItgFlexibleAsset;
  addDocument(seed: DocumentSeed): ItgDocument;
  addDocumentFolder(seed: DocumentFolderSeed): ItgDocumentFolder;
  /** Changes fields and bumps `updated-at` to the clock. */
  updateFlexibleAsset(id: number, patch: Partial<Omit<FlexibleAssetSeed, 'organization'>>): ItgFlexibleAsset;
  updateDocument(id: number, patch: Partial<Omit<DocumentSeed, 'organization' | 'folder'>>): ItgDocument;
  /** Sets `archived: true` and bumps `updated-at`. */
  archiveFlexibleAsset(id: number): ItgFlexibleAsset;
  /** Removes the record: it disappears from lists and answers 404. */
  deleteFlexibleAsset(id: number): void;
  deleteDocument(id: number): void;
  failNext(match: FaultMatch, fault: ItGlueFault, times?: number): void;
  readonly pendingFaults: number;
  /** Clears calls, faults, rate-limit window and records (ids restart); re-seeds if enabled. */
  reset(): void;
  close(): Promise<void>;
}
