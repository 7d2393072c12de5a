import { request } from './client.ts';

/** Mirrors core/scripts: what /api/v1/scripts answers. */
export type ScriptLanguage = 'powershell' | 'bash' | 'cmd';
export type ParamType = 'string' | 'int' | 'bool' | 'choice' | 'secret';
export type ParamSource = 'user' | 'device' | 'mailbox' | 'client';

export interface ScriptParam {
  name: string;
  type: ParamType;
  required: boolean;
  default: string | null;
  pattern: string | null;
  description: string;
  choices: string[];
  source: ParamSource | null;
}

export interface DestructiveFlag {
  rule: string;
  label: string;
  reason: string;
  line: number;
  excerpt: string;
}

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

export interface ScriptInput {
  name: string;
  description: string;
  language: ScriptLanguage;
  body: string;
  params: ScriptParam[];
  category: string;
  tags: string[];
  client: string | null;
}

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
  review: (id: string, decision: 'accept' | 'reject' | 'never', edits: Partial<ScriptInput> = {}) =>
    request<{ script: { id: string } | null }>(`/script-drafts/${encodeURIComponent(id)}/review`, {
      method: 'POST',
      body: { decision, edits },
    }),
};
