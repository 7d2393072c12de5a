export { ChatIdentityKey, linkChatIdentity, resolveChatUser } from './chat-identities.ts';
export { chatUserContext, isActiveUserEmail } from './chat-user-context.ts';
export { type QueueAudienceMember, queueAudience } from './queue-audience.ts';
export { chatIdentitiesOfUser } from './user-chat-identities.ts';
