/**
 * ConnectWise Manage (PSA) provider — the only public face of this folder. Core reaches it through
 * `PsaDeps.connectWise` (core/psa/connection.ts) and talks to it only as a `PsaProvider`.
 */
export { type Condition, type ConditionValue, datetime, quote, where } from './conditions.ts';
export {
  type ConnectWiseProviderOptions,
  createConnectWiseProvider,
  DEFAULT_API_VERSION,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
} from './connectwise-provider.ts';
export { type CwSite, resolveSite, ticketUrl } from './site.ts';
