import { Anchor, Button, Checkbox, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { signupApi } from '../api/signup.ts';
import { atLeast, useSession } from '../auth/session.tsx';

/**
 * The welcome checklist on the home page, for owners and admins until dismissed. Each tick comes
 * from the server, which reads the real state (installations, PSA, connectors, people, a Try-the-bot
 * session), so finishing a step on its page ticks it here.
 */
export function WelcomeChecklist() {
  const { current } = useSession();
  const queryClient = useQueryClient();
  const allowed = atLeast(current?.user.role, 'admin');
  const checklist = useQuery({
    queryKey: ['onboarding', 'checklist'],
    queryFn: signupApi.checklist,
    enabled: allowed,
    retry: false,
  });
  const dismiss = useMutation({
    mutationFn: signupApi.dismissChecklist,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['onboarding', 'checklist'] }),
  });
  const data = checklist.data;
  if (!allowed || !data || data.dismissed) return null;
  return (
    <Paper withBorder p="md" radius="md" data-testid="welcome-checklist" aria-labelledby="welcome-title">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h4" id="welcome-title">
            Welcome! Get set up ({data.doneCount} of {data.steps.length} done)
          </Title>
          <Button
            size="xs"
            variant="subtle"
            style={{ flexShrink: 0 }}
            onClick={() => dismiss.mutate()}
            loading={dismiss.isPending}
            disabled={dismiss.isPending}
          >
            Dismiss
          </Button>
        </Group>
        <Progress value={(data.doneCount / data.steps.length) * 100} size="sm" aria-hidden />
        <Stack gap={6}>
          {data.steps.map((step) => (
            <Group
              key={step.id}
              gap="sm"
              wrap="nowrap"
              data-testid={`checklist-${step.id}`}
              data-done={step.done}
            >
              <Checkbox
                checked={step.done}
                readOnly
                aria-label={`${step.title}: ${step.done ? 'done' : 'to do'}`}
              />
              {step.done ? (
                <Text size="sm" td="line-through" c="dimmed">
                  {step.title}
                </Text>
              ) : (
                <Anchor component={Link} to={step.href} size="sm">
                  {step.title}
                </Anchor>
              )}
            </Group>
          ))}
        </Stack>
        {dismiss.error ? (
          <Text size="sm" c="red" role="alert">
            {dismiss.error.message}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
