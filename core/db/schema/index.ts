export * from './accounts.ts';
export * from './audit-log.ts';
export * from './chat.ts';
export * from './chat-identities.ts';
export * from './diagnosis.ts';
export * from './relations.ts';
export * from './roles.ts';
export * from './users.ts';
