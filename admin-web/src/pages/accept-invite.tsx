import {
  Alert,
  Anchor,
  Button,
  Center,
  Divider,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import { api } from '../api/endpoints.ts';
import type { InviteRefusal } from '../api/types.ts';
import { useSession } from '../auth/session.tsx';
import { formatDate, Loading } from '../components/states.tsx';

/** The server's own minimum (core/users/schemas.ts), checked here too so the button says why. */
const MIN_PASSWORD = 10;

const REFUSAL_TITLES: Record<InviteRefusal | 'identity_taken', string> = {
  invalid: 'This invitation link is not valid',
  used: 'This invitation was already accepted',
  revoked: 'This invitation was withdrawn',
  expired: 'This invitation has expired',
  identity_taken: 'That sign-in is already in use',
};

const ROLE_WORDS: Record<string, string> = {
  admin: 'an admin',
  engineer: 'an engineer',
  l1: 'first-call (L1) staff',
  viewer: 'a viewer',
};

function Frame({ children }: { children: ReactNode }) {
  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={460} component="main">
        <Stack gap="md">{children}</Stack>
      </Paper>
    </Center>
  );
}

function Refused({ reason, message }: { reason: string; message: string }) {
  const title = REFUSAL_TITLES[reason as InviteRefusal] ?? 'This invitation cannot be used';
  return (
    <Frame>
      <Title order={1} size="h2">
        {title}
      </Title>
      <Alert color={reason === 'used' ? 'blue' : 'yellow'} role="alert" data-testid="invite-refused">
        {message}
      </Alert>
      <Anchor component={Link} to="/sign-in" size="sm">
        Go to sign-in
      </Anchor>
    </Frame>
  );
}

/**
 * `/accept-invite?token=…`, reached signed out from the invite email (or a link an admin copied):
 * shows whose invite it is, then creates the user with a name and password, or with Microsoft /
 * Slack sign-in when the server has them, and lands signed in as that new user.
 */
export function AcceptInvitePage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const returnedError = params.get('error');
  const navigate = useNavigate();
  const { current, signedIn } = useSession();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const preview = useQuery({
    queryKey: ['invite-preview', token],
    queryFn: () => api.previewInvite(token),
    enabled: token.length > 0,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const accept = useMutation({
    mutationFn: () => api.acceptInvite({ token, name: name.trim(), password }),
    onSuccess: async (result) => {
      await signedIn(result);
      navigate('/sessions', { replace: true });
    },
  });

  if (!token) {
    return (
      <Refused
        reason="invalid"
        message="The link has no invitation token. Open the link from your email again."
      />
    );
  }
  if (preview.isPending) return <Loading label="Checking your invitation…" />;
  if (preview.isError) {
    const error = preview.error;
    if (error instanceof ApiError && (error.status === 401 || error.status === 400)) {
      return <Refused reason={String(error.details?.reason ?? 'invalid')} message={error.message} />;
    }
    return (
      <Refused
        reason="unavailable"
        message={
          error instanceof ApiError ? error.message : 'Could not reach the server. Reload to try again.'
        }
      />
    );
  }

  const { invite, providers } = preview.data;
  // After an accepted invite (Back button), the accept answer itself says "already accepted".
  const failed = accept.error instanceof ApiError ? accept.error : undefined;
  if (failed?.status === 401) {
    return <Refused reason={String(failed.details?.reason ?? 'invalid')} message={failed.message} />;
  }
  const fields = failed?.fieldErrors() ?? {};
  const tooShort = password.length > 0 && password.length < MIN_PASSWORD;
  const mismatch = confirm.length > 0 && confirm !== password;
  const ready = name.trim().length > 0 && password.length >= MIN_PASSWORD && confirm === password;
  const returned = returnedError
    ? (REFUSAL_TITLES[returnedError as InviteRefusal] ?? `Sign-in did not finish (${returnedError}).`)
    : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready) accept.mutate();
  };

  return (
    <Frame>
      <div>
        <Title order={1} size="h2">
          Join {invite.accountName}
        </Title>
        <Text c="dimmed" size="sm">
          You were invited as {ROLE_WORDS[invite.role] ?? invite.role} with <strong>{invite.email}</strong>.
        </Text>
      </div>
      {current ? (
        <Alert color="blue" role="status">
          This browser is signed in as {current.user.name}. Accepting signs it in as the new user instead.
        </Alert>
      ) : null}
      {returned ? (
        <Alert color="red" role="alert">
          {returned} Choose a password instead.
        </Alert>
      ) : null}
      {providers.entra || providers.slack ? (
        <Stack gap="xs">
          {providers.entra ? (
            <Button
              component="a"
              variant="default"
              href={`/api/v1/auth/oidc/entra/start?invite=${encodeURIComponent(token)}`}
            >
              Continue with Microsoft
            </Button>
          ) : null}
          {providers.slack ? (
            <Button
              component="a"
              variant="default"
              href={`/api/v1/auth/oidc/slack/start?invite=${encodeURIComponent(token)}`}
            >
              Continue with Slack
            </Button>
          ) : null}
          <Divider label="or choose a password" labelPosition="center" />
        </Stack>
      ) : null}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Your name"
            autoComplete="name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fields.name}
            autoFocus
          />
          <TextInput label="Email" value={invite.email} readOnly autoComplete="username" />
          <PasswordInput
            label="Password"
            description={`At least ${MIN_PASSWORD} characters.`}
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fields.password ?? (tooShort ? `Use at least ${MIN_PASSWORD} characters.` : undefined)}
          />
          <PasswordInput
            label="Confirm password"
            autoComplete="new-password"
            required
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            error={mismatch ? 'The two passwords differ.' : undefined}
          />
          {failed && Object.keys(fields).length === 0 ? (
            <Alert color="red" role="alert">
              {failed.message}
            </Alert>
          ) : accept.isError && !failed ? (
            <Alert color="red" role="alert">
              Could not reach the server. Try again.
            </Alert>
          ) : null}
          <Button type="submit" loading={accept.isPending} disabled={!ready}>
            Create my user and sign in
          </Button>
        </Stack>
      </form>
      <Text size="xs" c="dimmed">
        The link works once, until {formatDate(invite.expiresAt)}.
      </Text>
    </Frame>
  );
}
