import { Activity, ActivityTypes } from '@microsoft/agents-activity';
import type { TurnContext, TurnState } from '@microsoft/agents-hosting';
import type {
  TaskModuleResponse,
  TaskModuleTaskInfo,
  TeamsAgentExtension,
} from '@microsoft/agents-hosting-extensions-teams';
import { z } from 'zod';
import type { AdaptiveCardJson } from '../../../cards/index.ts';
import {
  openWalkInAction,
  renderWalkInDialog,
  WALK_IN_DIALOG_TITLE,
  WALK_IN_OPEN_VERB,
  WALK_IN_SUBMIT_VERB,
  type WalkInDialogState,
} from '../../../cards/walk-in-dialog.ts';
import { WALK_IN_TEXT_FIELDS, type WalkInFieldKey, walkInFieldOf } from '../../../cards/walk-in-fields.ts';
import { can } from '../../../core/auth/index.ts';
import type { TenantContext } from '../../../core/shared/context.ts';
import { InvalidInputError } from '../../../core/shared/errors.ts';
import { type ClientChoices, createWalkIn, listWalkInClients } from '../../../core/tickets/index.ts';
import { errorLine, GENERIC_TITLE, teamsErrorFor } from '../errors.ts';
import { identify } from '../identity.ts';
import { ADAPTIVE_CARD_CONTENT_TYPE } from '../outbound.ts';
import type { TeamsRuntime } from '../runtime.ts';
import { redrawQueueCardLater } from './queue.ts';

/**
 * What a `task/submit` of the walk-in dialog carries: the inputs by id (Teams sends every input's
 * value as a string, '' when empty) and the submit button's data. Anything else Teams adds is ignored.
 */
const SubmitData = z.object({
  verb: z.literal(WALK_IN_SUBMIT_VERB),
  queueActivityId: z.string().max(200).optional(),
  contactName: z.string().max(10_000).optional(),
  contactEmail: z.string().max(10_000).optional(),
  client: z.string().max(10_000).optional(),
  summary: z.string().max(10_000).optional(),
  details: z.string().max(100_000).optional(),
  priority: z.string().max(100).optional(),
});
type SubmitData = z.infer<typeof SubmitData>;

const FetchData = z.object({ verb: z.literal(WALK_IN_OPEN_VERB), from: z.string().max(50).optional() });

/** Why someone may not log walk-ins, in words: the same sentence Slack's shortcut shows. */
export function walkInRefusal(ctx: TenantContext): string | null {
  if (can(ctx.actor, 'intake.create')) return null;
  return `Your role (${ctx.actor.kind === 'user' ? ctx.actor.role : 'system'}) cannot log walk-in tickets.`;
}

/** The answer to `walkin`: a button that opens the dialog (a bot message cannot open one itself). */
export function renderWalkInPromptCard(): AdaptiveCardJson {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    fallbackText: WALK_IN_DIALOG_TITLE,
    body: [
      {
        type: 'TextBlock',
        text: 'Someone at the desk? Log who it is, for which client and what is wrong; the ticket goes into the L1 queue.',
        wrap: true,
      },
    ],
    actions: [openWalkInAction()],
  };
}

const dialogTask = (card: AdaptiveCardJson): TaskModuleTaskInfo => ({
  title: WALK_IN_DIALOG_TITLE,
  width: 'medium',
  height: 'large',
  card: { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card },
});

/** Task modules answer in the invoke's HTTP response: `{ status, body: TaskModuleResponse }`. */
async function answer(context: TurnContext, body: TaskModuleResponse): Promise<void> {
  await context.sendActivity(
    Activity.fromObject({ type: ActivityTypes.InvokeResponse, value: { status: 200, body } }),
  );
}

const message = (value: string): TaskModuleResponse => ({ task: { type: 'message', value } });

/**
 * The walk-in dialog. `task/fetch` (from a card's "Log a walk-in" button) opens it with the PSA's
 * companies or the known clients; `task/submit` logs the walk-in through core's `createWalkIn`.
 * A refused submit shows the dialog again with what was typed and why, and logs nothing; a person
 * who may not log walk-ins (a viewer) is told so instead of getting a dialog.
 */
export function registerWalkIn(teams: TeamsAgentExtension<TurnState>, rt: TeamsRuntime): void {
  teams.taskModule.onFetch(async (context) => {
    const data = FetchData.safeParse((context.activity.value as { data?: unknown } | undefined)?.data);
    if (!data.success) {
      await answer(context, message('That dialog is not available; start again from the latest card.'));
      return;
    }
    const who = await identify(rt, context);
    if (!who.ok) return answer(context, message(who.text));
    const refusal = walkInRefusal(who.ctx);
    if (refusal) return answer(context, message(refusal));
    try {
      const choices = await listWalkInClients({ ctx: who.ctx, deps: rt.diagnosis.psa });
      // Opened from the queue card: remember which message to redraw once the walk-in is logged.
      const replyToId = context.activity.replyToId;
      const state: WalkInDialogState =
        data.data.from === 'queue' && replyToId ? { queueActivityId: replyToId } : {};
      await answer(context, {
        task: { type: 'continue', value: dialogTask(renderWalkInDialog(choices, state)) },
      });
    } catch (error) {
      await answer(context, message(errorLine(explain(rt, error))));
    }
  });

  teams.taskModule.submit<Record<string, unknown>>(isWalkInSubmit, async (context, _state, raw) => {
    const parsed = SubmitData.safeParse(raw);
    if (!parsed.success) return 'That dialog is out of date; open "Log a walk-in" again.';
    const who = await identify(rt, context);
    if (!who.ok) return who.text;
    const refusal = walkInRefusal(who.ctx);
    if (refusal) return refusal;
    const { ctx } = who;
    const data = parsed.data;
    let choices: ClientChoices;
    try {
      choices = await listWalkInClients({ ctx, deps: rt.diagnosis.psa });
    } catch (error) {
      return errorLine(explain(rt, error));
    }
    const values = typedValues(data);
    const built = walkInInput(values, choices);
    const again = (problems: WalkInDialogState['problems']) =>
      dialogTask(
        renderWalkInDialog(choices, {
          values,
          problems,
          ...(data.queueActivityId ? { queueActivityId: data.queueActivityId } : {}),
        }),
      );
    if (!built.ok) return again([built.problem]);
    try {
      const ticket = await createWalkIn({ ctx, input: built.input });
      rt.diagnosis.onQueueChanged?.(ctx.accountId);
      if (data.queueActivityId)
        redrawQueueCardLater(rt, context, ctx, data.queueActivityId, {
          text: `Logged: ${ticket.summary}`,
          tone: 'good',
        });
      return `Logged "${ticket.summary}" for ${ticket.client ?? 'the client'}. It is in the L1 queue${
        ticket.psaPending ? ' and is being created in the PSA' : ''
      }.`;
    } catch (error) {
      if (error instanceof InvalidInputError) {
        const problems = (error.issues.length ? error.issues : [{ path: '', message: error.message }]).map(
          (issue) => ({ field: walkInFieldOf(issue.path), message: issue.message }),
        );
        return again(problems);
      }
      return errorLine(explain(rt, error));
    }
  });
}

/**
 * Our own selector: the SDK's string-verb selector (1.8.1) reads `activity.value.data` on every
 * activity and throws on messages, which have no `value`.
 */
function isWalkInSubmit(context: TurnContext): Promise<boolean> {
  const { type, name, value } = context.activity;
  const data = (value as { data?: { verb?: unknown } } | undefined)?.data;
  return Promise.resolve(
    type === ActivityTypes.Invoke && name === 'task/submit' && data?.verb === WALK_IN_SUBMIT_VERB,
  );
}

function explain(rt: TeamsRuntime, error: unknown) {
  const view = teamsErrorFor(error);
  if (view.title === GENERIC_TITLE) rt.logger.error({ err: error }, 'Teams walk-in failed');
  return view;
}

/** What was typed, trimmed, by field; kept to refill the dialog when core refuses it. */
function typedValues(data: SubmitData): Partial<Record<WalkInFieldKey, string>> {
  const values: Partial<Record<WalkInFieldKey, string>> = {};
  for (const key of [...WALK_IN_TEXT_FIELDS.map((f) => f.key), 'priority'] as const) {
    const value = data[key]?.trim();
    if (value) values[key] = value;
  }
  return values;
}

/**
 * The dialog's values as core's walk-in input. With a PSA the client input holds a company id,
 * which must be one the PSA offered (its name comes from that list, as Slack's select gives it).
 */
function walkInInput(
  values: Partial<Record<WalkInFieldKey, string>>,
  choices: ClientChoices,
):
  | { ok: true; input: Record<string, string> }
  | { ok: false; problem: { field: WalkInFieldKey; message: string } } {
  const input: Record<string, string> = {
    contactName: values.contactName ?? '',
    client: values.client ?? '',
    summary: values.summary ?? '',
    details: values.details ?? '',
    priority: values.priority ?? 'medium',
  };
  if (values.contactEmail) input.contactEmail = values.contactEmail;
  if (choices.source === 'psa' && values.client) {
    const company = choices.clients.find((c) => (c.id ?? c.name) === values.client);
    if (!company)
      return { ok: false, problem: { field: 'client', message: 'pick the client from the PSA companies' } };
    input.client = company.name;
    if (company.id) input.clientId = company.id;
  }
  return { ok: true, input };
}
