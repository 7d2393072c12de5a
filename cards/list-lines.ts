import { mdLink } from './adaptive.ts';
import { fitMrkdwn, packSections, slackLink } from './slack-blocks.ts';
import type { SectionBlock } from './slack-types.ts';
import { truncate } from './text.ts';

/*
 * Long lists (facts, open items, steps) are shown as their first N entries plus one closing line:
 * a "view all" link when the session has a web page, otherwise "… and N more".
 */

/** How a list is cut for one rendering: the entries shown and how many were left out. */
export interface ListCut<T> {
  shown: T[];
  hidden: number;
  total: number;
}

export function cutList<T>(items: readonly T[], max: number): ListCut<T> {
  return { shown: items.slice(0, max), hidden: Math.max(0, items.length - max), total: items.length };
}

/** The closing line in mrkdwn, or '' when nothing was left out. */
export function slackMoreLine(cut: ListCut<unknown>, noun: string, url: string | null): string {
  if (!cut.hidden) return '';
  return url ? slackLink(url, `View all ${cut.total} ${noun}`) : `_… and ${cut.hidden} more_`;
}

/** The closing line as TextBlock markdown, or '' when nothing was left out. */
export function teamsMoreLine(cut: ListCut<unknown>, noun: string, url: string | null): string {
  if (!cut.hidden) return '';
  return url ? mdLink(url, `View all ${cut.total} ${noun}`) : `… and ${cut.hidden} more`;
}

/**
 * A titled list as packed sections: each entry escaped and cut to `chars`, then the closing
 * line, or `empty` when the list has nothing at all.
 */
export function slackList(
  title: string,
  cut: ListCut<string>,
  chars: number,
  more: string,
  empty: string,
): SectionBlock[] {
  if (!cut.total) return packSections(title, [empty]);
  const lines = cut.shown.map((raw) => fitMrkdwn(raw, chars));
  return packSections(title, more ? [...lines, more] : lines);
}

/** Entries cut for a TextBlock (no escaping: Adaptive Card text cannot mention anyone). */
export function teamsLines(cut: ListCut<string>, chars: number): Array<{ line: string }> {
  return cut.shown.map((raw) => ({ line: truncate(raw, chars) }));
}
