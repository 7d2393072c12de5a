import { AdaptiveCard, ExecuteAction, HostConfig, OpenUrlAction } from 'adaptivecards';
import { useEffect, useRef } from 'react';
import { cardMarkdownToHtml, isSafeLinkUrl } from '../../../cards/card-markdown.ts';

/** A press on an `Action.Execute` button: the verb and its data with the card's inputs merged in. */
export interface CardPress {
  verb: string;
  data: Record<string, unknown>;
}

const HOST_CONFIG = new HostConfig({
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  supportsInteractivity: true,
  spacing: { small: 4, default: 8, medium: 16, large: 24, extraLarge: 32, padding: 16 },
  // Tinted like Teams, so an escalation (warning) or a refusal (attention) stands out on the card.
  containerStyles: {
    emphasis: { backgroundColor: '#F5F6F8' },
    warning: { backgroundColor: '#FFF4DB' },
    attention: { backgroundColor: '#FDECEA' },
  },
  actions: {
    maxActions: 8,
    buttonSpacing: 8,
    showCard: { actionMode: 'inline', inlineTopMargin: 12 },
    actionsOrientation: 'horizontal',
    actionAlignment: 'left',
  },
});

AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = cardMarkdownToHtml(text);
  result.didProcess = true;
};

/**
 * Renders an Adaptive Card with Microsoft's own renderer (the `adaptivecards` package), the same
 * JSON Teams receives. `Action.Execute` presses go to `onExecute`; links open in a new tab.
 */
export function AdaptiveCardView({
  card,
  onExecute,
  disabled = false,
}: {
  card: object;
  onExecute: (press: CardPress) => void;
  disabled?: boolean;
}) {
  const host = useRef<HTMLDivElement>(null);
  const handler = useRef(onExecute);
  handler.current = onExecute;

  useEffect(() => {
    const target = host.current;
    if (!target) return;
    const adaptive = new AdaptiveCard();
    adaptive.hostConfig = HOST_CONFIG;
    adaptive.onExecuteAction = (action) => {
      if (action instanceof ExecuteAction) {
        handler.current({ verb: action.verb, data: { ...((action.data as Record<string, unknown>) ?? {}) } });
      } else if (action instanceof OpenUrlAction && action.url && isSafeLinkUrl(action.url)) {
        window.open(action.url, '_blank', 'noopener');
      }
    };
    adaptive.parse(card);
    const rendered = adaptive.render();
    target.replaceChildren(...(rendered ? [rendered] : []));
    return () => target.replaceChildren();
  }, [card]);

  return (
    <div
      ref={host}
      className="rf-adaptive-card"
      data-testid="adaptive-card"
      aria-busy={disabled}
      style={{
        pointerEvents: disabled ? 'none' : undefined,
        opacity: disabled ? 0.6 : 1,
        border: '1px solid var(--mantine-color-gray-3)',
        borderRadius: 8,
        overflow: 'hidden',
      }}
    />
  );
}
