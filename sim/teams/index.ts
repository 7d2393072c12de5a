/**
 * Local Microsoft Teams / Bot Framework simulator — test and benchmark infrastructure only;
 * production code must never import it.
 *
 * - `startTeamsConnector()` stands in for the Bot Connector service at the activities' `serviceUrl`
 *   (send, reply, update, delete, create conversation, rosters, scripted 429/5xx).
 * - The activity builders + `sendActivity()` play Teams calling the bot's `/api/messages`
 *   (channel/personal/group messages, conversationUpdate, installationUpdate, invokes).
 * - `startInboundTokenIssuer()` / `mintInboundToken()` sign Bot Framework–style JWTs that the
 *   Agents SDK's JWT middleware verifies against a local JWKS.
 */
export {
  type ChannelMessageOptions,
  type ChannelRef,
  channelContext,
  channelMessage,
  groupChatMessage,
  installationUpdate,
  membersAddedToTeam,
  personalMessage,
  type SendResult,
  sendActivity,
  type TeamInstallOptions,
  type TeamRef,
} from './activities.ts';
export { startTeamsConnector } from './connector.ts';
export {
  type BaseActivityOptions,
  type BotIdentity,
  type ConversationContext,
  personalContext,
  type TeamsActivity,
  type TeamsConversation,
  type TeamsUser,
} from './envelope.ts';
export {
  baseConversationId,
  botAccountId,
  DEFAULT_BOT,
  DEFAULT_CHANNEL,
  DEFAULT_GROUP_CHAT_ID,
  DEFAULT_TEAM,
  DEFAULT_TENANT_ID,
  personalConversationId,
  threadConversationId,
} from './ids.ts';
export {
  type AdaptiveCardActionOptions,
  adaptiveCardAction,
  type FeedbackOptions,
  feedbackInvoke,
  fetchTask,
  type InvokeOptions,
  type MessageActionOptions,
  type MessagePayloadOptions,
  messagePayload,
  submitAction,
  type TaskModuleOptions,
  taskFetch,
  taskSubmit,
} from './invokes.ts';
export {
  type InboundSigner,
  type InboundTokenIssuer,
  type InboundTokenOptions,
  mintInboundToken,
  newSigner,
  startInboundTokenIssuer,
  tamperToken,
} from './jwt.ts';
export type {
  CallMatcher,
  ConnectorFailure,
  ConnectorOperation,
  RecordedConnectorCall,
  SimActivity,
  SimConversation,
  TeamsConnector,
  TeamsConnectorOptions,
  TeamsMember,
  TeamsMemberInput,
  WireActivity,
} from './types.ts';
