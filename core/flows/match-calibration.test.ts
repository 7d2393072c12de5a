import { describe, expect, it } from 'vitest';
import { LABELLED_TICKETS } from '../../test/flow-match-tickets.ts';
import { demoFlowFiles } from './demo/demo-flows.ts';
import { parseFlowDocument } from './document.ts';
import { MATCH_COVERAGE } from './match-or-build.ts';
import { flowTerms, rankFlows } from './rank-flows.ts';

/**
 * Calibrating MATCH_COVERAGE on 46 labelled tickets (30 about one of the demo flows, 16 about
 * nothing they cover) — test/flow-match-tickets.ts. Fit on the 23 even rows: accuracy is best
 * (22/23) at 0.30 and 0.40 with the knowledge search's synonym table (widened 2026-12-05) doing the
 * term analysis; the highest, 0.40, is taken. Held-back odd rows at 0.40: 18/23 right — 10 of 15
 * matching tickets matched, 5 missed, none sent to a wrong flow, 0 of 8 unrelated tickets matched. Reported in docs/flows.md; rerun this
 * file to reproduce.
 */
const flows = demoFlowFiles().map(({ name, content }) => {
  const doc = parseFlowDocument(content, 'yaml');
  return {
    id: name,
    client: doc.client,
    title: doc.title,
    symptoms: doc.symptoms,
    stepText: doc.graph.steps.map((s) => s.text).join('. '),
  };
});

function decide(ticket: string, threshold: number): string {
  const [top] = rankFlows(
    ticket,
    flows.filter((f) => f.client === null),
  );
  const terms = new Set(flowTerms(ticket)).size;
  const ok = top && top.coverage >= threshold && top.matchedTerms >= Math.min(2, terms) && top.subjectMatched;
  return ok ? top.id : 'none';
}

function score(rows: typeof LABELLED_TICKETS, threshold: number) {
  const out = rows.map(([ticket, label]) => ({ label, chosen: decide(ticket, threshold) }));
  return {
    right: out.filter((o) => o.chosen === o.label).length,
    missed: out.filter((o) => o.label !== 'none' && o.chosen === 'none').length,
    wrongFlow: out.filter((o) => o.label !== 'none' && o.chosen !== 'none' && o.chosen !== o.label).length,
    falseMatches: out.filter((o) => o.label === 'none' && o.chosen !== 'none').length,
  };
}

const fit = LABELLED_TICKETS.filter((_, i) => i % 2 === 0);
const held = LABELLED_TICKETS.filter((_, i) => i % 2 === 1);

describe('MATCH_COVERAGE calibration', () => {
  it('is the highest threshold with the best accuracy on the fitting half', () => {
    const grid = Array.from({ length: 29 }, (_, i) => Math.round((0.1 + i * 0.025) * 1000) / 1000);
    const accuracy = grid.map((t) => ({ t, right: score(fit, t).right }));
    const best = Math.max(...accuracy.map((a) => a.right));
    const top = Math.max(...accuracy.filter((a) => a.right === best).map((a) => a.t));
    expect(top).toBe(MATCH_COVERAGE);
    expect(best).toBe(22);
  });

  it('on the held-back half: no ticket goes to a wrong flow, most match, few unrelated ones do', () => {
    expect(score(held, MATCH_COVERAGE)).toEqual({ right: 18, missed: 5, wrongFlow: 0, falseMatches: 0 });
  });
});
