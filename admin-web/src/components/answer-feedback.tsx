import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api } from '../api/endpoints.ts';
import type { AnswerFeedbackView } from '../api/types.ts';
import { errorMessage } from './states.tsx';

type Rating = AnswerFeedbackView['rating'];

export const RATING_LABELS: Record<Rating, string> = { helpful: 'Helpful', not_helpful: 'Not helpful' };

/**
 * Thumbs up/down under one assistant answer, with an optional comment once a thumb is down.
 * Both buttons wait for the server (one vote per person per answer: a second press changes it), and
 * what the server recorded is said back in words, so a reload shows the same state.
 */
export function AnswerFeedback({
  sessionId,
  turnId,
  recorded,
}: {
  sessionId: string;
  turnId: string;
  /** This person's vote on this answer, when they gave one before (a resumed conversation). */
  recorded?: AnswerFeedbackView | undefined;
}) {
  const [saved, setSaved] = useState<AnswerFeedbackView | undefined>(recorded);
  const [comment, setComment] = useState('');
  const queryClient = useQueryClient();
  const rate = useMutation({
    mutationFn: (input: { rating: Rating; comment?: string }) => api.feedback.rate(sessionId, turnId, input),
    onSuccess: (view) => {
      setSaved(view);
      setComment('');
      void queryClient.invalidateQueries({ queryKey: ['session', sessionId, 'feedback'] });
    },
  });
  const current = saved?.rating;
  const pending = rate.isPending;
  const sendComment = (event: FormEvent) => {
    event.preventDefault();
    const text = comment.trim();
    if (!current || !text || pending) return;
    rate.mutate({ rating: current, comment: text });
  };

  return (
    <Stack gap={4} mt={6} data-testid="answer-feedback" data-turn-id={turnId}>
      <Group gap={6} role="group" aria-label="Was this answer helpful?">
        {(['helpful', 'not_helpful'] as const).map((rating) => (
          <Button
            key={rating}
            size="compact-xs"
            variant={current === rating ? 'filled' : 'default'}
            color={rating === 'helpful' ? 'green' : 'red'}
            aria-pressed={current === rating}
            disabled={pending}
            onClick={() => rate.mutate({ rating })}
          >
            {rating === 'helpful' ? '👍' : '👎'} {RATING_LABELS[rating]}
          </Button>
        ))}
        {saved ? (
          <Text size="xs" c="dimmed" data-testid="feedback-state">
            Recorded: {RATING_LABELS[saved.rating].toLowerCase()}
            {saved.comment ? ` · “${saved.comment}”` : ''}
          </Text>
        ) : null}
      </Group>
      {saved ? (
        <form onSubmit={sendComment}>
          <Group gap={6} align="flex-end">
            <TextInput
              size="xs"
              aria-label="Comment on this answer (optional)"
              placeholder={saved.comment ? 'Change your comment' : 'What was right or wrong? (optional)'}
              value={comment}
              maxLength={2000}
              onChange={(e) => setComment(e.currentTarget.value)}
              disabled={pending}
              style={{ flex: 1 }}
            />
            <Button size="compact-xs" type="submit" variant="default" disabled={pending || !comment.trim()}>
              Send comment
            </Button>
          </Group>
        </form>
      ) : null}
      {rate.isError ? (
        <Text size="xs" c="red" role="alert">
          {errorMessage(rate.error)}
        </Text>
      ) : null}
    </Stack>
  );
}
