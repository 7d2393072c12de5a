import { Anchor, Badge, Card, Code, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { api } from '../api/endpoints.ts';
import type { SessionView } from '../api/types.ts';
import { Empty, ErrorState, formatDate, Loading } from '../components/states.tsx';
import { AnswerExtras } from './answer-extras.tsx';
import { StatusBadge } from './sessions.tsx';

type Fix = NonNullable<SessionView['activeFix']>;

const FIX_STATUS: Record<string, { label: string; color: string }> = {
  proposed: { label: 'Proposed', color: 'blue' },
  applied_success: { label: 'Worked', color: 'green' },
  applied_failed: { label: "Didn't work", color: 'red' },
  applied_partial: { label: 'Partly worked', color: 'yellow' },
  dismissed: { label: 'Dismissed', color: 'gray' },
};
const FACT_SOURCE: Record<SessionView['facts'][number]['source'], string> = {
  engineer_note: 'engineer note',
  ai_promoted: 'from the assistant',
  question: 'answered question',
  check: 'check',
  flow_step: 'flow step',
};
const WRITE_STATUS: Record<string, string> = { pending: 'blue', delivered: 'green', failed: 'red' };

function FixCard({ fix }: { fix: Fix }) {
  const status = FIX_STATUS[fix.status] ?? { label: fix.status, color: 'gray' };
  return (
    <Card withBorder padding="sm">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Text fw={600}>{fix.title}</Text>
        <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
          {fix.superseded ? <Badge color="gray">Superseded</Badge> : null}
          <Badge color={status.color}>{status.label}</Badge>
        </Group>
      </Group>
      <Text size="xs" c="dimmed">
        Confidence {Math.round(fix.confidence)}%
        {fix.appliedAt ? ` · applied ${formatDate(fix.appliedAt)}` : ''}
        {fix.verifiedAt ? ` · outcome ${formatDate(fix.verifiedAt)}` : ''}
      </Text>
      {fix.steps.length ? (
        <List type="ordered" size="sm" mt="xs">
          {fix.steps.map((step, i) => (
            // Steps have no ids; their order is the identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: fixed, ordered list
            <List.Item key={i}>{step}</List.Item>
          ))}
        </List>
      ) : null}
      {fix.script ? (
        <Code block mt="xs" aria-label={`${fix.scriptLanguage ?? 'script'} script`}>
          {fix.script}
        </Code>
      ) : null}
      {fix.partialNotes ? (
        <Text size="sm" mt="xs">
          Notes: {fix.partialNotes}
        </Text>
      ) : null}
      {fix.failureReason ? (
        <Text size="sm" mt="xs">
          Why it failed: {fix.failureReason}
        </Text>
      ) : null}
    </Card>
  );
}

/** One session: transcript, what we know, fixes and outcomes, notes posted, the PSA ticket. */
export function SessionDetailPage() {
  const { sessionId = '' } = useParams();
  const session = useQuery({ queryKey: ['session', sessionId], queryFn: () => api.session(sessionId) });
  const transcript = useQuery({
    queryKey: ['session', sessionId, 'transcript'],
    queryFn: () => api.transcript(sessionId),
  });
  const feedback = useQuery({
    queryKey: ['session', sessionId, 'feedback'],
    queryFn: () => api.feedback.list(sessionId),
  });
  const users = useQuery({ queryKey: ['users'], queryFn: api.users });
  const names = new Map((users.data?.users ?? []).map((u) => [u.id, u.name]));

  if (session.isPending) return <Loading label="Loading session…" />;
  if (session.isError)
    return (
      <ErrorState
        error={session.error}
        onRetry={() => session.refetch()}
        notFound={{
          title: 'Session not found',
          message:
            'There is no session with this id in this account. The link may be wrong, or the session belongs to another account.',
        }}
        back={{ to: '/sessions', label: '← All sessions' }}
      />
    );
  const s = session.data;
  const fixes = [...(s.activeFix ? [s.activeFix] : []), ...s.previousFixes];

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/sessions" size="sm">
        ← All sessions
      </Anchor>
      <div>
        <Title order={2}>{s.problemSummary}</Title>
        <Group gap="sm" mt={4}>
          <StatusBadge status={s.status} />
          <Text size="sm" c="dimmed" data-testid="session-history">
            {s.channel.kind === 'web' ? 'Web console' : s.channel.kind === 'teams' ? 'Teams' : 'Slack'} ·{' '}
            {sessionHistory(s)} · owner: {names.get(s.ownerUserId) ?? 'someone'}
          </Text>
        </Group>
      </div>

      <Paper withBorder p="sm" component="section" aria-labelledby="psa-heading">
        <Title order={3} size="h5" id="psa-heading">
          PSA ticket
        </Title>
        {s.ticket ? (
          <Stack gap={4} mt={4}>
            <Text size="sm" data-testid="psa-ticket">
              {s.ticket.provider === 'connectwise' ? 'ConnectWise' : s.ticket.provider} ticket #
              {s.ticket.externalId}
              {s.ticket.summary ? ` — ${s.ticket.summary}` : ''}
            </Text>
            {s.ticket.writes.map((w) => (
              <Group key={w.id} gap="xs">
                <Badge size="sm" color={WRITE_STATUS[w.status] ?? 'gray'}>
                  {w.status}
                </Badge>
                <Text size="sm">
                  {w.kind.replace('_', ' ')}
                  {w.lastError ? ` — ${w.lastError}` : ''}
                </Text>
              </Group>
            ))}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            Not linked to a ticket.
          </Text>
        )}
      </Paper>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="sm" component="section" aria-labelledby="transcript-heading">
          <Title order={3} size="h5" id="transcript-heading" mb="xs">
            Transcript
          </Title>
          {transcript.isPending ? (
            <Loading label="Loading transcript…" />
          ) : transcript.isError ? (
            <ErrorState error={transcript.error} onRetry={() => transcript.refetch()} />
          ) : transcript.data.turns.length === 0 ? (
            <Empty title="No messages yet" />
          ) : (
            <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {transcript.data.turns.map((t) => (
                <li key={t.seq} data-role={t.role}>
                  <Paper p="xs" bg={t.role === 'assistant' ? 'gray.0' : 'blue.0'} radius="sm">
                    <Text size="xs" fw={600}>
                      {t.role === 'assistant' ? 'Assistant' : (names.get(t.authorUserId ?? '') ?? 'Engineer')}{' '}
                      · {formatDate(t.createdAt)}
                    </Text>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                      {t.text}
                    </Text>
                    {t.role === 'assistant' ? (
                      <AnswerExtras
                        turn={t}
                        feedback={(feedback.data?.feedback ?? []).filter((f) => f.turnId === t.id)}
                        names={names}
                      />
                    ) : null}
                  </Paper>
                </li>
              ))}
            </Stack>
          )}
        </Paper>

        <Stack gap="md">
          <Paper withBorder p="sm" component="section" aria-labelledby="facts-heading">
            <Title order={3} size="h5" id="facts-heading" mb="xs">
              What we know
            </Title>
            {s.facts.length === 0 ? (
              <Text size="sm" c="dimmed">
                Nothing confirmed yet.
              </Text>
            ) : (
              <List size="sm" spacing={4}>
                {s.facts.map((f) => (
                  <List.Item key={f.id}>
                    {f.text}{' '}
                    <Text span size="xs" c="dimmed">
                      ({FACT_SOURCE[f.source] ?? f.source})
                    </Text>
                  </List.Item>
                ))}
              </List>
            )}
            {s.openItems.length ? (
              <>
                <Title order={4} size="h6" mt="sm">
                  Still open
                </Title>
                <List size="sm">
                  {s.openItems.map((i) => (
                    <List.Item key={i.id}>{i.text}</List.Item>
                  ))}
                </List>
              </>
            ) : null}
          </Paper>

          <Paper withBorder p="sm" component="section" aria-labelledby="fixes-heading">
            <Title order={3} size="h5" id="fixes-heading" mb="xs">
              Fixes and outcomes
            </Title>
            {fixes.length === 0 ? (
              <Text size="sm" c="dimmed">
                No fix suggested yet.
              </Text>
            ) : (
              <Stack gap="xs">
                {fixes.map((f) => (
                  <FixCard key={f.id} fix={f} />
                ))}
              </Stack>
            )}
          </Paper>

          <Paper withBorder p="sm" component="section" aria-labelledby="notes-heading">
            <Title order={3} size="h5" id="notes-heading" mb="xs">
              Notes posted
            </Title>
            {s.notes.length === 0 ? (
              <Text size="sm" c="dimmed">
                No resolution note or escalation package yet.
              </Text>
            ) : (
              <Stack gap="sm">
                {s.notes.map((n) => (
                  <Card key={n.id} withBorder padding="sm" data-testid="posted-note">
                    <Text fw={600} size="sm">
                      {n.kind === 'resolution' ? 'Resolution note' : 'Escalation package'} ·{' '}
                      {formatDate(n.postedAt)} · {n.destination}
                    </Text>
                    {n.sections.map((sec) => (
                      <div key={sec.heading}>
                        <Text size="xs" fw={600} mt={6}>
                          {sec.heading}
                        </Text>
                        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                          {sec.body}
                        </Text>
                      </div>
                    ))}
                  </Card>
                ))}
              </Stack>
            )}
          </Paper>
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}

/**
 * What happened to the session, oldest first: "opened …, escalated …, claimed by Evan …, resolved …".
 * The owner changes on a claim, so the opener is not named from it.
 */
function sessionHistory(s: SessionView): string {
  const events: Array<{ at: string; text: string }> = [{ at: s.createdAt, text: 'opened' }];
  if (s.escalatedAt) events.push({ at: s.escalatedAt, text: 'escalated' });
  const claim = s.escalation?.claimedBy;
  if (claim) events.push({ at: claim.at, text: `claimed by ${claim.name}` });
  if (s.resolvedAt) events.push({ at: s.resolvedAt, text: 'resolved' });
  return events
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .map((e) => `${e.text} ${formatDate(e.at)}`)
    .join(', ');
}
