/**
 * The PSA, Slack, Teams and ownership calls behind the integration pages. Kept beside
 * `endpoints.ts` rather than in it so each area's calls stay in one short file.
 */
import type { SlackIntegrationView, TeamsIntegrationView } from '../../../core/chat/index.ts';
import type { MemberMapping, PsaMember, PsaRef, PsaSettingsView } from '../../../core/psa/index.ts';
import type { UserView } from '../../../core/users/user-view.ts';
import { request, requestBlob } from './client.ts';

export type { MemberMapping, PsaMember, PsaRef, PsaSettingsView, SlackIntegrationView, TeamsIntegrationView };

/** `PUT /psa/settings`; `privateKey` omitted keeps the stored one. */
export type PsaSettingsInput =
  | { provider: 'local'; resolvedStatus?: string; escalatedStatus?: string }
  | {
      provider: 'connectwise';
      siteUrl: string;
      companyId: string;
      publicKey: string;
      privateKey?: string;
      clientId: string;
      boards: string[];
      resolvedStatus?: string;
      escalatedStatus?: string;
    };

export type PsaTestResult = { ok: true; detail: string } | { ok: false; reason: string };

export const psaApi = {
  settings: () => request<{ settings: PsaSettingsView | null }>('/psa/settings'),
  save: (input: PsaSettingsInput) =>
    request<{ settings: PsaSettingsView }>('/psa/settings', { method: 'PUT', body: input }),
  test: () => request<PsaTestResult>('/psa/test', { method: 'POST', body: {} }),
  boards: () => request<{ boards: PsaRef[] }>('/psa/boards'),
  statuses: (board: string) =>
    request<{ board: string; statuses: PsaRef[] }>('/psa/statuses', { query: { board } }),
  mapping: () => request<MemberMapping>('/psa/members'),
  members: () => request<{ members: PsaMember[] }>('/psa/members/available'),
  sync: () => request<MemberMapping>('/psa/members/sync', { method: 'POST', body: {} }),
  map: (userId: string, member: { memberId: string; memberIdentifier: string }) =>
    request<MemberMapping>(`/psa/members/${encodeURIComponent(userId)}`, { method: 'PUT', body: member }),
};

export const chatApi = {
  slack: () =>
    request<SlackIntegrationView & { installConfigured: boolean; slashCommand: string }>(
      '/integrations/slack',
    ),
  installLink: () =>
    request<{ url: string; expiresIn: number }>('/integrations/slack/install-link', {
      method: 'POST',
      body: {},
    }),
  slackChannel: (input: { teamId: string; channelId: string }) =>
    request<SlackIntegrationView>('/integrations/slack/technician-channel', { method: 'PUT', body: input }),
  teams: () => request<TeamsIntegrationView & { appPackageAvailable: boolean }>('/integrations/teams'),
  linkTenant: (tenantId: string) =>
    request<{ tenantId: string; created: boolean }>('/integrations/teams/tenant', {
      method: 'POST',
      body: { tenantId },
    }),
  teamsChannel: (conversationId: string) =>
    request<TeamsIntegrationView>('/integrations/teams/technician-channel', {
      method: 'PUT',
      body: { conversationId },
    }),
  appPackage: () => requestBlob('/integrations/teams/app-package'),
};

export const ownershipApi = {
  transfer: (userId: string) =>
    request<{ previousOwner: UserView; owner: UserView }>('/account/transfer-ownership', {
      method: 'POST',
      body: { userId },
    }),
};
