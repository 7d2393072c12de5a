import { Alert, Anchor, Button, NumberInput, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api/client.ts';
import { signupApi } from '../api/signup.ts';
import { PublicFrame } from '../components/public-frame.tsx';

/** `/talk-to-sales`: the Enterprise request (company, seats, needs, contact), public. */
export function TalkToSalesPage() {
  const [form, setForm] = useState({ company: '', needs: '', contactName: '', contactEmail: '', phone: '' });
  const [seats, setSeats] = useState<number | string>('');
  const send = useMutation({
    mutationFn: () =>
      signupApi.salesLead({
        company: form.company.trim(),
        seats: Number(seats),
        needs: form.needs.trim(),
        contactName: form.contactName.trim(),
        contactEmail: form.contactEmail.trim(),
        ...(form.phone.trim() ? { phone: form.phone.trim() } : {}),
      }),
  });
  if (send.isSuccess) {
    return (
      <PublicFrame>
        <Title order={1} size="h2">
          Thanks, we will be in touch
        </Title>
        <Alert color="green" role="status" data-testid="lead-sent">
          Your request reached our team. We usually answer within one business day.
        </Alert>
        <Anchor component={Link} to="/signup" size="sm">
          Or start a trial now
        </Anchor>
      </PublicFrame>
    );
  }
  const failed = send.error instanceof ApiError ? send.error : undefined;
  const fields = failed?.fieldErrors() ?? {};
  // Read the value now: React clears currentTarget once the handler returns, before the updater runs.
  const set = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setForm((f) => ({ ...f, [key]: value }));
  };
  const ready =
    form.company.trim() &&
    form.needs.trim() &&
    form.contactName.trim() &&
    form.contactEmail.trim() &&
    Number(seats) > 0;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (ready && !send.isPending) send.mutate();
  };
  return (
    <PublicFrame width={520}>
      <div>
        <Title order={1} size="h2">
          Talk to sales
        </Title>
        <Text c="dimmed" size="sm">
          Enterprise: more seats, single sign-on, a data processing agreement or anything else you need.
        </Text>
      </div>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            label="Company"
            required
            value={form.company}
            onChange={set('company')}
            error={fields.company}
          />
          <NumberInput
            label="Seats"
            description="How many people would use ResolutionFlow"
            required
            min={1}
            value={seats}
            onChange={setSeats}
            error={fields.seats}
          />
          <Textarea
            label="What do you need?"
            required
            autosize
            minRows={3}
            value={form.needs}
            onChange={set('needs')}
            error={fields.needs}
          />
          <TextInput
            label="Your name"
            required
            value={form.contactName}
            onChange={set('contactName')}
            error={fields.contactName}
          />
          <TextInput
            label="Email"
            type="email"
            required
            value={form.contactEmail}
            onChange={set('contactEmail')}
            error={fields.contactEmail}
          />
          <TextInput
            label="Phone (optional)"
            value={form.phone}
            onChange={set('phone')}
            error={fields.phone}
          />
          {failed && Object.keys(fields).length === 0 ? (
            <Alert color="red" role="alert">
              {failed.message}
            </Alert>
          ) : null}
          <Button type="submit" loading={send.isPending} disabled={!ready}>
            Send
          </Button>
        </Stack>
      </form>
    </PublicFrame>
  );
}
