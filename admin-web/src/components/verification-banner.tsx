import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { ApiError } from '../api/client.ts';
import { signupApi } from '../api/signup.ts';

/** Sends a fresh link; in development without SMTP it shows the link instead. */
export function ResendButton() {
  const resend = useMutation({ mutationFn: signupApi.resend });
  return (
    <Stack gap={4}>
      <Group>
        <Button
          size="xs"
          variant="light"
          onClick={() => resend.mutate()}
          loading={resend.isPending}
          disabled={resend.isPending}
        >
          Resend verification email
        </Button>
      </Group>
      {resend.data?.link ? (
        <Anchor href={resend.data.link} size="sm" data-testid="dev-verification-link">
          Development: open the verification link
        </Anchor>
      ) : resend.data ? (
        <Text size="sm" role="status">
          {resend.data.mail === 'sent' ? `Sent to ${resend.data.email}.` : 'The email could not be sent.'}
        </Text>
      ) : null}
      {resend.error ? (
        <Text size="sm" c="red" role="alert">
          {resend.error instanceof ApiError ? resend.error.message : 'Could not reach the server.'}
        </Text>
      ) : null}
    </Stack>
  );
}

/**
 * Above every signed-in page of an unverified account: a reminder during the 7-day grace period,
 * and the read-only notice after it. Verified accounts (nearly all) render nothing.
 */
export function VerificationBanner() {
  const status = useQuery({ queryKey: ['signup', 'status'], queryFn: signupApi.status, retry: false });
  const data = status.data;
  if (!data || data.status === 'verified') return null;
  const locked = data.status === 'locked';
  const daysLeft = Math.max(0, Math.ceil((Date.parse(data.writesLockAt) - Date.now()) / 86_400_000));
  return (
    <Alert
      color={locked ? 'red' : 'yellow'}
      mb="md"
      title={locked ? 'Verify your email to keep making changes' : 'Confirm your email address'}
      data-testid="verification-banner"
    >
      <Stack gap="xs">
        <Text size="sm">
          {locked
            ? `The account is read-only until the link we sent to ${data.email} is opened.`
            : `We sent a link to ${data.email}. Open it within ${daysLeft} day(s) to keep making changes after that.`}
        </Text>
        <ResendButton />
      </Stack>
    </Alert>
  );
}
