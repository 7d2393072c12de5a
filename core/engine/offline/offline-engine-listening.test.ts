import { describe, expect, it } from 'vitest';
import type { KnowledgePassage } from '../../kb/knowledge.ts';
import { createOfflineEngine, QUESTIONS } from './index.ts';
import { numberedSteps } from './passage-fix.ts';
import { fix, ofType, SPOOLER_FIX, turn } from './test-helpers.ts';

const engine = createOfflineEngine();

const question = (id: string, text: string) => ({
  id,
  kind: 'question' as const,
  text,
  status: 'open' as const,
});

describe('offline engine: which question a reply answers', () => {
  it('files a time against the timing question and a scope against the scope question in one message', async () => {
    const message = 'Since Tuesday. Only the two people in payroll.';
    const { actions } = await engine.runTurn(
      turn(message, {
        openItems: [question('q-when', QUESTIONS.started), question('q-who', QUESTIONS.scope)],
      }),
    );
    expect(ofType(actions, 'resolve_item')).toEqual([
      { type: 'resolve_item', itemId: 'q-when', status: 'answered', answer: 'Since Tuesday.' },
      {
        type: 'resolve_item',
        itemId: 'q-who',
        status: 'answered',
        answer: 'Only the two people in payroll.',
      },
    ]);
  });

  it('takes a plain "no" as the answer to what changed, but not to when it started', async () => {
    const change = await engine.runTurn(
      turn('No, nothing that we know of', { openItems: [question('q', QUESTIONS.change)] }),
    );
    expect(ofType(change.actions, 'resolve_item').map((a) => a.itemId)).toEqual(['q']);
    const when = await engine.runTurn(turn('No', { openItems: [question('q', QUESTIONS.started)] }));
    expect(ofType(when.actions, 'resolve_item')).toEqual([]);
  });

  it('takes an error described in words as the answer to the error question, and a hostname as no answer', async () => {
    const open = [question('q-err', QUESTIONS.error)];
    const prose = await engine.runTurn(
      turn('Printers & scanners says it is offline on every PC', { openItems: open }),
    );
    expect(ofType(prose.actions, 'resolve_item').map((a) => a.itemId)).toEqual(['q-err']);
    const none = await engine.runTurn(turn('No error at all, the job just vanishes', { openItems: open }));
    expect(ofType(none.actions, 'resolve_item').map((a) => a.itemId)).toEqual(['q-err']);
    const host = await engine.runTurn(turn('The PC is FAB-WS-023 on the staff VLAN', { openItems: open }));
    expect(ofType(host.actions, 'resolve_item')).toEqual([]);
    expect(ofType(host.actions, 'record_fact').map((a) => a.text)).toEqual([
      'The PC is FAB-WS-023 on the staff VLAN',
    ]);
  });

  it("answers a model's or an engineer's own question only with a reply about it", async () => {
    const version = question('q-ver', 'Which Outlook build is installed?');
    const short = await engine.runTurn(turn('16.0.17928.20114', { openItems: [version] }));
    expect(ofType(short.actions, 'resolve_item').map((a) => a.answer)).toEqual(['16.0.17928.20114']);
    const offTopic = await engine.runTurn(
      turn('Error 0x800CCC0E on the reception PC', { openItems: [version] }),
    );
    expect(ofType(offTopic.actions, 'resolve_item')).toEqual([]);
    expect(ofType(offTopic.actions, 'record_fact').map((a) => a.text)).toEqual([
      'Error 0x800CCC0E on the reception PC',
    ]);
  });

  it('reads "still broken since Monday" as both a failed fix and the answer to when it started', async () => {
    const message = 'Still broken since Monday';
    const { actions } = await engine.runTurn(
      turn(message, { activeFix: fix(SPOOLER_FIX), openItems: [question('q-when', QUESTIONS.started)] }),
    );
    expect(actions).toEqual([
      { type: 'report_fix_outcome', outcome: 'applied_failed', reason: message },
      { type: 'resolve_item', itemId: 'q-when', status: 'answered', answer: message },
      // With the fix failed and nothing open, the next unknown is asked: no longer the timing.
      { type: 'ask_question', text: QUESTIONS.scope },
    ]);
  });

  it('does not ask about anything the conversation already said, even in an earlier message', async () => {
    const { actions } = await engine.runTurn(
      turn('The labels are still blank', {
        problemSummary: 'Label printer prints blank labels',
        recentTranscript: [
          { role: 'engineer', text: 'Label printer prints blank labels' },
          {
            role: 'assistant',
            text: 'Offline assistant (no AI model connected):\nNo knowledge base article matched.',
          },
          {
            role: 'engineer',
            text: 'It started after the driver update on Monday and it is everyone in shipping',
          },
        ],
      }),
    );
    expect(ofType(actions, 'ask_question').map((a) => a.text)).toEqual([QUESTIONS.error]);
  });
});

describe('offline engine: a fix from the best passage', () => {
  const passage: KnowledgePassage = {
    documentId: 'doc-1',
    title: 'Zebra printers print blank labels',
    url: 'https://kb.example/zebra-blank',
    source: 'hudu',
    snippet:
      'Blank labels usually mean the media type is wrong. 1. Open the printer preferences. 2. Set Media Type to Direct Thermal. 3. Run a calibration from the printer tools.',
    score: 0.6,
  };

  it('suggests the numbered steps a passage quotes when it carries no structured fix', async () => {
    const { actions, text } = await engine.runTurn(turn('Labels print blank', { knowledge: [passage] }));
    expect(ofType(actions, 'suggest_fix')).toEqual([
      {
        type: 'suggest_fix',
        title: 'Steps from "Zebra printers print blank labels"',
        steps: [
          'Open the printer preferences.',
          'Set Media Type to Direct Thermal.',
          'Run a calibration from the printer tools.',
        ],
        confidence: 70,
        source: { title: 'Zebra printers print blank labels', url: 'https://kb.example/zebra-blank' },
      },
    ]);
    expect(text).toContain('1. Open the printer preferences.');
  });

  it('does not read numbers inside a sentence as steps', () => {
    expect(numberedSteps('Ping 8.8.8.8 and then 10.0.0.1 from the VLAN.')).toEqual([]);
    expect(numberedSteps('Step 2. is the only one mentioned here.')).toEqual([]);
  });
});

describe('offline engine: a request that is not a fault', () => {
  it('says a quote request has nothing to troubleshoot and asks no narrowing question, on any turn', async () => {
    const problemSummary = 'Can we get a quote for 3 new laptops for the accounts team please';
    const first = await engine.runTurn(turn(problemSummary, { problemSummary }));
    expect(first.text).toContain('purchase or quote request rather than a fault');
    expect(ofType(first.actions, 'ask_question')).toEqual([]);
    const later = await engine.runTurn(
      turn('Dell if possible, same as last time', {
        problemSummary,
        recentTranscript: [
          { role: 'engineer', text: problemSummary },
          { role: 'assistant', text: first.text },
        ],
      }),
    );
    expect(ofType(later.actions, 'ask_question')).toEqual([]);
    expect(later.text).not.toContain('purchase or quote request');
    // A fault still gets its narrowing question.
    const fault = await engine.runTurn(turn('The accounts laptops will not print', {}));
    expect(ofType(fault.actions, 'ask_question')).toHaveLength(1);
  });

  it('sends a building problem to whoever looks after the building, and not a mixed IT one', async () => {
    const problemSummary = 'the dishwasher in the staff kitchen is leaking again';
    const { text, actions } = await engine.runTurn(turn(problemSummary, { problemSummary }));
    expect(text).toContain('building or facilities problem rather than an IT one');
    expect(ofType(actions, 'ask_question')).toEqual([]);
    const mixed = 'the dishwasher is leaking and the kitchen PC has no internet';
    const mixedTurn = await engine.runTurn(turn(mixed, { problemSummary: mixed }));
    expect(mixedTurn.text).not.toContain('facilities');
    expect(ofType(mixedTurn.actions, 'ask_question')).toHaveLength(1);
  });

  it.each([
    ['my personal iphone says icloud storage is full, can you help clear it', 'personal device or account'],
    ['Automatic reply: I am on annual leave until Monday with no access to email', 'automatic reply'],
    ['can you make everyone a new email signature with the new logo', 'email-signature change'],
    ['the hold music on our phones is awful, can we change it', 'phone-system change'],
    ['how do I do a mail merge from the excel list into a letter', 'how-to question'],
    ['laptop screen cracked, dropped it in the car park', 'physical damage'],
    ['CCTV camera 3 in the yard shows no signal on the recorder', 'cameras or alarm system'],
  ])('says whom "%s" belongs to and asks nothing', async (problemSummary, says) => {
    const { text, actions } = await engine.runTurn(turn(problemSummary, { problemSummary }));
    expect(text).toContain(says);
    expect(ofType(actions, 'ask_question')).toEqual([]);
  });

  it('still troubleshoots the faults that sound like those requests', async () => {
    for (const problemSummary of [
      "keep getting 'you can't get there from here' on my personal ipad",
      'logged in and all my icons are gone and the background is the default blue one',
      'the CCTV installer wants port 8000 opened to the NVR so he can see the cameras',
    ]) {
      const { text, actions } = await engine.runTurn(turn(problemSummary, { problemSummary }));
      expect(text).not.toContain('rather than');
      expect(ofType(actions, 'ask_question')).toHaveLength(1);
    }
  });

  it('lets a page about ordering answer it', async () => {
    const problemSummary = 'need a quote for a new monitor';
    const ordering: KnowledgePassage = {
      documentId: 'doc-order',
      title: 'Ordering hardware: quotes and lead times',
      url: 'https://kb.example/ordering',
      source: 'hudu',
      snippet: 'Log the model and quantity; we quote within a working day.',
      score: 0.8,
    };
    const { text } = await engine.runTurn(turn(problemSummary, { problemSummary, knowledge: [ordering] }));
    expect(text).toContain('Ordering hardware: quotes and lead times');
    expect(text).not.toContain('purchase or quote request rather than a fault');
  });
});

describe('offline engine: what works is not always the fix', () => {
  it('records "OWA works fine" as a fact, not as the proposed fix having worked; "Outlook works now" is the verdict', async () => {
    const problemSummary = 'Outlook keeps asking for a password';
    const activeFix = fix('Clear the cached credentials and sign Outlook in again');
    const owa = await engine.runTurn(
      turn('OWA works fine with the new password', { problemSummary, activeFix }),
    );
    expect(ofType(owa.actions, 'report_fix_outcome')).toEqual([]);
    expect(ofType(owa.actions, 'record_fact').map((a) => a.text)).toContain(
      'OWA works fine with the new password',
    );
    const outlook = await engine.runTurn(turn('Outlook works fine now', { problemSummary, activeFix }));
    expect(ofType(outlook.actions, 'report_fix_outcome')).toEqual([
      expect.objectContaining({ outcome: 'applied_success' }),
    ]);
    const generic = await engine.runTurn(turn('its working now, thanks', { problemSummary, activeFix }));
    expect(ofType(generic.actions, 'report_fix_outcome')).toHaveLength(1);
  });
});
