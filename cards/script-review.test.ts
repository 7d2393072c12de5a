import { describe, expect, it } from 'vitest';
import type { ScriptDraftReviewView } from '../core/scripts/index.ts';
import { readSlackDraftEdits, readTeamsDraftEdits } from './script-actions.ts';
import {
  renderDraftAcceptModal,
  renderDraftReviewBlocks,
  renderDraftReviewCard,
  renderScriptCopyModal,
} from './script-review.ts';
import { assertBlockKitLimits } from './slack-limits.ts';
import { adaptiveCardProblems, executeActions, findAll } from './test-support.ts';

const draft: ScriptDraftReviewView = {
  draftId: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  sessionId: '3f2b8c1e-5a47-4d2e-9c1a-7e6f0b9d2a11',
  name: 'Clear the print queue on <!channel>',
  language: 'powershell',
  body: 'Invoke-Command -ComputerName {{ComputerName}} -ScriptBlock {\n  Remove-Item "C:\\spool\\*" -Recurse -Force\n}\n# ``` fence',
  params: [{ name: 'ComputerName', type: 'string' }],
  paramLines: 'ComputerName: string',
  method: 'offline',
  status: 'pending',
  templateId: null,
  flags: [{ label: 'Recursive delete', reason: 'Deletes a folder and everything below it.', line: 2 }],
};
const rc = { canReview: true, builderUrl: 'https://rf.example.test/scripts?draft=6f1c' };
const huge = { ...draft, body: 'Write-Output "<&>" # 😀\n'.repeat(900) };

describe('script draft review card', () => {
  it('renders for Slack within Block Kit limits, escaped, with the three decisions while pending', () => {
    const msg = renderDraftReviewBlocks(draft, rc);
    assertBlockKitLimits(msg, 'message');
    const text = JSON.stringify(msg);
    expect(text).toContain('&lt;!channel&gt;');
    expect(text).not.toContain('# ``` fence');
    expect(text).toContain('Parameters: ComputerName (string)');
    expect(text).toContain('⚠ Recursive delete (line 2)');
    expect(text).toContain('<https://rf.example.test/scripts?draft=6f1c|builder on the Scripts page>');
    expect(findAll(msg.blocks, 'button').map((b) => b.action_id)).toEqual([
      'script.draft.edit',
      'script.draft.reject',
      'script.draft.never',
    ]);
    assertBlockKitLimits(renderDraftReviewBlocks(huge, rc), 'message');
  });

  it('renders for Teams as a valid Adaptive Card 1.5 with the edit form in Accept…', () => {
    const card = renderDraftReviewCard(draft, rc);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(executeActions(card).map((a) => a.verb)).toEqual([
      'script.draft.accept',
      'script.draft.reject',
      'script.draft.never',
    ]);
    expect(findAll(card, 'Input.Text').map((i) => [i.id, i.value])).toEqual([
      ['draftName', draft.name],
      ['draftParams', 'ComputerName: string'],
      ['draftBody', draft.body],
    ]);
    // A script longer than one field is accepted as drafted, not cut in an input.
    const long = renderDraftReviewCard(huge, rc);
    expect(adaptiveCardProblems(long)).toEqual([]);
    expect(findAll(long, 'Input.Text').map((i) => i.id)).toEqual(['draftName', 'draftParams']);
  });

  it('shows what was decided, without buttons, and no buttons for someone who may not decide', () => {
    for (const status of ['accepted', 'rejected', 'dismissed'] as const) {
      const decided = { ...draft, status };
      expect(findAll(renderDraftReviewBlocks(decided, rc).blocks, 'button')).toEqual([]);
      const card = renderDraftReviewCard(decided, rc);
      expect(adaptiveCardProblems(card)).toEqual([]);
      expect(executeActions(card)).toEqual([]);
    }
    expect(JSON.stringify(renderDraftReviewCard({ ...draft, status: 'accepted' }, rc))).toContain(
      '✅ Accepted: \\"Clear the print queue on <!channel>\\" is in the team\'s script library.',
    );
    const viewer = renderDraftReviewBlocks(draft, { canReview: false, builderUrl: null });
    expect(findAll(viewer.blocks, 'button')).toEqual([]);
    expect(JSON.stringify(viewer)).toContain('Waiting for an engineer');
  });

  it('builds the Slack accept modal within limits; a long script is not offered for editing', () => {
    const where = { d: draft.draftId, c: 'C0HELP', m: '1700000000.000100' };
    const modal = renderDraftAcceptModal(draft, where);
    assertBlockKitLimits(modal, 'modal');
    expect(JSON.parse(modal.private_metadata ?? '')).toEqual(where);
    expect(findAll(modal.blocks, 'input').map((b) => b.block_id)).toEqual([
      'draft_name',
      'draft_params',
      'draft_body',
    ]);
    const long = renderDraftAcceptModal(huge, where);
    assertBlockKitLimits(long, 'modal');
    expect(findAll(long.blocks, 'input').map((b) => b.block_id)).toEqual(['draft_name', 'draft_params']);
  });

  it('reads the form back on both platforms: an emptied parameter box means no parameters', () => {
    const slack = readSlackDraftEdits({
      draft_name: { value: { value: '  Clear queue  ' } },
      draft_params: { value: { value: null } },
    });
    expect(slack).toEqual({ name: 'Clear queue', paramLines: '' });
    expect(
      readTeamsDraftEdits({ d: draft.draftId, draftParams: 'A: int\r\nB: bool', draftBody: 'x {{A}} {{B}}' }),
    ).toEqual({
      paramLines: 'A: int\nB: bool',
      body: 'x {{A}} {{B}}',
    });
  });
});

describe('Copy script modal (Slack)', () => {
  it('shows the whole script as code blocks within modal limits, and the flags', () => {
    const modal = renderScriptCopyModal({
      title: 'Clear the stuck print queue',
      language: 'powershell',
      script: huge.body,
      flags: ['⚠ Recursive delete (line 2): why'],
    });
    assertBlockKitLimits(modal, 'modal');
    const code = findAll(modal.blocks, 'mrkdwn')
      .map((t) => String(t.text))
      .filter((t) => t.startsWith('```'))
      .map((t) => t.slice(4, -4))
      .join('\n')
      .trimEnd();
    // Every line made it, escaped for mrkdwn, split only at line ends.
    expect(code.split('\n')).toHaveLength(900);
    expect(code.split('\n').every((l) => l === 'Write-Output "&lt;&amp;&gt;" # 😀')).toBe(true);
    expect(JSON.stringify(modal)).toContain('⚠ Recursive delete (line 2): why');
  });
});
