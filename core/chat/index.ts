export { firstDelivery, pruneEventReceipts } from './event-receipts.ts';
export {
  type ClaimedInboundEvent,
  claimInboundEvent,
  finishInboundEvent,
  inboxDepth,
  inboxRecorder,
  pendingInboundEvents,
  pruneInbox,
  recordFirstPost,
  recordFirstPosts,
  recordInboundEvent,
  recordInboundEvents,
} from './inbox.ts';
export {
  getSlackIntegration,
  getTeamsIntegration,
  type SlackIntegrationView,
  SlackTechnicianChannelInput,
  setSlackTechnicianChannel,
  setTeamsTechnicianChannel,
  type TeamsIntegrationView,
  TeamsTechnicianChannelInput,
} from './integrations-view.ts';
export {
  deleteSlackInstallation,
  findSlackInstallation,
  type SlackInstallation,
  saveSlackInstallation,
  slackInstallationAccountId,
} from './slack-installations.ts';
export {
  accountForTeamsTenant,
  getTeamsConversation,
  linkTeamsTenant,
  saveTeamsConversation,
  type TeamsConversationInput,
  TeamsTenantInput,
} from './teams.ts';
export { findTeamsAnswerTurn, rememberTeamsAnswer } from './teams-answers.ts';
export { getTechnicianChannel, setTechnicianChannel } from './technician-channel.ts';
