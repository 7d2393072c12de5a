import {
  Alert,
  Anchor,
  Button,
  Center,
  Code,
  Divider,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import { api } from '../api/endpoints.ts';
import type { Providers } from '../api/types.ts';
import { useSession } from '../auth/session.tsx';

/** Why the person is here, from `?reason=` (we signed them out) or `?error=` (an OIDC callback). */
const REASONS: Record<string, string> = {
  idle: 'You were signed out after a period of inactivity. Sign in again to continue.',
  absolute: 'Your session reached the maximum length your account allows. Sign in again to continue.',
  revoked: 'Your session was ended by an administrator. Sign in again to continue.',
  reuse: 'For your safety we ended your session (a sign-in token was used twice). Sign in again.',
  expired: 'Your session has ended. Sign in again to continue.',
  signed_out: 'You are signed out.',
};

const OIDC_ERRORS: Record<string, string> = {
  access_denied: 'Sign-in was cancelled.',
  no_account: 'That identity is not linked to a ResolutionFlow user. Ask your admin for an invite.',
  not_invited: 'That identity is not linked to a ResolutionFlow user. Ask your admin for an invite.',
  disabled: 'Your user is disabled. Ask your admin.',
  state_mismatch: 'The sign-in link expired. Try again.',
  provider_error: 'The identity provider returned an error. Try again.',
};

/** Development with the demo seeded: who to sign in as, one click to fill the form. */
function DemoUsers({
  demo,
  onPick,
}: {
  demo: NonNullable<Providers['demo']>;
  onPick: (email: string) => void;
}) {
  return (
    <Stack gap={4} data-testid="demo-users">
      <Text size="xs" c="dimmed">
        Demo account (development only). Password for everyone: <Code>{demo.password}</Code>
      </Text>
      {demo.users.map((u) => (
        <Button
          key={u.email}
          size="compact-xs"
          variant="subtle"
          justify="space-between"
          onClick={() => onPick(u.email)}
          rightSection={<Text size="xs">{u.role}</Text>}
        >
          {u.name} · {u.email}
        </Button>
      ))}
    </Stack>
  );
}

export function SignInPage() {
  const { current, signedIn } = useSession();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const providers = useQuery({ queryKey: ['auth', 'providers'], queryFn: api.providers, retry: false });
  const signIn = useMutation({
    mutationFn: () => api.signIn(email.trim(), password),
    onSuccess: (result) => signedIn(result),
  });

  if (current) return <Navigate to={params.get('next') ?? '/sessions'} replace />;

  const reason = params.get('reason');
  const oidcError = params.get('error');
  const notice = reason ? REASONS[reason] : undefined;
  const problem = oidcError ? (OIDC_ERRORS[oidcError] ?? `Sign-in failed: ${oidcError}.`) : undefined;
  const failure =
    signIn.error instanceof ApiError
      ? signIn.error.status === 401 || signIn.error.status === 400
        ? 'Email or password is not right.'
        : signIn.error.message
      : signIn.error
        ? 'Could not reach the server. Try again.'
        : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate();
  };

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420} component="main">
        <Stack gap="md">
          <div>
            <Title order={1} size="h2">
              Sign in to ResolutionFlow
            </Title>
            <Text c="dimmed" size="sm">
              The admin for your helpdesk's diagnosis assistant.
            </Text>
          </div>
          {notice ? (
            <Alert
              color={reason === 'signed_out' ? 'blue' : 'yellow'}
              role="status"
              data-testid="sign-in-reason"
            >
              {notice}
            </Alert>
          ) : null}
          {problem ? (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          ) : null}
          {providers.data?.entra || providers.data?.slack ? (
            <Stack gap="xs">
              {providers.data.entra ? (
                <Button component="a" href="/api/v1/auth/oidc/entra/start" variant="default">
                  Sign in with Microsoft
                </Button>
              ) : null}
              {providers.data.slack ? (
                <Button component="a" href="/api/v1/auth/oidc/slack/start" variant="default">
                  Sign in with Slack
                </Button>
              ) : null}
              <Divider label="or with your email" labelPosition="center" />
            </Stack>
          ) : null}
          <form onSubmit={submit} noValidate>
            <Stack gap="sm">
              <TextInput
                label="Email"
                type="email"
                autoComplete="username"
                required
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                data-autofocus
                autoFocus
              />
              <PasswordInput
                label="Password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
              />
              {failure ? (
                <Text c="red" size="sm" role="alert">
                  {failure}
                </Text>
              ) : null}
              <Button type="submit" loading={signIn.isPending} disabled={!email || !password}>
                Sign in
              </Button>
            </Stack>
          </form>
          <Text size="sm">
            New to ResolutionFlow?{' '}
            <Anchor component={Link} to="/signup" data-testid="sign-up-link">
              Create an account
            </Anchor>
          </Text>
          {providers.data?.demo ? (
            <DemoUsers
              demo={providers.data.demo}
              onPick={(user) => {
                setEmail(user);
                setPassword(providers.data.demo?.password ?? '');
              }}
            />
          ) : null}
        </Stack>
      </Paper>
    </Center>
  );
}
