/** Kept apart from psa.ts so tables on both sides of the outbox ↔ tickets link can share it. */
export const PSA_PROVIDERS = ['connectwise', 'local'] as const;
export type PsaProviderName = (typeof PSA_PROVIDERS)[number];
