export { ChatIdentityKey, linkChatIdentity, resolveChatUser } from './chat-identities.ts';
