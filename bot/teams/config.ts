import {
  type AuthConfiguration,
  CloudAdapter,
  type CloudAdapterOptions,
  OutboundHostValidator,
} from '@microsoft/agents-hosting';
import type { Logger } from '../../core/shared/logger.ts';

/** What the Teams adapter needs from configuration (server/env.ts builds it). */
export interface TeamsConfig {
  /** The bot's Microsoft App ID (Entra app registration); absent = anonymous development mode. */
  appId?: string | undefined;
  /** Its client secret, for outbound tokens. Without it the SDK tries managed identity. */
  appPassword?: string | undefined;
  /** The app registration's Entra tenant (single-tenant bots, the only kind Azure still creates). */
  tenantId?: string | undefined;
  production: boolean;
  /** Where "view all" links point (the admin web). */
  publicUrl?: string | undefined;
  /**
   * Entra authority for inbound token keys and outbound tokens. Default
   * `https://login.microsoftonline.com`; sovereign clouds and tests (the local token issuer) set it.
   */
  authorityEndpoint?: string | undefined;
}

/** The SDK's name for the one connection we configure. */
const CONNECTION = 'serviceConnection';

/**
 * Every setting the SDK would otherwise fill from `process.env` (`clientId`, `CLIENTSECRET`,
 * `Connections__*`, … — see `getAuthConfigWithDefaults`), named explicitly so an explicit
 * `undefined` shadows the environment. Configuration comes from {@link TeamsConfig} only.
 */
const UNSET = {
  authType: undefined,
  certPemFile: undefined,
  certKeyFile: undefined,
  connectionName: undefined,
  federatedClientId: undefined,
  FICClientId: undefined,
  scope: undefined,
  scopes: undefined,
  altBlueprintConnectionName: undefined,
  alternateBlueprintConnectionName: undefined,
  WIDAssertionFile: undefined,
  azureRegion: undefined,
  sendX5C: undefined,
  msalRetryCount: undefined,
  federatedTokenFile: undefined,
  idpmResource: undefined,
  sidecarBaseUrl: undefined,
  serviceName: undefined,
  blueprintServiceName: undefined,
  bypassLocalNetworkRestriction: undefined,
  requestTimeout: undefined,
  retryCount: undefined,
  issuers: undefined,
} satisfies AuthConfiguration;

/**
 * The SDK auth configuration for our config. `validateIssuer: true`: the SDK otherwise accepts a
 * correctly signed token from any issuer whose keys it can find (see sim/teams/inbound-auth.test.ts).
 * The connection map is given explicitly because the SDK reads `Connections__*` from the
 * environment whenever a configuration has none.
 */
export function sdkAuthConfiguration(config: TeamsConfig): AuthConfiguration {
  const connection: AuthConfiguration = {
    ...UNSET,
    clientId: config.appId,
    clientSecret: config.appPassword,
    tenantId: config.tenantId,
    authorityEndpoint: config.authorityEndpoint,
    authority: config.authorityEndpoint,
    validateIssuer: true,
  };
  return {
    ...connection,
    connections: new Map([[CONNECTION, connection]]),
    connectionsMap: [{ serviceUrl: '*', connection: CONNECTION }],
  };
}

/**
 * The SDK's CloudAdapter built from our config alone. Production also rejects an inbound activity
 * whose `serviceUrl` host differs from the token's `serviceurl` claim, and refuses to send to hosts
 * outside Microsoft's Bot Connector domains (a forged `serviceUrl` would otherwise receive our
 * replies, bearer token included).
 */
export function createCloudAdapter(config: TeamsConfig, logger: Logger): CloudAdapter {
  if (!config.appId) {
    if (config.production) throw new Error('Teams: MICROSOFT_APP_ID is required in production');
    logger.warn(
      '!!! Teams adapter in ANONYMOUS mode: no MICROSOFT_APP_ID, so inbound requests are NOT authenticated. ' +
        'Development only; set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD before exposing /api/messages.',
    );
  }
  const options: Required<CloudAdapterOptions> = {
    emitStackTrace: false,
    validateServiceUrl: config.production,
  };
  return new CloudAdapter(
    sdkAuthConfiguration(config),
    undefined,
    undefined,
    options,
    new OutboundHostValidator({ enabled: config.production }),
  );
}
