import type { RequestKind } from '../../kb/index/request-kind.ts';
import { SYMPTOM_READS, type Symptom } from '../../kb/index/symptoms.ts';
import type { KnowledgePassage } from '../../kb/knowledge.ts';
import type { TurnPlan } from './plan-turn.ts';

/** Every offline reply starts with this, so nobody mistakes the rule-based helper for a model. */
export const OFFLINE_LABEL = 'Offline assistant (no AI model connected):';

/**
 * What to say on the first turn of a ticket that is not a fault (request-kind.ts) when no page is
 * about it: whom it belongs to, and that a real fault described next still gets troubleshot.
 */
const NOT_A_FAULT: Record<RequestKind, string> = {
  purchase:
    'This reads as a purchase or quote request rather than a fault, so there is nothing to troubleshoot: pass it to whoever handles orders. If something is broken as well, describe it and I will help.',
  facilities:
    'This reads as a building or facilities problem rather than an IT one, so there is nothing to troubleshoot here: pass it to whoever looks after the building. If a computer, the network or an app is involved, describe it and I will help.',
  admin:
    'This reads as an office-admin or HR question rather than an IT fault: pass it to the office manager or HR. If a computer or an app is involved, describe it and I will help.',
  personal:
    "This reads as someone's personal device or account rather than a work one, so it is outside the support agreement unless the client has agreed otherwise. If a work device or account is involved, say so and I will help.",
  noise:
    'This reads as an automatic reply, a notice or a "sorted now" message rather than a new problem, so there is nothing to troubleshoot: close or merge it. If there is a problem, describe it and I will help.',
  test: 'This looks like a test ticket, so there is nothing to troubleshoot.',
  website:
    "This is about the company's own website or domain, which the knowledge base does not cover: check who hosts the site and where the domain is registered before changing anything. If people cannot reach websites from the office, say so and I will troubleshoot that.",
  signature:
    'This reads as an email-signature change rather than a fault, and no knowledge base page covers signatures: log it as a change request with the new design attached.',
  telephony:
    'This reads as a phone-system change (numbers, call queues or hold music) rather than a fault, and no knowledge base page covers it: log it as a change request for whoever manages the phone system. If calls are failing, describe what happens and I will help.',
  'how-to':
    "This reads as a how-to question rather than a fault, and no knowledge base page covers it: answer it from the product's own help, or log it as a training request.",
  repair:
    'This reads as physical damage (a cracked screen, a swollen battery, a spill): there is nothing to troubleshoot, so arrange a repair or replacement under the warranty and move the user to a spare if they need one.',
  'security-system':
    "This reads as the building's cameras or alarm system, which the knowledge base does not cover: pass it to the security installer. If the recorder is on our network and has lost its connection, say so and I will help with that.",
  project:
    'This reads as a report, audit or project request rather than a fault: log it as project work for the account manager.',
  change:
    'This reads as a change request (a new group, site or list, or moving equipment) rather than a fault, and no knowledge base page covers it: log it as a change with who needs access or where it goes.',
  billing:
    'This reads as a question about our invoice rather than a fault: pass it to accounts. If something is broken as well, describe it and I will help.',
};

/** The reply says only what the plan did: what was recorded, from which article, and what is next. */
export function composeReply(
  plan: TurnPlan,
  knowledgeCount: number,
  why: { anotherClientMatches?: boolean; unspokenSymptom?: Symptom } = {},
): string {
  const lines: string[] = [OFFLINE_LABEL];

  if (plan.outcome) {
    const { outcome, reason, fixTitle } = plan.outcome;
    if (outcome === 'applied_success') {
      lines.push(
        `Noted that "${fixTitle}" worked. Confirm it on the fix card, then post the resolution note.`,
      );
    } else if (outcome === 'applied_failed') {
      lines.push(`Noted that "${fixTitle}" did not work ("${reason}"). Confirm the outcome on the fix card.`);
    } else {
      lines.push(
        `Noted that "${fixTitle}" only partly worked ("${reason}"). Confirm the outcome on the fix card.`,
      );
    }
  }

  for (const { item, status } of plan.resolved) {
    if (status === 'done') lines.push(`Marked the check done: "${item.text}".`);
    else if (status === 'dismissed')
      lines.push(`Closed "${item.text}": nobody knows yet, so nothing was recorded.`);
    else lines.push(`Recorded your answer to "${item.text}".`);
  }

  if (plan.problemFacts.length > 0) {
    lines.push('From the problem description:', ...plan.problemFacts.map((f) => `- ${f}`));
  }

  const [onlyFact] = plan.facts;
  if (plan.facts.length === 1 && onlyFact) lines.push(`Recorded a fact: "${onlyFact}"`);
  else if (plan.facts.length > 1) {
    lines.push(`Recorded ${plan.facts.length} facts:`, ...plan.facts.map((f) => `- ${f}`));
  }

  const waiting = plan.unanswered.at(-1);
  if (waiting) {
    lines.push(
      plan.facts.length > 0
        ? `That does not answer "${waiting.text}", so it was recorded as a new fact; the question stays open.`
        : `Still waiting for an answer to "${waiting.text}".`,
    );
  }

  if (plan.article?.lead) {
    const { score } = plan.article;
    lines.push(
      `Knowledge base, a weak match (${Math.round(score * 100)}%): ${cited(plan.article)}. Worth a look; its checks and fix are not added until the problem is clearer.`,
    );
  } else if (plan.article) {
    lines.push(`Knowledge base: ${cited(plan.article)}, match ${Math.round(plan.article.score * 100)}%.`);
    const structured = (plan.article.checks?.length ?? 0) > 0 || plan.article.fix !== undefined;
    // An article without checks or a fix is only useful for what it says, so quote it.
    if (!structured && plan.article.snippet) lines.push(`> ${plan.article.snippet}`);
    else if (plan.checks.length === 0 && !plan.fix) {
      lines.push('Its checks and fix are already in this session, or were tried.');
    }
  } else if (plan.notAFault) {
    lines.push(NOT_A_FAULT[plan.notAFault]);
  } else if (
    knowledgeCount === 0 &&
    (plan.facts.length > 0 || plan.problemFacts.length > 0 || plan.question)
  ) {
    lines.push(
      why.anotherClientMatches
        ? "No knowledge base article matched in this client's documentation or yours, but another client's matches this ticket much better: is the ticket's client right?"
        : why.unspokenSymptom
          ? `No knowledge base article matched: this is about ${SYMPTOM_READS[why.unspokenSymptom]}, and the nearest article never mentions it.`
          : 'No knowledge base article matched.',
    );
  }

  if (plan.checks.length > 0) lines.push('Checks to run:', ...plan.checks.map((c) => `- ${c}`));

  if (plan.fix) {
    lines.push(
      `Suggested fix (confidence ${plan.fix.confidence}%): ${plan.fix.title}`,
      ...plan.fix.steps.map((step, i) => `${i + 1}. ${step}`),
    );
  }

  if (plan.question) lines.push(`Next question: ${plan.question}`);
  if (plan.pendingFix) lines.push(`When you have tried "${plan.pendingFix}", tell me whether it worked.`);

  const didSomething =
    plan.outcome ||
    plan.resolved.length > 0 ||
    plan.facts.length > 0 ||
    plan.problemFacts.length > 0 ||
    plan.checks.length > 0;
  if (!didSomething && !plan.fix && !plan.question && !plan.pendingFix && !waiting) {
    lines.push(
      plan.stillOpen > 0
        ? `Nothing new to record from that message; ${plan.stillOpen} item(s) are still open in the task lane.`
        : 'Nothing new to record from that message.',
    );
  }
  return lines.join('\n');
}

/**
 * The reply cut at line boundaries into at most `parts` pieces that concatenate back to the text,
 * so adapters' streaming path (update the message as text arrives) runs offline too.
 */
export function chunkText(text: string, parts = 3): string[] {
  const lines = text.split('\n');
  const perChunk = Math.max(1, Math.ceil(lines.length / parts));
  const chunks: string[] = [];
  for (let i = 0; i < lines.length; i += perChunk) {
    const last = i + perChunk >= lines.length;
    chunks.push(lines.slice(i, i + perChunk).join('\n') + (last ? '' : '\n'));
  }
  return chunks;
}

/** An article as the reply cites it: its title, and where to open it when it has an address. */
function cited(article: KnowledgePassage): string {
  return `${article.title}${article.url ? ` (${article.url})` : ''}`;
}
