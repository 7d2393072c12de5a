import type { KnowledgePassage } from '../../kb/knowledge.ts';
import type { TurnPlan } from './plan-turn.ts';

/** Every offline reply starts with this, so nobody mistakes the rule-based helper for a model. */
export const OFFLINE_LABEL = 'Offline assistant (no AI model connected):';

/** The reply says only what the plan did: what was recorded, from which article, and what is next. */
export function composeReply(plan: TurnPlan, knowledgeCount: number, anotherClientMatches = false): string {
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
  } else if (plan.notAFault === 'purchase') {
    lines.push(
      'This reads as a purchase or quote request rather than a fault, so there is nothing to troubleshoot: pass it to whoever handles orders. If something is broken as well, describe it and I will help.',
    );
  } else if (plan.notAFault === 'facilities') {
    lines.push(
      'This reads as a building or facilities problem rather than an IT one, so there is nothing to troubleshoot here: pass it to whoever looks after the building. If a computer, the network or an app is involved, describe it and I will help.',
    );
  } else if (plan.notAFault === 'test') {
    lines.push('This looks like a test ticket, so there is nothing to troubleshoot.');
  } else if (
    knowledgeCount === 0 &&
    (plan.facts.length > 0 || plan.problemFacts.length > 0 || plan.question)
  ) {
    lines.push(
      anotherClientMatches
        ? "No knowledge base article matched in this client's documentation or yours, but another client's matches this ticket much better: is the ticket's client right?"
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
