export { firstDelivery, pruneEventReceipts } from './event-receipts.ts';
export {
  deleteSlackInstallation,
  findSlackInstallation,
  type SlackInstallation,
  saveSlackInstallation,
} from './slack-installations.ts';
export {
  accountForTeamsTenant,
  getTeamsConversation,
  linkTeamsTenant,
  saveTeamsConversation,
  type TeamsConversationInput,
} from './teams.ts';
export { getTechnicianChannel, setTechnicianChannel } from './technician-channel.ts';
