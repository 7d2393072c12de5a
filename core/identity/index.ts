export { ChatIdentityKey, linkChatIdentity, resolveChatUser } from './chat-identities.ts';
export { chatUserContext } from './chat-user-context.ts';
