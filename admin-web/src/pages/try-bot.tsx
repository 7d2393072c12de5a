import {
  Alert,
  Anchor,
  Button,
  Grid,
  Group,
  Paper,
  ScrollArea,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../api/endpoints.ts';
import type { AnswerFeedbackView, ConsoleResult } from '../api/types.ts';
import { useSession } from '../auth/session.tsx';
import { AdaptiveCardView, type CardPress } from '../components/adaptive-card.tsx';
import { AnswerFeedback } from '../components/answer-feedback.tsx';
import { errorMessage, Loading } from '../components/states.tsx';
import { StatusBadge } from './sessions.tsx';
import { ScriptDraftOffers } from './try-bot-script-review.tsx';

interface Line {
  key: string;
  role: 'engineer' | 'assistant' | 'event';
  text: string;
  /** An assistant answer's id: what its thumbs rate. */
  turnId?: string | undefined;
  /** This person's vote on it, when the conversation was resumed. */
  mine?: AnswerFeedbackView | undefined;
}

const VERB_LABELS: Record<string, string> = {
  'fix.apply': 'Apply',
  'fix.worked': 'It worked',
  'fix.failed': "Didn't work",
  'fix.partial': 'Partly (with notes)',
  'fix.dismiss': 'Dismiss',
  'note.resolution.preview': 'Preview resolution note',
  'note.resolution.edit': 'Edit resolution note',
  'note.resolution.post': 'Confirm & post',
  'note.escalation.preview': 'Escalate',
  'note.escalation.edit': 'Edit escalation package',
  'note.escalation.post': 'Confirm & escalate',
  'session.refresh': 'Refresh',
  'session.claim': 'Claim and carry on',
  'note.cancel': 'Cancel',
};

let lineSeq = 0;
const line = (role: Line['role'], text: string, extra: Pick<Line, 'turnId' | 'mine'> = {}): Line => {
  lineSeq += 1;
  return { key: `l${lineSeq}`, role, text, ...extra };
};

/**
 * "Try the bot": the chat a newcomer would have in Teams, in the browser. Messages go to the same
 * core turn as Slack and Teams; the card on the right is the real Teams Adaptive Card, rendered by
 * Microsoft's renderer, and its buttons run the same verbs.
 */
export function TryBotPage() {
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const sessionId = params.get('session');
  const [lines, setLines] = useState<Line[]>([]);
  const [draft, setDraft] = useState('');
  const [result, setResult] = useState<ConsoleResult | null>(null);
  const bottom = useRef<HTMLDivElement>(null);
  const me = useSession().current?.user.id;

  // Coming back to a session (reload, or a link): its transcript and current card.
  const resumed = useQuery({
    queryKey: ['console', sessionId],
    enabled: Boolean(sessionId) && result === null,
    queryFn: async () => {
      const id = sessionId ?? '';
      const [card, transcript, rated] = await Promise.all([
        api.console.card(id),
        api.transcript(id),
        api.feedback.list(id),
      ]);
      return { card, turns: transcript.turns, feedback: rated.feedback };
    },
  });
  useEffect(() => {
    if (!resumed.data || result) return;
    setResult(resumed.data.card);
    const mine = new Map(resumed.data.feedback.filter((f) => f.userId === me).map((f) => [f.turnId, f]));
    setLines(
      resumed.data.turns.map((t) =>
        line(t.role, t.text, t.role === 'assistant' ? { turnId: t.id, mine: mine.get(t.id) } : {}),
      ),
    );
  }, [resumed.data, result, me]);

  // Keep the newest line in view as the conversation grows.
  const lineCount = lines.length;
  useEffect(() => {
    if (lineCount > 0) bottom.current?.scrollIntoView?.({ block: 'end' });
  }, [lineCount]);

  const landed = (next: ConsoleResult) => {
    setResult(next);
    void queryClient.invalidateQueries({ queryKey: ['sessions'] });
    void queryClient.invalidateQueries({ queryKey: ['session', next.session.id] });
  };

  // The conversation on screen is the card's session: the URL's copy of its id can lag a render
  // behind (it is written after the first answer), and a press must never go to an empty id.
  const currentId = result?.session.id ?? sessionId;
  const send = useMutation({
    mutationFn: (message: string) =>
      currentId ? api.console.say(currentId, message) : api.console.start(message),
    onMutate: (message) => {
      setLines((l) => [...l, line('engineer', message)]);
      setDraft('');
    },
    onSuccess: (next) => {
      if (!sessionId) setParams({ session: next.session.id }, { replace: true });
      setLines((l) => [...l, line('assistant', next.reply?.text ?? '', { turnId: next.reply?.turnId })]);
      landed(next);
    },
  });
  const press = useMutation({
    mutationFn: (p: CardPress) => api.console.act(currentId ?? '', p.verb, p.data),
    onMutate: (p) =>
      setLines((l) => [...l, line('event', `You pressed “${VERB_LABELS[p.verb] ?? p.verb}”.`)]),
    onSuccess: landed,
  });

  const status = result?.session.status;
  const closed = result !== null && status !== 'active';
  const escalated = status === 'escalated' || status === 'escalated_local';
  const busy = send.isPending || press.isPending;
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const text = draft.trim();
    if (text.length < (sessionId ? 1 : 3) || busy || closed) return;
    send.mutate(text);
  };
  const onKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      submit();
    }
  };
  const restart = () => {
    setParams({}, { replace: true });
    setResult(null);
    setLines([]);
    send.reset();
    press.reset();
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <div>
          <Title order={2}>Try the bot</Title>
          <Text size="sm" c="dimmed">
            The same assistant your engineers use in Teams and Slack. Describe a problem to start.{' '}
            <Anchor component={Link} to="/try/walk">
              L1 view: walk a flow
            </Anchor>
          </Text>
        </div>
        {sessionId ? (
          <Button variant="default" onClick={restart}>
            New problem
          </Button>
        ) : null}
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="sm" h="100%">
            <Stack gap="sm">
              <Title order={3} size="h5">
                Chat
              </Title>
              <ScrollArea.Autosize mah={480} type="auto">
                <Stack
                  gap="xs"
                  aria-live="polite"
                  aria-label="Conversation"
                  role="log"
                  data-testid="chat-log"
                >
                  {lines.length === 0 && !resumed.isFetching ? (
                    <Text size="sm" c="dimmed">
                      e.g. “Outlook keeps saying Trying to connect after a password change”
                    </Text>
                  ) : null}
                  {resumed.isFetching ? <Loading label="Loading the conversation…" /> : null}
                  {lines.map((l) => (
                    <Paper
                      key={l.key}
                      p="xs"
                      radius="sm"
                      bg={l.role === 'assistant' ? 'gray.0' : l.role === 'engineer' ? 'blue.0' : undefined}
                      data-role={l.role}
                    >
                      {l.role === 'event' ? (
                        <Text size="xs" c="dimmed">
                          {l.text}
                        </Text>
                      ) : (
                        <>
                          <Text size="xs" fw={600}>
                            {l.role === 'assistant' ? 'Assistant' : 'You'}
                          </Text>
                          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                            {l.text}
                          </Text>
                          {l.turnId && result ? (
                            <AnswerFeedback
                              sessionId={result.session.id}
                              turnId={l.turnId}
                              recorded={l.mine}
                            />
                          ) : null}
                        </>
                      )}
                    </Paper>
                  ))}
                  {send.isPending ? <Loading label="The assistant is thinking…" /> : null}
                  <div ref={bottom} />
                </Stack>
              </ScrollArea.Autosize>
              {send.isError ? (
                <Alert color="red" role="alert">
                  {errorMessage(send.error)}
                </Alert>
              ) : null}
              {closed && escalated ? (
                <Alert color="yellow" role="status" data-testid="session-escalated">
                  Escalated: waiting for an engineer to claim it. The card says where it went; whoever claims
                  it carries on here.{' '}
                  <Anchor component={Link} to={`/sessions/${result?.session.id}`}>
                    See the session
                  </Anchor>{' '}
                  or start a new problem.
                </Alert>
              ) : closed ? (
                <>
                  <Alert color="green" role="status" data-testid="session-closed">
                    This problem is resolved.{' '}
                    <Anchor component={Link} to={`/sessions/${result?.session.id}`}>
                      See the session
                    </Anchor>{' '}
                    or start a new problem.
                  </Alert>
                  {result ? <ScriptDraftOffers sessionId={result.session.id} /> : null}
                </>
              ) : (
                <form onSubmit={submit}>
                  <Stack gap="xs">
                    <Textarea
                      label={sessionId ? 'Message' : 'Describe the problem'}
                      description="Enter sends; Shift+Enter adds a line."
                      autosize
                      minRows={2}
                      maxRows={6}
                      value={draft}
                      onChange={(e) => setDraft(e.currentTarget.value)}
                      onKeyDown={onKey}
                      disabled={busy}
                    />
                    <Group justify="flex-end">
                      <Button type="submit" loading={send.isPending} disabled={!draft.trim() || busy}>
                        Send
                      </Button>
                    </Group>
                  </Stack>
                </form>
              )}
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="sm">
            <Stack gap="sm">
              <Group justify="space-between">
                <Title order={3} size="h5">
                  Session card (as in Teams)
                </Title>
                {result ? <StatusBadge status={result.session.status} /> : null}
              </Group>
              {press.isError ? (
                <Alert color="red" role="alert">
                  {errorMessage(press.error)}
                </Alert>
              ) : null}
              {result ? (
                <AdaptiveCardView card={result.card} onExecute={(p) => press.mutate(p)} disabled={busy} />
              ) : (
                <Text size="sm" c="dimmed">
                  The card appears after your first message.
                </Text>
              )}
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
