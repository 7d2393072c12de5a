import { request } from './client.ts';
import type {
  AccountView,
  ActiveSessionUser,
  AnswerFeedbackView,
  AuditEntryView,
  BrowserSessionView,
  ConsoleResult,
  CurrentSession,
  FlowDetail,
  FlowSummary,
  Invite,
  InviteCreated,
  InvitePreview,
  KbConnectionTest,
  KbConnectorChange,
  KbConnectorView,
  KbSearchAnswer,
  KnowledgeCompany,
  NewKbConnector,
  Providers,
  Role,
  SessionPolicy,
  SessionPolicyInput,
  SessionSummary,
  SessionView,
  SignInResult,
  TurnView,
  UserView,
  WalkView,
} from './types.ts';

/** Every call the admin web makes, typed; pages use these through TanStack Query. */
export const api = {
  providers: () => request<Providers>('/auth/providers'),
  signIn: (email: string, password: string) =>
    request<SignInResult>('/auth/sign-in', { method: 'POST', body: { email, password } }),
  signOut: () => request<unknown>('/auth/sign-out', { method: 'POST', body: {} }),
  currentSession: () => request<CurrentSession>('/auth/session', { quiet401: true }),
  /** Fallback for servers without `/auth/session` (Bearer-only). */
  me: () => request<{ user: UserView; account: AccountView }>('/me'),

  sessions: (filter: SessionFilter) =>
    request<{ sessions: SessionSummary[]; hasMore: boolean }>('/sessions', { query: { ...filter } }),
  session: (id: string) => request<SessionView>(`/sessions/${encodeURIComponent(id)}`),
  transcript: (id: string) =>
    request<{ turns: TurnView[] }>(`/sessions/${encodeURIComponent(id)}/transcript`),

  feedback: {
    /** Every rating on a session's answers (who, surface, thumb, comment), oldest first. */
    list: (sessionId: string) =>
      request<{ feedback: AnswerFeedbackView[] }>(`/sessions/${encodeURIComponent(sessionId)}/feedback`),
    /** Rate one assistant answer from the web; rating again changes the same vote. */
    rate: (
      sessionId: string,
      turnId: string,
      input: { rating: AnswerFeedbackView['rating']; comment?: string },
    ) =>
      request<AnswerFeedbackView>(
        `/sessions/${encodeURIComponent(sessionId)}/turns/${encodeURIComponent(turnId)}/feedback`,
        { method: 'POST', body: input },
      ),
  },

  account: () => request<AccountView>('/account'),
  updateAccount: (input: Record<string, unknown>) =>
    request<AccountView>('/account', { method: 'PATCH', body: input }),

  policy: () => request<SessionPolicy>('/account/session-policy'),
  savePolicy: (input: SessionPolicyInput) =>
    request<SessionPolicy>('/account/session-policy', { method: 'PUT', body: input }),

  users: () => request<{ users: UserView[] }>('/users', { query: { includeDisabled: true } }),
  updateUser: (id: string, input: { role?: Role; canCoverL1?: boolean; disabled?: boolean }) =>
    request<UserView>(`/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: input }),
  invites: () => request<{ invites: Invite[] }>('/users/invites'),
  invite: (input: { email: string; name?: string; role: Role; canCoverL1?: boolean }) =>
    request<InviteCreated>('/users/invites', { method: 'POST', body: input }),
  cancelInvite: (id: string) =>
    request<unknown>(`/users/invites/${encodeURIComponent(id)}`, { method: 'DELETE' }),

  /** Signed out: a 401 here is the invite's own answer (expired, used …), never "renew the session". */
  previewInvite: (token: string) =>
    request<{ invite: InvitePreview; providers: { entra: boolean; slack: boolean } }>(
      '/auth/invites/preview',
      {
        method: 'POST',
        body: { token },
        quiet401: true,
      },
    ),
  acceptInvite: (input: { token: string; name: string; password: string }) =>
    request<SignInResult>('/auth/invites/accept', { method: 'POST', body: input, quiet401: true }),

  browserSessions: () => request<{ sessions: BrowserSessionView[] }>('/auth/browser-sessions'),
  signOutBrowser: (id: string) =>
    request<{ revoked: boolean; wasCurrent: boolean }>(`/auth/browser-sessions/${encodeURIComponent(id)}`, {
      method: 'DELETE',
    }),

  activeSessions: () => request<{ users: ActiveSessionUser[] }>('/auth/sessions'),
  revokeSessions: (scope: 'others' | 'everyone') =>
    request<{ revoked: number }>('/auth/sessions/revoke', { method: 'POST', body: { scope } }),

  auditLog: (filter: AuditFilter) =>
    request<{ entries: AuditEntryView[]; nextBeforeId: number | null }>('/audit-log', {
      query: { ...filter },
    }),
  auditActions: () =>
    request<{ actions: Array<{ action: string; label: string; tags: string[] }>; tags: string[] }>(
      '/audit-log/actions',
    ),

  kb: {
    connectors: () => request<{ connectors: KbConnectorView[] }>('/kb/connectors'),
    create: (input: NewKbConnector) =>
      request<KbConnectorView>('/kb/connectors', { method: 'POST', body: input }),
    update: (id: string, change: KbConnectorChange) =>
      request<KbConnectorView>(`/kb/connectors/${encodeURIComponent(id)}`, { method: 'PATCH', body: change }),
    /** Clients with indexed documentation, by the name the search's `companyId` takes. */
    companies: () => request<{ companies: KnowledgeCompany[] }>('/kb/companies'),
    remove: (id: string) =>
      request<unknown>(`/kb/connectors/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    test: (id: string) =>
      request<KbConnectionTest>(`/kb/connectors/${encodeURIComponent(id)}/test`, {
        method: 'POST',
        body: {},
      }),
    sync: (id: string) =>
      request<{ accepted: boolean }>(`/kb/connectors/${encodeURIComponent(id)}/sync`, {
        method: 'POST',
        body: {},
      }),
    search: (input: { text: string; companyId?: string }) =>
      request<KbSearchAnswer>('/kb/search', {
        method: 'POST',
        body: input,
      }),
  },

  console: {
    start: (message: string) =>
      request<ConsoleResult>('/console/sessions', { method: 'POST', body: { message } }),
    say: (sessionId: string, message: string) =>
      request<ConsoleResult>(`/console/sessions/${encodeURIComponent(sessionId)}/messages`, {
        method: 'POST',
        body: { message },
      }),
    card: (sessionId: string) =>
      request<ConsoleResult>(`/console/sessions/${encodeURIComponent(sessionId)}/card`),
    act: (sessionId: string, verb: string, data: Record<string, unknown>) =>
      request<ConsoleResult>(`/console/sessions/${encodeURIComponent(sessionId)}/actions`, {
        method: 'POST',
        body: { verb, data },
      }),
  },

  flows: {
    list: (filter: { status?: string | undefined; q?: string | undefined }) =>
      request<{ flows: FlowSummary[] }>('/flows', { query: { ...filter } }),
    get: (id: string, diff?: { from: number | 'draft'; to: number | 'draft' }) =>
      request<FlowDetail>(`/flows/${encodeURIComponent(id)}`, { query: { ...diff } }),
    /** The working copy as the portable JSON document (what the editor shows and saves). */
    document: (id: string) =>
      request<Record<string, unknown>>(`/flows/${encodeURIComponent(id)}/export`, {
        query: { format: 'json' },
      }),
    import: (format: 'yaml' | 'json', content: string) =>
      request<{ id: string }>('/flows/import', { method: 'POST', body: { format, content } }),
    saveDocument: (id: string, format: 'yaml' | 'json', content: string) =>
      request<unknown>(`/flows/${encodeURIComponent(id)}`, { method: 'PATCH', body: { format, content } }),
    publish: (id: string, note: string) =>
      request<unknown>(`/flows/${encodeURIComponent(id)}/publish`, { method: 'POST', body: { note } }),
    retire: (id: string) =>
      request<unknown>(`/flows/${encodeURIComponent(id)}/retire`, { method: 'POST', body: {} }),
    review: (id: string, decision: 'accept' | 'reject') =>
      request<unknown>(`/flows/${encodeURIComponent(id)}/review`, { method: 'POST', body: { decision } }),
    startWalk: (id: string) =>
      request<WalkView>(`/flows/${encodeURIComponent(id)}/walks`, { method: 'POST', body: {} }),
    press: (walkId: string, action: 'answer' | 'back' | 'finish', body: Record<string, unknown>) =>
      request<WalkView>(`/walks/${encodeURIComponent(walkId)}/${action}`, { method: 'POST', body }),
  },
};

export interface SessionFilter {
  status?: string | undefined;
  channel?: string | undefined;
  ownerUserId?: string | undefined;
  createdAfter?: string | undefined;
  createdBefore?: string | undefined;
  limit?: number;
  offset?: number;
}

export interface AuditFilter {
  actorUserId?: string | undefined;
  action?: string | undefined;
  tag?: string | undefined;
  beforeId?: number | undefined;
  limit?: number;
}
