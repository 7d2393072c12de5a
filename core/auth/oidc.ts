import * as client from 'openid-client';
import { ServiceError } from '../shared/errors.ts';
import type { OidcProviderName } from './schemas.ts';

export interface OidcProviderConfig {
  provider: OidcProviderName;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Only for a local test or dev IdP on http://; openid-client refuses plain HTTP otherwise. */
  allowInsecure: boolean;
}

/** What the browser carries (signed, httpOnly) between start and callback. */
export interface OidcFlowState {
  provider: OidcProviderName;
  state: string;
  nonce: string;
  codeVerifier: string;
  redirectUri: string;
}

/** The validated ID token claims we act on. */
export interface OidcIdentityClaims {
  iss: string;
  sub: string;
  email?: string | undefined;
  emailVerified: boolean;
  preferredUsername?: string | undefined;
  tenantId?: string | undefined;
  name?: string | undefined;
}

const SCOPES = 'openid email profile';

/**
 * OpenID Connect relying party for Entra ID and Sign in with Slack, on openid-client. Discovery is
 * cached per provider (and retried after a failure). Beyond openid-client's defaults we turn on
 * non-repudiation checks: the ID token's signature is verified against the issuer's JWKS even though
 * it arrived over the back channel, so a forged or altered token is refused, not merely trusted.
 *
 * Entra's multi-tenant issuers (`/organizations/v2.0`, `/common/v2.0`) publish a templated issuer,
 * `https://login.microsoftonline.com/{tenantid}/v2.0`; openid-client recognises that host and checks
 * each ID token's `iss` against the template filled with the token's own `tid`. Which tenants may
 * sign in to which account is decided afterwards, against the account's linked Teams tenants.
 */
export class OidcClients {
  private readonly configs = new Map<OidcProviderName, Promise<client.Configuration>>();
  private readonly byName: Map<OidcProviderName, OidcProviderConfig>;

  constructor(providers: OidcProviderConfig[]) {
    this.byName = new Map(providers.map((p) => [p.provider, p]));
  }

  enabled(provider: OidcProviderName): boolean {
    return this.byName.has(provider);
  }

  private configuration(provider: OidcProviderName): Promise<client.Configuration> {
    const settings = this.byName.get(provider);
    if (!settings) {
      return Promise.reject(new ServiceError('not_found', `Sign-in with ${provider} is not configured.`));
    }
    let config = this.configs.get(provider);
    if (!config) {
      config = client
        .discovery(
          new URL(settings.issuer),
          settings.clientId,
          { client_secret: settings.clientSecret, id_token_signed_response_alg: 'RS256' },
          client.ClientSecretPost(settings.clientSecret),
          settings.allowInsecure ? { execute: [client.allowInsecureRequests] } : undefined,
        )
        .then((c) => {
          client.enableNonRepudiationChecks(c);
          return c;
        });
      // A failed discovery (IdP down) must not be cached forever.
      config.catch(() => this.configs.delete(provider));
      this.configs.set(provider, config);
    }
    return config.catch((error: unknown) => {
      throw new ServiceError('upstream_failed', `Could not reach the ${provider} sign-in service.`, {
        cause: error,
      });
    });
  }

  /** Builds the authorization URL (code flow with PKCE, state and nonce) and the state to keep. */
  async start(provider: OidcProviderName, redirectUri: string): Promise<{ url: URL; flow: OidcFlowState }> {
    const config = await this.configuration(provider);
    const flow: OidcFlowState = {
      provider,
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
      redirectUri,
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: SCOPES,
      response_type: 'code',
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(flow.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url, flow };
  }

  /**
   * Exchanges the code and validates everything openid-client checks (state, issuer, audience,
   * nonce, expiry, PKCE) plus the ID token signature. Any failure is one 401; the cause is kept.
   */
  async finish(flow: OidcFlowState, callbackUrl: URL): Promise<OidcIdentityClaims> {
    const config = await this.configuration(flow.provider);
    let claims: client.IDToken | undefined;
    try {
      const tokens = await client.authorizationCodeGrant(
        config,
        callbackUrl,
        {
          pkceCodeVerifier: flow.codeVerifier,
          expectedState: flow.state,
          expectedNonce: flow.nonce,
          idTokenExpected: true,
        },
        { redirect_uri: flow.redirectUri },
      );
      claims = tokens.claims();
    } catch (error) {
      throw new ServiceError('unauthenticated', 'The sign-in response could not be verified.', {
        cause: error,
        details: { reason: 'oidc_rejected' },
      });
    }
    if (!claims) throw new ServiceError('unauthenticated', 'The sign-in response had no ID token.');
    const str = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : undefined);
    return {
      iss: claims.iss,
      sub: claims.sub,
      email: str(claims.email)?.toLowerCase(),
      // Slack sends a boolean; some IdPs send the string "true".
      emailVerified: claims.email_verified === true || claims.email_verified === 'true',
      preferredUsername: str(claims.preferred_username)?.toLowerCase(),
      tenantId: str(claims.tid),
      name: str(claims.name),
    };
  }
}
