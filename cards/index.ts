/**
 * `cards/`: pure renderers. One view model in, a Slack Block Kit payload or an Adaptive Card 1.5
 * out — no I/O, no core values (types only). Adapters import from here and nowhere deeper.
 */

export {
  ACTION_VERBS,
  type ActionPayload,
  ActionPayloadSchema,
  type ActionTone,
  actionPayload,
  CARD_ACTIONS,
  type CardAction,
  type DecodeResult,
  decodeActionValue,
  encodeActionValue,
  isCardAction,
  type ParsedAction,
  parseSlackAction,
  parseTeamsAction,
  SESSION_CARD_VERBS,
} from './actions.ts';
export { type AdaptiveCardJson, cardBytes, TEAMS_LIMITS } from './adaptive.ts';
export {
  ANSWER_FEEDBACK_ACTION,
  type AnswerRating,
  FEEDBACK_COMMENT_ACTION_ID,
  FEEDBACK_COMMENT_BLOCK_ID,
  FEEDBACK_COMMENT_CALLBACK_ID,
  parseAnswerFeedback,
  renderAnswerFeedbackBlock,
  renderAnswerMessage,
  renderFeedbackCommentModal,
  streamMarkdown,
} from './answer.ts';
export { slackChatText, teamsChatText } from './chat-text.ts';
export type { RenderContext } from './context.ts';
export { deliveryMessage } from './delivery.ts';
export { ERROR_LINK_ACTION, renderErrorBlocks, renderErrorCard } from './error.ts';
export { renderEscalationPostBlocks, renderEscalationPostCard } from './escalation.ts';
export { type EscalationReminderView, escalationReminderText } from './escalation-reminder.ts';
export {
  DEFAULT_NO_CHANNEL,
  type EscalationLine,
  type EscalationSummary,
  escalationSummary,
} from './escalation-summary.ts';
export { renderFixBlocks, renderFixCard } from './fix.ts';
export { scriptFlagLines } from './fix-model.ts';
export { renderHomeCard, renderHomeView } from './home.ts';
export {
  NOTE_HEADINGS_FOR,
  NOTE_SECTION_ACTION_ID,
  NOTE_SECTION_MAX_CHARS,
  noteSectionBlockId,
  noteSectionInputId,
  PARTIAL_NOTES_ACTION_ID,
  PARTIAL_NOTES_BLOCK_ID,
  PARTIAL_NOTES_CALLBACK_ID,
  PARTIAL_NOTES_INPUT_ID,
  PARTIAL_NOTES_MAX_CHARS,
  readSlackNoteSections,
  readSlackPartialNotes,
  readTeamsNoteSections,
  readTeamsPartialNotes,
  type SlackStateValues,
} from './inputs.ts';
export {
  NOTE_EDIT_CALLBACK_IDS,
  type PreviewMessageRef,
  readNoteEditMetadata,
  renderNoteEditModal,
  renderPartialNotesModal,
} from './modals.ts';
export { renderNotePreviewBlocks, renderNotePreviewCard } from './notes.ts';
export {
  DRAFT_ACCEPT_CALLBACK_ID,
  DRAFT_FIELDS,
  type DraftEdits,
  type DraftPayload,
  isScriptReviewVerb,
  type ParsedDraftAction,
  parseDraftAction,
  parseSlackDraftAction,
  readSlackDraftEdits,
  readTeamsDraftEdits,
  SCRIPT_COPY_ACTION,
  SCRIPT_COPY_CALLBACK_ID,
  SCRIPT_REVIEW_LABELS,
  SCRIPT_REVIEW_VERBS,
  type ScriptReviewVerb,
} from './script-actions.ts';
export {
  renderDraftAcceptModal,
  renderDraftReviewBlocks,
  renderDraftReviewCard,
  renderScriptCopyModal,
  type ScriptCopyView,
  type ScriptReviewContext,
} from './script-review.ts';
export { renderScriptsBlocks, renderScriptsCard } from './scripts.ts';
export { renderSessionBlocks, renderSessionCard } from './session.ts';
export { fitMrkdwn } from './slack-blocks.ts';
export {
  assertBlockKitLimits,
  blockKitViolations,
  escapeMrkdwn,
  MRKDWN_ESCAPES,
  SLACK_LIMITS,
} from './slack-limits.ts';
export type {
  Block,
  SlackHomeView,
  SlackMessage,
  SlackModalView,
  SlackSurface,
} from './slack-types.ts';
export { CAPS, ticketLabel, truncate } from './text.ts';
export {
  type ErrorView,
  type EscalationPostView,
  type FixCardView,
  fixCardViewOf,
  type HomeView,
  type PartialNotesModalView,
} from './views.ts';
export { renderWalkBlocks, renderWalkCard } from './walk.ts';
export {
  isWalkVerb,
  type ParsedWalkAction,
  parseSlackWalkAction,
  parseWalkAction,
  readSlackWalkNote,
  readTeamsWalkNote,
  slackWalkVerb,
  WALK_ACTION_LABELS,
  WALK_NOTE_BLOCK_ID,
  WALK_NOTE_INPUT_ID,
  WALK_VERBS,
  type WalkPayload,
  type WalkVerb,
  walkPayload,
} from './walk-actions.ts';
export type { WalkRenderContext } from './walk-model.ts';
