/**
 * The API's shapes. Views the server already defines are imported as types (erased at build
 * time, so no server code reaches the bundle); the auth shapes follow the contract in issue 8.
 */
import type { AuditEntryView } from '../../../core/audit/index.ts';
import type { BrowserSessionView } from '../../../core/auth/browser-sessions.ts';
import type { KbConnectorKind } from '../../../core/db/schema/kb.ts';
import type { Role } from '../../../core/db/schema/users.ts';
import type { AnswerFeedbackView } from '../../../core/feedback/index.ts';
import type { FlowRow, FlowStep, StepChange, WalkView } from '../../../core/flows/index.ts';
import type {
  CreateConnectorInput,
  KbConnectorView,
  UpdateConnectorInput,
} from '../../../core/kb/connectors/manage.ts';
import type { KnowledgeCompany } from '../../../core/kb/index/companies.ts';
import type { KnowledgePassage } from '../../../core/kb/knowledge.ts';
import type { SessionSummary, SessionView, TurnView } from '../../../core/sessions/index.ts';
import type { InvitePreview, InviteRefusal } from '../../../core/users/accept-invite.ts';
import type { UserView } from '../../../core/users/user-view.ts';
import type { ConsoleResult } from '../../../server/api/console.ts';
import type { KbSearchAnswer } from '../../../server/api/kb.ts';

export type { FlowStep, KbSearchAnswer, StepChange, WalkView };

/** Usage of a flow or one of its versions: walks, finished, worked, success rate. */
export interface FlowUsage {
  walks: number;
  finished: number;
  worked: number;
  successRate: number | null;
}

export interface FlowSummary {
  id: string;
  title: string;
  symptoms: string[];
  tags: string[];
  clientName: string | null;
  origin: FlowRow['origin'];
  status: FlowRow['status'];
  currentVersion: number | null;
  updatedAt: string;
  usage: FlowUsage;
}

export interface FlowDetail extends Omit<FlowSummary, 'usage'> {
  description: string;
  draftGraph: { start: string; steps: FlowStep[] };
  versions: Array<{ id: string; version: number; note: string; createdAt: string; usage: FlowUsage }>;
  usage: FlowUsage;
  diff: { from: number | 'draft'; to: number | 'draft'; changes: StepChange[] } | null;
}

export type {
  AnswerFeedbackView,
  AuditEntryView,
  BrowserSessionView,
  ConsoleResult,
  InvitePreview,
  InviteRefusal,
  Role,
  SessionSummary,
  SessionView,
  TurnView,
  UserView,
};

export const ROLES = ['owner', 'admin', 'engineer', 'l1', 'viewer'] as const satisfies readonly Role[];
export const SESSION_STATUSES = [
  'active',
  'resolved',
  'resolved_local',
  'escalated',
  'escalated_local',
] as const satisfies readonly SessionView['status'][];
export const CHANNEL_KINDS = [
  'slack',
  'teams',
  'web',
] as const satisfies readonly SessionView['channel']['kind'][];

/** The body of every error answer: `{ error: { code, message, details?, requestId } }`. */
export interface ErrorBody {
  error: {
    code: string;
    message: string;
    details?: Record<string, unknown>;
    requestId?: string;
  };
}

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  canCoverL1: boolean;
}

export interface SessionTimes {
  id: string;
  idleExpiresAt: string;
  absoluteExpiresAt: string;
}

/** `POST /auth/sign-in` and `POST /auth/refresh`. Older servers send only accessToken and user. */
export interface SignInResult {
  accessToken: string;
  tokenType?: string;
  expiresIn?: number;
  csrfToken?: string;
  user: SignedInUser;
  session?: SessionTimes;
}

/** `GET /auth/session`: who is signed in on this browser. */
export interface CurrentSession {
  user: SignedInUser;
  account: { id: string; name: string };
  session: SessionTimes | null;
}

export interface Providers {
  password: boolean;
  entra: boolean;
  slack: boolean;
  /** Development with the demo seeded only: who to sign in as. */
  demo?: { password: string; users: Array<{ email: string; name: string; role: Role }> };
}

export type PolicyPreset = 'strict' | 'standard' | 'custom';

/**
 * What `PUT /account/session-policy` takes: Strict and Standard are the preset's name alone (the
 * server maps them to fixed values and refuses minutes sent with them); Custom carries both limits.
 */
export type SessionPolicyInput =
  | { preset: 'strict' | 'standard' }
  | { preset: 'custom'; idleMinutes: number; absoluteMinutes: number };

export interface SessionPolicy {
  preset: PolicyPreset;
  idleMinutes: number;
  absoluteMinutes: number;
  defaults?: { idleMinutes: number; absoluteMinutes: number };
  presets?: Record<'strict' | 'standard', { idleMinutes: number; absoluteMinutes: number }>;
  bounds?: {
    idleMinutes: { min: number; max: number };
    absoluteMinutes: { min: number; max: number };
  };
}

export interface ActiveSessionUser {
  userId: string;
  name: string;
  email: string;
  role: Role;
  lastSignInAt: string | null;
  lastUsedAt: string | null;
  sessionCount: number;
  isMe: boolean;
}

export interface Invite {
  id: string;
  email: string;
  name?: string | null;
  role: Role;
  canCoverL1?: boolean;
  expiresAt?: string;
  createdAt?: string;
  acceptedAt?: string | null;
  /** Development without SMTP only: the accept link to copy and pass on. */
  link?: string;
}

/** `POST /users/invites`: `mail` says whether the link went out by email. */
export interface InviteCreated {
  invite: Invite;
  mail: 'sent' | 'logged' | 'skipped' | 'failed';
}

export interface AccountView {
  id: string;
  name: string;
  [key: string]: unknown;
}

export type { KbConnectorKind, KbConnectorView, KnowledgeCompany, KnowledgePassage };

/** The body of POST /kb/connectors, from the server's own zod schema. */
export type NewKbConnector = import('zod').input<typeof CreateConnectorInput>;

/** The body of PATCH /kb/connectors/:id: only what changes; a setting sent as null goes back to its default. */
export type KbConnectorChange = import('zod').input<typeof UpdateConnectorInput>;

/** POST /kb/connectors/:id/test: `detail` says what was found (IT Glue: whose documentation is yours). */
export type KbConnectionTest = { ok: true; detail?: string } | { ok: false; reason: string };
