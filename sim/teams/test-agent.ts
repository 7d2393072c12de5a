/**
 * Test support (not exported from the index): a minimal real Agents SDK app, shaped like the one in
 * docs stack-notes — `AgentApplication` + `MemoryStorage`, the Teams extension, and
 * `createAgentRequestHandler` on `POST /api/messages` with `express.json()` on that route only.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from '@microsoft/agents-activity';
import {
  type AdaptiveCard,
  AgentApplication,
  type AuthConfiguration,
  CardFactory,
  MemoryStorage,
  MessageFactory,
  type TurnContext,
  type TurnState,
} from '@microsoft/agents-hosting';
import { createAgentRequestHandler } from '@microsoft/agents-hosting-express';
import { TeamsAgentExtension, TeamsInfo } from '@microsoft/agents-hosting-extensions-teams';
import express from 'express';

export interface TestAgent {
  /** `http://127.0.0.1:{port}/api/messages` */
  url: string;
  agent: AgentApplication<TurnState>;
  /** Errors that reached the adapter's turn-error handler (the SDK default still runs). */
  errors: Error[];
  /** Values handed to the message-extension handlers. */
  seen: { submit?: unknown; fetch?: unknown; cardAction?: unknown; installs: string[] };
  close(): Promise<void>;
}

/** An approval card, as a ResolutionFlow card would come back from `actionExecute`. */
export function approvalCard(status: string, data: unknown): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [
      { type: 'TextBlock', text: `Fix ${status}`, weight: 'Bolder' },
      { type: 'TextBlock', text: JSON.stringify(data), wrap: true },
    ],
  };
}

async function onMessage(context: TurnContext): Promise<void> {
  const text = (context.activity.text ?? '').trim();
  if (text === 'whoami') {
    // Teams: `GET v3/conversations/{team or conversation id}/members/{user id}`.
    const member = await TeamsInfo.getMember(context, context.activity.from?.id ?? '');
    await context.sendActivity(`You are ${member.email ?? 'unknown'}`);
    return;
  }
  const sent = await context.sendActivity(`Diagnosing: ${text}`);
  const update = MessageFactory.text(`Diagnosis ready for: ${text}`);
  update.id = sent?.id;
  await context.updateActivity(update as Activity);
}

/** Starts the app on 127.0.0.1 (anonymous unless `auth` carries a client id). */
export async function startTestAgent(auth: AuthConfiguration = {}): Promise<TestAgent> {
  const agent = new AgentApplication<TurnState>({ storage: new MemoryStorage() });
  const errors: Error[] = [];
  const seen: TestAgent['seen'] = { installs: [] };

  agent.onActivity('message', async (context) => onMessage(context));
  agent.onConversationUpdate('membersAdded', async (context) => {
    const botAdded = context.activity.membersAdded?.some((m) => m.id === context.activity.recipient?.id);
    if (botAdded) await context.sendActivity('Thanks for adding ResolutionFlow to this team.');
  });
  agent.onActivity('installationUpdate', async (context) => {
    seen.installs.push(String(context.activity.action));
  });
  agent.adaptiveCards.actionExecute('approve', async (_context, _state, action) => {
    seen.cardAction = action;
    return approvalCard('approved', (action as { data?: unknown }).data);
  });
  agent.registerExtension(new TeamsAgentExtension(agent), (teams) => {
    teams.messageExtension.onFetchTask(async (context) => {
      seen.fetch = context.activity.value;
      return {
        task: {
          type: 'continue',
          value: { title: 'Create ticket', card: CardFactory.adaptiveCard(approvalCard('draft', {})) },
        },
      };
    });
    teams.messageExtension.onSubmitAction(async (context, _state, data) => {
      seen.submit = data;
      return {
        task: {
          type: 'message',
          value: `Ticket created from ${String((context.activity.value as { commandId?: string }).commandId)}`,
        },
      };
    });
  });
  const fallback = agent.adapter.onTurnError;
  agent.onError(async (context, error) => {
    errors.push(error);
    await fallback(context, error);
  });

  const app = express();
  app.post('/api/messages', express.json(), createAgentRequestHandler(agent, auth));
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/messages`,
    agent,
    errors,
    seen,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
