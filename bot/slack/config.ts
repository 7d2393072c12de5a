/** What the Slack adapter needs from configuration (server/env.ts builds it). */
export interface SlackConfig {
  signingSecret: string;
  /** Single-workspace mode (development): one bot token, one account. */
  botToken?: string | undefined;
  /** The account a single-workspace bot belongs to; defaults to the only account there is. */
  accountId?: string | undefined;
  /** Multi-workspace OAuth install. */
  oauth?: { clientId: string; clientSecret: string; stateSecret: string } | undefined;
  /** Web API base URL ending in /api/ (tests point it at the simulator). */
  apiUrl?: string | undefined;
  slashCommand: string;
  /** Where "view all" links and install links point. */
  publicUrl?: string | undefined;
  /** Post a status line right after a mention's ack (first-post.ts); default on. */
  statusLine?: boolean | undefined;
}
