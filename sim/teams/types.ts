/** A Bot Framework activity as JSON on the wire (the schema's `Activity`: `type` is required). */
export type WireActivity = { type: string } & Record<string, unknown>;

/**
 * A roster entry as `GET v3/conversations/{id}/members` returns it on Teams: the schema's
 * `ChannelAccount` plus the Teams fields of `TeamsChannelAccount`.
 */
export interface TeamsMember {
  /** `29:…` — the id Teams uses for this user towards this bot. */
  id: string;
  name: string;
  /** Entra ID object id; the stable key across bots and Graph. */
  aadObjectId: string;
  email: string;
  userPrincipalName: string;
  givenName?: string;
  surname?: string;
  tenantId: string;
  userRole: 'user' | 'guest' | 'anonymous';
}

/** What `addMember` needs; everything but `name` gets a Teams-shaped default. */
export type TeamsMemberInput = Partial<TeamsMember> & { name: string };

/** One activity the bot posted (or a thread root it created), with its edit history. */
export interface SimActivity {
  id: string;
  conversationId: string;
  /** Set on replies (`POST …/activities/{activityId}`): the activity replied to. */
  replyToId?: string;
  /** The body as last sent (the PUT body after an update). */
  activity: WireActivity;
  /** Earlier versions, oldest first, appended by each `PUT`. */
  history: WireActivity[];
  /** Set by `DELETE` (Teams keeps a "This message has been deleted" placeholder). */
  deleted: boolean;
  createdAt: number;
  updatedAt?: number;
}

/** A conversation the connector has seen the bot write to (or create). */
export interface SimConversation {
  id: string;
  /** Activities in posting order (a channel thread starts with its root post). */
  activities: SimActivity[];
  /** The `POST v3/conversations` body, when the bot created it. */
  parameters?: Record<string, unknown>;
}

/** The Bot Connector operations the simulator implements (swagger operationIds, camel-cased). */
export type ConnectorOperation =
  | 'createConversation'
  | 'sendToConversation'
  | 'replyToActivity'
  | 'updateActivity'
  | 'deleteActivity'
  | 'getConversationMembers'
  | 'getConversationMember'
  | 'getConversationPagedMembers';

/** One HTTP call the connector received, including rejected and scripted-failure ones. */
export interface RecordedConnectorCall {
  operation: ConnectorOperation | 'unknown';
  method: string;
  /** Path after the service URL, e.g. `v3/conversations/19%3A…/activities/1700000000000`. */
  path: string;
  /** Path parameters, percent-decoded. */
  conversationId?: string;
  activityId?: string;
  memberId?: string;
  query: Record<string, string>;
  /** Parsed JSON body (undefined for GET/DELETE or an empty body). */
  body?: unknown;
  /** The `Authorization` header as sent (absent when the SDK runs anonymously). */
  authorization?: string;
  response: { status: number; body?: unknown };
  at: number;
}

/** A scripted failure: HTTP status, optional `Retry-After` seconds and body (default ErrorResponse). */
export interface ConnectorFailure {
  status: number;
  retryAfter?: number;
  body?: unknown;
}

/** Which calls a scripted failure applies to. */
export type CallMatcher = ConnectorOperation | ((call: RecordedConnectorCall) => boolean);

export interface TeamsConnectorOptions {
  /** TCP port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /**
   * Path the service URL ends with. Real ones carry one (`https://smba.trafficmanager.net/amer/`),
   * which catches clients that resolve `/v3/…` against the origin. Default `amer/`.
   */
  pathPrefix?: string;
  /** Tenant stamped on roster entries. Default `DEFAULT_TENANT_ID`. */
  tenantId?: string;
  /** Bot app id, used for personal conversation ids. Default `DEFAULT_BOT.appId`. */
  botAppId?: string;
  /** Clock (ms since epoch) for message ids and timestamps. */
  now?: () => number;
}

/** Handle returned by `startTeamsConnector`. */
export interface TeamsConnector {
  /** Use as the activities' `serviceUrl`. Ends with `/`. */
  readonly url: string;
  /** Every call in arrival order (cleared in place by `reset`). */
  readonly calls: RecordedConnectorCall[];
  /** Conversations keyed by the id the bot used (thread ids include `;messageid=`). */
  readonly conversations: Map<string, SimConversation>;
  /** Activities in one conversation (empty when unknown). */
  activities(conversationId: string): SimActivity[];
  /** Finds an activity by id anywhere in the conversation's channel (thread ids included). */
  findActivity(conversationId: string, activityId: string): SimActivity | undefined;
  /**
   * Adds a user to the roster of a conversation or team (rosters are keyed by the id without
   * `;messageid=`, so a thread shares its channel's roster; look up teams by team id).
   */
  addMember(conversationId: string, member: TeamsMemberInput): TeamsMember;
  members(conversationId: string): TeamsMember[];
  /** Makes the next `times` (default 1) calls matching `matcher` fail; they are still recorded. */
  failNext(matcher: CallMatcher, failure: ConnectorFailure, times?: number): void;
  /** Clears calls, conversations and scripted failures; keeps rosters. */
  reset(): void;
  close(): Promise<void>;
}
