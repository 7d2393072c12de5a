import { Alert, Anchor, Button, Divider, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/client.ts';
import { type SignUpResult, signupApi } from '../api/signup.ts';
import { useSession } from '../auth/session.tsx';
import { PublicFrame } from '../components/public-frame.tsx';
import { Loading } from '../components/states.tsx';

/** After signup: where the link went, or (development without SMTP) the link itself. */
function CheckYourEmail({ result }: { result: SignUpResult }) {
  const navigate = useNavigate();
  const { verification } = result;
  return (
    <PublicFrame>
      <Title order={1} size="h2">
        Your account is ready
      </Title>
      {verification.link ? (
        <Alert color="blue" title="Development: no email was sent" data-testid="dev-verification">
          <Stack gap="xs">
            <Text size="sm">SMTP is not configured here, so open the verification link yourself:</Text>
            <Anchor href={verification.link} data-testid="dev-verification-link" size="sm">
              Verify {verification.email}
            </Anchor>
          </Stack>
        </Alert>
      ) : verification.mail === 'sent' ? (
        <Text size="sm">
          We sent a link to <strong>{verification.email}</strong>. Open it to confirm your address.
        </Text>
      ) : (
        <Alert color="yellow">
          The verification email could not be sent. You can send it again from the banner once mail works.
        </Alert>
      )}
      <Text size="sm" c="dimmed">
        Everything works right away. Confirm your address within 7 days to keep making changes after that.
      </Text>
      <Button onClick={() => navigate('/sessions', { replace: true })}>Continue to ResolutionFlow</Button>
    </PublicFrame>
  );
}

/**
 * `/signup`: company, name, work email and password create the account and its owner and sign
 * them in. "Continue with Microsoft / Slack" (only when the server has them) takes the company name
 * from the form and the rest from the identity provider; a refusal comes back as `?error=`.
 */
const OIDC_REFUSALS: Record<string, string> = {
  identity_taken:
    'That Microsoft or Slack sign-in already belongs to a ResolutionFlow user. Sign in instead.',
  email_taken: 'That email address already belongs to a user. Sign in instead.',
  no_email: 'Your sign-in did not tell us an email address. Sign up with email and a password instead.',
  blocked_domain: 'Use your work email address: that email domain is not accepted for signup.',
  closed: 'Self-serve signup is turned off here.',
};

export function SignUpPage() {
  const { signedIn } = useSession();
  const [params] = useSearchParams();
  const returned = params.get('error');
  const options = useQuery({ queryKey: ['signup', 'options'], queryFn: signupApi.options, retry: false });
  const [form, setForm] = useState({ companyName: '', name: '', email: '', password: '' });
  const [done, setDone] = useState<SignUpResult | null>(null);
  const signUp = useMutation({
    mutationFn: () =>
      signupApi.signUp({
        companyName: form.companyName.trim(),
        name: form.name.trim(),
        email: form.email.trim(),
        password: form.password,
      }),
    onSuccess: async (result) => {
      await signedIn(result);
      setDone(result);
    },
  });

  if (done) return <CheckYourEmail result={done} />;
  if (options.isPending) return <Loading label="Loading…" />;
  const min = options.data?.passwordMinLength ?? 10;
  if (options.data && !options.data.enabled) {
    return (
      <PublicFrame>
        <Title order={1} size="h2">
          Signup is closed here
        </Title>
        <Text size="sm">This server only adds people by invitation. Ask your admin for an invite.</Text>
        <Anchor component={Link} to="/sign-in" size="sm">
          Go to sign-in
        </Anchor>
      </PublicFrame>
    );
  }
  const failed = signUp.error instanceof ApiError ? signUp.error : undefined;
  const fields = failed?.fieldErrors() ?? {};
  const tooShort = form.password.length > 0 && form.password.length < min;
  const ready =
    form.companyName.trim() !== '' &&
    form.name.trim() !== '' &&
    form.email.trim() !== '' &&
    form.password.length >= min;
  // Read the value now: React clears currentTarget once the handler returns, before the updater runs.
  const set = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setForm((f) => ({ ...f, [key]: value }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready && !signUp.isPending) signUp.mutate();
  };
  const providers = options.data?.providers;
  const company = form.companyName.trim();
  const providerHref = (p: 'entra' | 'slack') =>
    `/api/v1/auth/oidc/${p}/start?signup=${encodeURIComponent(company)}`;

  return (
    <PublicFrame>
      <div>
        <Title order={1} size="h2">
          Create your ResolutionFlow account
        </Title>
        <Text c="dimmed" size="sm">
          For your helpdesk team. You become the account's owner.
        </Text>
      </div>
      {returned ? (
        <Alert color="red" role="alert">
          {OIDC_REFUSALS[returned] ?? `Signup did not finish (${returned}).`}
        </Alert>
      ) : null}
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Company"
            required
            autoComplete="organization"
            value={form.companyName}
            onChange={set('companyName')}
            error={fields.companyName}
            autoFocus
          />
          <TextInput
            label="Your name"
            required
            autoComplete="name"
            value={form.name}
            onChange={set('name')}
            error={fields.name}
          />
          <TextInput
            label="Work email"
            type="email"
            required
            autoComplete="username"
            value={form.email}
            onChange={set('email')}
            error={fields.email}
          />
          <PasswordInput
            label="Password"
            description={`At least ${min} characters.`}
            required
            autoComplete="new-password"
            value={form.password}
            onChange={set('password')}
            error={fields.password ?? (tooShort ? `Use at least ${min} characters.` : undefined)}
          />
          {failed && Object.keys(fields).length === 0 ? (
            <Alert color="red" role="alert">
              {failed.message}
              {failed.status === 409 ? (
                <>
                  {' '}
                  <Anchor component={Link} to="/sign-in" size="sm">
                    Sign in instead
                  </Anchor>
                </>
              ) : null}
            </Alert>
          ) : signUp.isError && !failed ? (
            <Alert color="red" role="alert">
              Could not reach the server. Try again.
            </Alert>
          ) : null}
          <Button type="submit" loading={signUp.isPending} disabled={!ready || signUp.isPending}>
            Create account
          </Button>
          {providers?.entra || providers?.slack ? (
            <>
              <Divider label="or, with the company name above" labelPosition="center" />
              {providers.entra ? (
                <Button component="a" variant="default" href={providerHref('entra')} disabled={!company}>
                  Continue with Microsoft
                </Button>
              ) : null}
              {providers.slack ? (
                <Button component="a" variant="default" href={providerHref('slack')} disabled={!company}>
                  Continue with Slack
                </Button>
              ) : null}
            </>
          ) : null}
        </Stack>
      </form>
      <Text size="sm">
        Already have an account?{' '}
        <Anchor component={Link} to="/sign-in">
          Sign in
        </Anchor>
        {' · '}
        More than 50 seats or special needs?{' '}
        <Anchor component={Link} to="/talk-to-sales">
          Talk to sales
        </Anchor>
      </Text>
    </PublicFrame>
  );
}
