import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

/** Who the next login at the test IdP signs in as: the claims its ID token will carry. */
export interface IdpAccount {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  preferred_username?: string;
  tid?: string;
}

export interface IdpClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
}

async function signingJwk(kid: string) {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
}

function publicPart(jwk: Record<string, unknown>) {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...pub } = jwk;
  return pub;
}

/**
 * A real OpenID Provider (the `oidc-provider` package) on a free local port: authorization code
 * flow with PKCE, RS256-signed ID tokens, its own JWKS and discovery. The login interaction signs in
 * `nextLogin` without a form, and consent is granted automatically, so tests drive the whole
 * redirect dance over HTTP. `serveWrongJwks` publishes an unrelated key, so every ID token it signs
 * fails signature verification at the relying party.
 */
export class TestOidcProvider {
  nextLogin: IdpAccount | undefined;
  serveWrongJwks = false;
  private provider: Provider | undefined;
  private wrongJwks: { keys: Record<string, unknown>[] } | undefined;

  private constructor(
    private readonly server: Server,
    readonly issuer: string,
  ) {}

  static async listen(): Promise<TestOidcProvider> {
    let handler: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
      res.statusCode = 503;
      res.end('not configured');
    };
    const server = createServer((req, res) => handler(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const idp = new TestOidcProvider(server, `http://127.0.0.1:${port}`);
    handler = (req, res) => {
      idp.handle(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    };
    return idp;
  }

  /** Registers the relying parties (their redirect URIs are known once our server has a port). */
  async configure(clients: IdpClient[]): Promise<void> {
    const key = await signingJwk('test-signing-key');
    this.wrongJwks = { keys: [publicPart(await signingJwk('test-signing-key'))] };
    const accounts = () => this.nextLogin;
    this.provider = new Provider(this.issuer, {
      clients: clients.map((c) => ({
        client_id: c.clientId,
        client_secret: c.clientSecret,
        redirect_uris: c.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      })),
      jwks: { keys: [key] },
      cookies: { keys: ['test-oidc-cookie-key'] },
      // Put the scope claims in the ID token itself, as Entra and Slack do.
      conformIdTokenClaims: false,
      claims: {
        openid: ['sub', 'tid'],
        email: ['email', 'email_verified'],
        profile: ['name', 'preferred_username'],
      },
      features: { devInteractions: { enabled: false } },
      interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
      pkce: { required: () => true },
      async findAccount(_ctx, id) {
        const account = accounts();
        if (!account || account.sub !== id) return undefined;
        return { accountId: id, claims: async () => ({ ...account }) };
      },
      // Consent is implied: every client gets openid, email and profile.
      async loadExistingGrant(ctx) {
        const oidc = ctx.oidc;
        const clientId = oidc.client?.clientId;
        const accountId = oidc.session?.accountId;
        if (!clientId || !accountId) return undefined;
        const existing = oidc.session?.grantIdFor(clientId);
        if (existing) return oidc.provider.Grant.find(existing);
        const grant = new oidc.provider.Grant({ clientId, accountId });
        grant.addOIDCScope('openid email profile');
        await grant.save();
        return grant;
      },
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const provider = this.provider;
    if (!provider) throw new Error('configure() the test IdP first');
    const url = new URL(req.url ?? '/', this.issuer);
    if (this.serveWrongJwks && url.pathname === '/jwks') {
      res.setHeader('content-type', 'application/jwk-set+json');
      res.end(JSON.stringify(this.wrongJwks));
      return;
    }
    if (url.pathname.startsWith('/interaction/')) {
      const details = await provider.interactionDetails(req, res);
      const account = this.nextLogin;
      if (details.prompt.name !== 'login' || !account) {
        await provider.interactionFinished(
          req,
          res,
          { error: 'access_denied' },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: account.sub } },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    provider.callback()(req, res);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }
}
