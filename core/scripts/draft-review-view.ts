import type { ScriptDraftRow } from '../db/schema/scripts.ts';
import { flagDestructive } from './destructive.ts';
import { paramsToLines } from './param-lines.ts';

/** What the chat review card after resolve shows of one draft, and what was decided. */
export interface ScriptDraftReviewView {
  draftId: string;
  sessionId: string;
  name: string;
  language: string;
  body: string;
  params: Array<{ name: string; type: string }>;
  /** The schema as the edit form's lines ("ComputerName: string = …"). */
  paramLines: string;
  method: ScriptDraftRow['method'];
  status: ScriptDraftRow['status'];
  /** The published template's id once accepted. */
  templateId: string | null;
  flags: Array<{ label: string; reason: string; line: number }>;
}

/** The card's view of a draft row; no I/O, so both adapters and the 409 redraw share it. */
export function draftReviewView(row: ScriptDraftRow): ScriptDraftReviewView {
  return {
    draftId: row.id,
    sessionId: row.sessionId,
    name: row.name,
    language: row.language,
    body: row.body,
    params: row.params.map((p) => ({ name: p.name, type: p.type })),
    paramLines: paramsToLines(row.params),
    method: row.method,
    status: row.status,
    templateId: row.templateId,
    flags: flagDestructive(row.body, row.language).map(({ label, reason, line }) => ({
      label,
      reason,
      line,
    })),
  };
}
