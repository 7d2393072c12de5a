import { MsalTokenProvider } from '@microsoft/agents-hosting';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSessionFeedback } from '../../core/feedback/index.ts';
import { getTranscript } from '../../core/sessions/index.ts';
import {
  DEFAULT_BOT,
  feedbackInvoke,
  type InboundTokenIssuer,
  mintInboundToken,
  newSigner,
  type SimActivity,
  startInboundTokenIssuer,
  tamperToken,
} from '../../sim/teams/index.ts';
import type { TeamsConfig } from './config.ts';
import {
  CONNECTOR_SCOPE,
  eventually,
  provideOutboundToken,
  sessionCardIn,
  sessionIdOf,
  type TeamsWorld,
  teamsWorld,
} from './teams-test-kit.ts';

const APP_ID = DEFAULT_BOT.appId;

describe('Teams feedback under signed Bot Framework tokens (app id set, local token issuer)', () => {
  let issuer: InboundTokenIssuer;
  let w: TeamsWorld;
  let outboundToken = '';

  beforeAll(async () => {
    issuer = await startInboundTokenIssuer();
    const config: TeamsConfig = {
      production: false,
      appId: APP_ID,
      appPassword: 'local-secret',
      tenantId: issuer.tenantId,
      authorityEndpoint: issuer.url,
    };
    outboundToken = await issuer.mint({ audience: CONNECTOR_SCOPE });
    await provideOutboundToken(config, outboundToken);
    w = await teamsWorld(config);
  });
  afterAll(async () => {
    await w?.close();
    await issuer?.close();
    // Other suites in this worker must not find our token in the SDK's process-wide cache.
    MsalTokenProvider.clearSharedCaches();
  });

  const signed = () => issuer.mint({ audience: APP_ID, serviceUrl: w.connector.url });
  const channelDataOf = (a: SimActivity) =>
    ((a.activity as { channelData?: unknown }).channelData ?? {}) as { feedbackLoopEnabled?: boolean };

  it('answers a signed message and records the signed vote on that answer; forged or unsigned votes get 401 and change nothing', async () => {
    const message = w.personal('Outlook keeps asking for a password on the reception PC since this morning');
    expect((await w.send(message, await signed())).status).toBe(200);
    const chat = message.conversation.id;
    const answer = await eventually(() =>
      w.connector
        .activities(chat)
        .find(
          (a) =>
            channelDataOf(a).feedbackLoopEnabled === true &&
            String(a.activity.text ?? '').startsWith('Offline assistant'),
        ),
    );
    // The reply went out with the bot's own token, not anonymously.
    expect(
      w.connector.calls.some(
        (c) =>
          c.method === 'POST' && c.authorization === `Bearer ${outboundToken}` && c.conversationId === chat,
      ),
    ).toBe(true);
    const sessionId = sessionIdOf(await eventually(() => sessionCardIn(w.connector.activities(chat))));
    const sessionTurns = async () =>
      (await listSessionFeedback({ ctx: w.engineer, sessionId })).map((v) => ({
        rating: v.rating,
        comment: v.comment,
        surface: v.surface,
      }));

    const vote = (reaction: 'like' | 'dislike', text?: string) =>
      feedbackInvoke({
        serviceUrl: w.connector.url,
        from: w.engineer.teams,
        tenantId: w.tenantId,
        replyToId: answer.id,
        reaction,
        ...(text === undefined ? {} : { text }),
      });

    const liked = await w.send(vote('like', 'The cached credentials, yes'), await signed());
    expect(liked.status).toBe(200);
    expect(await sessionTurns()).toEqual([
      { rating: 'helpful', comment: 'The cached credentials, yes', surface: 'teams' },
    ]);
    const turns = await getTranscript({ ctx: w.engineer, sessionId });
    const recorded = await listSessionFeedback({ ctx: w.engineer, sessionId });
    expect(recorded[0]?.turnId).toBe(turns.find((t) => t.role === 'assistant')?.id);

    // Someone without the bot's trust tries to flip the vote: every variant is refused before any
    // of our code runs, and the recorded vote stands.
    const valid = await signed();
    for (const token of [
      undefined,
      'not-a-jwt',
      tamperToken(valid, { serviceurl: 'https://attacker.example/' }),
      await mintInboundToken(await newSigner(issuer.issuer), {
        audience: APP_ID,
        serviceUrl: w.connector.url,
      }),
      await issuer.mint({ audience: 'another-app', serviceUrl: w.connector.url }),
    ]) {
      const refused = await w.send(vote('dislike', 'forged'), token);
      expect(refused.status).toBe(401);
    }
    expect(await sessionTurns()).toEqual([
      { rating: 'helpful', comment: 'The cached credentials, yes', surface: 'teams' },
    ]);

    // The person's own signed change of mind is taken.
    expect((await w.send(vote('dislike'), await signed())).status).toBe(200);
    expect(await sessionTurns()).toEqual([
      { rating: 'not_helpful', comment: 'The cached credentials, yes', surface: 'teams' },
    ]);
  });
});
