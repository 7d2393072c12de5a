import { Alert, Anchor, Button, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import { signupApi } from '../api/signup.ts';
import { useSession } from '../auth/session.tsx';
import { PublicFrame } from '../components/public-frame.tsx';
import { Loading } from '../components/states.tsx';
import { ResendButton } from '../components/verification-banner.tsx';

/** `/verify-email?token=…` from the email: confirms once, whoever opens it (signed in or not). */
function VerifyToken({ token }: { token: string }) {
  const { current } = useSession();
  const queryClient = useQueryClient();
  const verify = useMutation({
    mutationFn: () => signupApi.verify(token),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['signup'] }),
  });
  // Once per page, also under StrictMode's double effects: a second call would only say "already".
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    verify.mutate();
  }, [verify]);

  if (verify.isPending || verify.isIdle) return <Loading label="Confirming your email…" />;
  if (verify.isError) {
    const message =
      verify.error instanceof ApiError
        ? verify.error.message
        : 'Could not reach the server. Reload to try again.';
    return (
      <PublicFrame>
        <Title order={1} size="h2">
          This link did not work
        </Title>
        <Alert color="yellow" role="alert" data-testid="verify-refused">
          {message}
        </Alert>
        {current ? (
          <ResendButton />
        ) : (
          <Anchor component={Link} to="/sign-in?next=%2Fverify-email" size="sm">
            Sign in to send a new link
          </Anchor>
        )}
      </PublicFrame>
    );
  }
  return (
    <PublicFrame>
      <Title order={1} size="h2">
        Email verified
      </Title>
      <Alert color="green" role="status" data-testid="verified">
        {verify.data.email} is confirmed. Thank you!
      </Alert>
      <Button component={Link} to={current ? '/sessions' : '/sign-in'}>
        {current ? 'Go to your dashboard' : 'Sign in'}
      </Button>
    </PublicFrame>
  );
}

/** `/verify-email` without a token: where the chat bots' "Verify or resend" button lands. */
function VerificationStatusPage() {
  const { current } = useSession();
  const status = useQuery({
    queryKey: ['signup', 'status'],
    queryFn: signupApi.status,
    enabled: Boolean(current),
  });
  if (current === undefined || (current && status.isPending)) return <Loading />;
  if (!current) {
    return (
      <PublicFrame>
        <Title order={1} size="h2">
          Verify your email
        </Title>
        <Text size="sm">Open the link we emailed you, or sign in to send a new one.</Text>
        <Button component={Link} to="/sign-in?next=%2Fverify-email">
          Sign in
        </Button>
      </PublicFrame>
    );
  }
  const data = status.data;
  return (
    <PublicFrame>
      <Title order={1} size="h2">
        {data?.status === 'verified' ? 'Your email is verified' : 'Verify your email'}
      </Title>
      {data && data.status !== 'verified' ? (
        <>
          <Text size="sm">
            We sent a link to <strong>{data.email}</strong>.{' '}
            {data.status === 'locked'
              ? 'Until it is opened, the account is read-only.'
              : `Open it before ${new Date(data.writesLockAt).toLocaleDateString()} to keep making changes.`}
          </Text>
          <ResendButton />
        </>
      ) : null}
      <Anchor component={Link} to="/sessions" size="sm">
        Back to ResolutionFlow
      </Anchor>
    </PublicFrame>
  );
}

export function VerifyEmailPage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  return token ? <VerifyToken token={token} /> : <VerificationStatusPage />;
}
