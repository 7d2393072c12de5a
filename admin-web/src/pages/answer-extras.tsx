import { Anchor, Badge, Group, List, Stack, Text } from '@mantine/core';
import type { AnswerFeedbackView, TurnView } from '../api/types.ts';
import { RATING_LABELS } from '../components/answer-feedback.tsx';

const SURFACES: Record<AnswerFeedbackView['surface'], string> = {
  slack: 'Slack',
  teams: 'Teams',
  web: 'Try the bot',
};

/**
 * Under an assistant answer on the session detail: the knowledge passages it was given (its
 * citations, numbered as the engine saw them) and every rating it got, with who, where and why.
 */
export function AnswerExtras({
  turn,
  feedback,
  names,
}: {
  turn: TurnView;
  feedback: AnswerFeedbackView[];
  names: Map<string, string>;
}) {
  if (turn.sources.length === 0 && feedback.length === 0) return null;
  return (
    <Stack gap={4} mt={6}>
      {turn.sources.length ? (
        <div data-testid="answer-sources">
          <Text size="xs" fw={600}>
            Sources
          </Text>
          <List type="ordered" size="xs" spacing={2}>
            {turn.sources.map((s, i) => (
              // A passage list is fixed once saved; two chunks of one article share its id.
              // biome-ignore lint/suspicious/noArrayIndexKey: fixed, ordered list
              <List.Item key={`${s.documentId}-${i}`}>
                {s.url ? (
                  <Anchor href={s.url} target="_blank" rel="noreferrer" size="xs">
                    {s.title}
                  </Anchor>
                ) : (
                  s.title
                )}{' '}
                <Text span size="xs" c="dimmed">
                  ({s.source})
                </Text>
              </List.Item>
            ))}
          </List>
        </div>
      ) : null}
      {feedback.map((f) => (
        <Group key={f.id} gap={6} wrap="wrap" data-testid="answer-rating">
          <Badge size="sm" color={f.rating === 'helpful' ? 'green' : 'red'}>
            {f.rating === 'helpful' ? '👍' : '👎'} {RATING_LABELS[f.rating]}
          </Badge>
          <Text size="xs">
            {names.get(f.userId ?? '') ?? 'A former member'} · {SURFACES[f.surface]}
            {f.comment ? ` · “${f.comment}”` : ''}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
