/**
 * Local Slack simulator and signed-request client — test and benchmark infrastructure only;
 * production code must never import it.
 *
 * - `startSlackSimulator()` stands in for the Web API: `new WebClient(sim.botToken, { slackApiUrl: sim.url })`.
 * - The request builders + `sendSigned()` play Slack calling the app (Events API, slash commands,
 *   interactivity), signed with the app's signing secret.
 */
export {
  type AssistantContext,
  type AssistantThreadEventOptions,
  assistantThreadContextChangedEvent,
  assistantThreadStartedEvent,
  channelContext,
  type SimAssistantPrompt,
  type SimAssistantThread,
  type SimAssistantThreads,
} from './assistant-threads.ts';
export {
  DEFAULT_BOT_TOKEN,
  DEFAULT_WORKSPACE,
  newEventId,
  newTriggerId,
  tsNow,
} from './ids.ts';
export {
  type ActingUser,
  type BlockActionOptions,
  blockActions,
  type GlobalShortcutOptions,
  globalShortcut,
  interactionRequest,
  type MessageActionOptions,
  messageAction,
  type SourceMessage,
  type ViewSubmissionOptions,
  viewSubmission,
} from './interactions.ts';
export { STREAM_LIFETIME_MS } from './methods-assistant.ts';
export {
  appHomeOpenedEvent,
  appMentionEvent,
  type EnvelopeOptions,
  type EventEnvelope,
  eventCallback,
  formRequest,
  jsonRequest,
  type MessageLikeEvent,
  type MessageLikeOptions,
  messageEvent,
  type SendSignedOptions,
  type SignedResponse,
  type SlackRequest,
  type SlashCommandOptions,
  sendSigned,
  signSlackRequest,
  slashCommand,
  urlVerification,
  type WorkspaceOverride,
} from './requests.ts';
export { startSlackSimulator } from './server.ts';
export { DEFAULT_BOT_SCOPE } from './state.ts';
export type {
  RecordedCall,
  SimBlock,
  SimChannel,
  SimEphemeral,
  SimFailure,
  SimMessage,
  SimMessageRevision,
  SimRateLimit,
  SimThreadEvent,
  SimUser,
  SimView,
  SlackSimulator,
  SlackSimulatorOptions,
  SlackWorkspace,
} from './types.ts';
