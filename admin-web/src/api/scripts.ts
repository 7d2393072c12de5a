import type { ScriptLanguage } from '../../../core/db/schema/scripts.ts';
import type { NewScript } from '../../../core/scripts/author-scripts.ts';
import type { DestructiveFlag } from '../../../core/scripts/destructive.ts';
import type { ParamSource, ParamType, ScriptParam } from '../../../core/scripts/params.ts';
import { request } from './client.ts';

// The shapes core/scripts answers with, imported rather than mirrored so the two cannot drift.
export type { DestructiveFlag, ParamSource, ParamType, ScriptLanguage, ScriptParam };

export interface ScriptUsage {
  uses: number;
  applied: number;
  sessions: number;
  resolvedSessions: number;
}

export interface ScriptSummary {
  id: string;
  name: string;
  description: string;
  language: ScriptLanguage;
  category: string;
  tags: string[];
  clientName: string | null;
  origin: 'authored' | 'from_fix';
  status: 'draft' | 'published' | 'retired';
  currentVersion: number | null;
  destructive: boolean;
  usage: ScriptUsage;
}

export interface ScriptDetail extends Omit<ScriptSummary, 'destructive'> {
  draftBody: string;
  draftParams: ScriptParam[];
  provenance: {
    sessionId: string;
    ticket: string | null;
    problem: string;
    resolvedBy: string | null;
    fixTitle: string | null;
  } | null;
  flags: DestructiveFlag[];
  versions: Array<{
    id: string;
    version: number;
    name: string;
    note: string;
    createdAt: string;
    usage: ScriptUsage;
  }>;
  recentUses: Array<{
    id: string;
    sessionId: string | null;
    problem: string | null;
    sessionStatus: string | null;
    userName: string | null;
    values: Record<string, string>;
    appliedAt: string | null;
    createdAt: string;
  }>;
}

export interface RenderedScript {
  body: string;
  params: Array<{
    name: string;
    type: ParamType;
    value: string | null;
    filledFrom: string | null;
    problem: string | null;
  }>;
  missing: string[];
  problems: string[];
  schemaProblems: string[];
  flags: DestructiveFlag[];
  ready: boolean;
}

/** The body of POST /scripts and PATCH /scripts/{id}. */
export type ScriptInput = NewScript;

export interface ScriptDraft extends Omit<ScriptInput, 'client'> {
  id: string;
  sessionId: string;
  status: 'pending' | 'accepted' | 'rejected' | 'dismissed';
  method: 'model' | 'offline' | 'fallback';
  problem?: string;
  templateId: string | null;
}

export interface ScriptFilter {
  q?: string | undefined;
  language?: string | undefined;
  category?: string | undefined;
  tag?: string | undefined;
  status?: string | undefined;
}

const path = (id: string) => `/scripts/${encodeURIComponent(id)}`;

export const scriptsApi = {
  list: (filter: ScriptFilter) =>
    request<{ scripts: ScriptSummary[]; categories: string[]; tags: string[] }>('/scripts', {
      query: { ...filter },
    }),
  get: (id: string) => request<ScriptDetail>(path(id)),
  create: (input: ScriptInput & { publish: boolean }) =>
    request<{ id: string }>('/scripts', { method: 'POST', body: input }),
  update: (id: string, input: ScriptInput) =>
    request<{ id: string }>(path(id), { method: 'PATCH', body: input }),
  publish: (id: string, note: string) =>
    request<unknown>(`${path(id)}/publish`, { method: 'POST', body: { note } }),
  retire: (id: string) => request<unknown>(`${path(id)}/retire`, { method: 'POST', body: {} }),
  preview: (
    input: { language: ScriptLanguage; body: string; params: ScriptParam[]; values: Record<string, string> },
    signal?: AbortSignal,
  ) =>
    request<RenderedScript>('/scripts/preview', {
      method: 'POST',
      body: input,
      ...(signal ? { signal } : {}),
    }),
  drafts: (status: 'pending' | 'all') =>
    request<{ drafts: ScriptDraft[] }>('/script-drafts', { query: { status } }),
  draft: (id: string) => request<ScriptDraft>(`/script-drafts/${encodeURIComponent(id)}`),
  /** Drafts to offer once a session is resolved (none after "don't ask again"). */
  sessionDrafts: (sessionId: string) =>
    request<{ drafts: ScriptDraft[] }>(`/sessions/${encodeURIComponent(sessionId)}/script-drafts`),
  review: (id: string, decision: 'accept' | 'reject' | 'never', edits: Partial<ScriptInput> = {}) =>
    request<{ script: { id: string } | null }>(`/script-drafts/${encodeURIComponent(id)}/review`, {
      method: 'POST',
      body: { decision, edits },
    }),
};
