import { Alert, Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api/client.ts';
import { type ScriptDraft, scriptsApi } from '../api/scripts.ts';
import { atLeast, useSession } from '../auth/session.tsx';
import { errorMessage } from '../components/states.tsx';

type Decision = 'reject' | 'never';

/** The words Slack's and Teams' review cards use once a draft is decided (cards/script-review.ts). */
const DECIDED: Record<Decision, string> = {
  reject: '🗑️ Rejected: it will not be offered again.',
  never: "🔕 Set aside, and you won't be offered script drafts again.",
};

const METHOD_LINES: Record<ScriptDraft['method'], string> = {
  model: 'The assistant picked the parameters; the template renders back to the script that ran.',
  offline: 'Values from this session (user, device, mailbox, client) became parameters where they appear.',
  fallback: "The assistant's parameters did not render back to the script that ran, so this draft has none.",
};

/**
 * After Try the bot resolves a session, the script drafts from its fixes are offered for review, as
 * Slack and Teams do after *Confirm & post*: Accept… opens the draft in the Scripts page's builder
 * (edit the name, parameters or script, then accept); Reject and Don't ask again decide here. The
 * server decides who is asked (engineers and up, not after "don't ask again").
 */
export function ScriptDraftOffers({ sessionId }: { sessionId: string }) {
  const canReview = atLeast(useSession().current?.user.role, 'engineer');
  const offers = useQuery({
    queryKey: ['session-script-drafts', sessionId],
    queryFn: () => scriptsApi.sessionDrafts(sessionId),
    enabled: canReview,
    // Decided drafts stay on screen with their outcome; a refetch would drop them.
    staleTime: Number.POSITIVE_INFINITY,
  });
  if (!canReview || !offers.data || offers.data.drafts.length === 0) return null;
  return (
    <Stack gap="sm" aria-label="Script drafts to review" data-testid="script-draft-offers">
      {offers.data.drafts.map((d) => (
        <DraftOffer key={d.id} draft={d} />
      ))}
    </Stack>
  );
}

function DraftOffer({ draft }: { draft: ScriptDraft }) {
  const [decided, setDecided] = useState<string | null>(null);
  const review = useMutation({
    mutationFn: (decision: Decision) => scriptsApi.review(draft.id, decision),
    onSuccess: (_result, decision) => setDecided(DECIDED[decision]),
    // Decided elsewhere meanwhile (Slack, Teams, the Scripts page): say so, and offer nothing more.
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) setDecided(error.message);
    },
  });
  const busy = review.isPending;
  return (
    <Paper withBorder p="sm" data-testid="script-draft-offer">
      <Stack gap="xs">
        <Title order={4} size="h6">
          📜 Template from this fix: {draft.name}
        </Title>
        <Text size="xs" c="dimmed">
          {draft.language} · {METHOD_LINES[draft.method]}
        </Text>
        <Code block aria-label="Draft script">
          {draft.body}
        </Code>
        <Text size="sm">
          Parameters:{' '}
          {draft.params.length > 0 ? draft.params.map((p) => `${p.name} (${p.type})`).join(', ') : 'none'}
        </Text>
        {review.isError && !decided ? (
          <Alert color="red" role="alert">
            {errorMessage(review.error)}
          </Alert>
        ) : null}
        {decided ? (
          <Text size="sm" role="status" data-testid="script-draft-decided">
            {decided}
          </Text>
        ) : (
          <>
            <Text size="sm">
              This session is resolved. Keep the script as a template? Accept it (change the name, parameters
              or script first if you like), reject it, or stop these offers for you.
            </Text>
            <Group gap="xs">
              <Button
                component={Link}
                to={`/scripts?draft=${encodeURIComponent(draft.id)}`}
                size="xs"
                disabled={busy}
                // A disabled link still follows a click; the builder must not open mid-decision.
                onClick={(e) => {
                  if (busy) e.preventDefault();
                }}
              >
                Accept… (with edits)
              </Button>
              <Button
                size="xs"
                color="red"
                variant="light"
                disabled={busy}
                onClick={() => review.mutate('reject')}
              >
                Reject
              </Button>
              <Button size="xs" variant="subtle" disabled={busy} onClick={() => review.mutate('never')}>
                Don't ask again
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
