import type { SessionView } from '../core/sessions/index.ts';
import type { RenderContext } from './context.ts';
import { formatTimestamp, oneLine } from './text.ts';

/** One line of the escalation box; `slackChannelId` asks the Slack renderer to add `<#id>`. */
export interface EscalationLine {
  text: string;
  slackChannelId?: string;
}

/** The escalation box on the session card: where the package went, and who has it now. */
export interface EscalationSummary {
  heading: string;
  lines: EscalationLine[];
}

/** Said when no surface-specific way to set a technician channel was given. */
export const DEFAULT_NO_CHANNEL =
  'no technician channel yet — an admin sets one by sending “techchannel” to the bot in the Slack or Teams channel escalations should go to';

const PROVIDERS: Record<string, string> = { connectwise: 'ConnectWise', local: 'Local PSA' };

/**
 * Where an escalation went, in words: the technician channel, the PSA ticket and its
 * reassignment, or "Kept here" with how to set a channel — so nobody reads an escalation as a
 * dead end. Null for a session that was never escalated.
 */
export function escalationSummary(view: SessionView, ctx: RenderContext): EscalationSummary | null {
  const e = view.escalation;
  if (!e) return null;
  const lines: EscalationLine[] = [];
  if (e.channel) {
    const channelId = e.channel.platform === 'slack' ? e.channel.ref.channelId : undefined;
    lines.push({
      text: 'Sent to the technician channel',
      ...(channelId && /^[A-Z0-9]+$/.test(channelId) ? { slackChannelId: channelId } : {}),
    });
  }
  if (e.psa) {
    const provider = PROVIDERS[e.psa.provider] ?? e.psa.provider;
    const to = e.psa.reassignTo;
    const reassigned = to
      ? to.type === 'user'
        ? `, reassigned to ${oneLine(to.name)}`
        : `, reassigned to the ${oneLine(to.name)} board`
      : '';
    lines.push({ text: `Added to ${provider} ticket #${e.psa.ticketExternalId}${reassigned}` });
  } else if (e.target) {
    lines.push({ text: `Meant for ${oneLine(e.target.name)}` });
  }
  if (!e.channel) {
    const noChannel = ctx.noTechnicianChannel ?? DEFAULT_NO_CHANNEL;
    lines.push({ text: e.psa ? capitalise(`${noChannel}.`) : `Kept here: ${noChannel}.` });
  }
  lines.push({
    text: e.claimedBy
      ? `Claimed by ${oneLine(e.claimedBy.name)} · ${formatTimestamp(e.claimedBy.at)} — they carry on from here.`
      : 'Waiting for an engineer to claim it; whoever claims it carries on from here.',
  });
  return { heading: `Escalated ${formatTimestamp(e.escalatedAt)}`, lines };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
