import { Alert, Badge, Button, Code, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { type BillingView, billingApi } from '../api/billing.ts';
import { ErrorState, errorMessage, formatDate, Loading } from '../components/states.tsx';

const money = (cents: number, currency: string) =>
  new Intl.NumberFormat('en', { style: 'currency', currency: currency.toUpperCase() }).format(cents / 100);

const limitText = (n: number | null) => (n === null ? 'Unlimited' : String(n));

function PlanHeadline({ b }: { b: BillingView }) {
  const line =
    b.source === 'trial'
      ? `${b.planName} trial: ${b.trialDaysLeft} ${b.trialDaysLeft === 1 ? 'day' : 'days'} left (ends ${formatDate(b.trialEndsAt)}). Without a subscription the account then moves to Free.`
      : b.source === 'grace'
        ? `Payment failed. ${b.planName} continues until ${formatDate(b.graceEndsAt)}, then the account moves to Free. Update the card in Stripe.`
        : b.source === 'override'
          ? `${b.planName} (${b.overrideReason ?? 'override'}), arranged with us.`
          : b.source === 'subscription'
            ? `${b.planName}, paid monthly per seat.`
            : `${b.planName}. Upgrade to Pro for more seats, unlimited sessions and more connectors.`;
  return (
    <Group gap="sm" align="baseline">
      <Badge size="lg" color={b.plan === 'free' ? 'gray' : 'blue'} data-testid="billing-plan">
        {b.planName}
      </Badge>
      <Text data-testid="billing-plan-line">{line}</Text>
    </Group>
  );
}

/** `/billing` (owner): the plan, trial countdown, seats used vs paid, next invoice, Stripe, limits. */
export function BillingPage() {
  const [params] = useSearchParams();
  const billing = useQuery({ queryKey: ['billing'], queryFn: billingApi.billing });
  // Both leave for Stripe's pages; the button stays disabled until the browser goes.
  const checkout = useMutation({
    mutationFn: billingApi.checkout,
    onSuccess: ({ url }) => window.location.assign(url),
  });
  const portal = useMutation({
    mutationFn: billingApi.portal,
    onSuccess: ({ url }) => window.location.assign(url),
  });
  if (billing.isPending) return <Loading />;
  if (billing.isError) return <ErrorState error={billing.error} onRetry={() => void billing.refetch()} />;
  const b = billing.data;
  const live = b.subscription && b.subscription.status !== 'canceled';
  return (
    <Stack gap="md" maw={860}>
      <Title order={2}>Billing</Title>
      {params.get('checkout') === 'success' && !live ? (
        <Alert color="blue" role="status">
          Payment received; waiting for Stripe to confirm the subscription…
        </Alert>
      ) : null}
      {b.pastDue ? (
        <Alert color="red" role="alert" data-testid="past-due-banner">
          The last payment failed. Update the card under Manage in Stripe before {formatDate(b.graceEndsAt)}.
        </Alert>
      ) : null}
      <Paper withBorder p="md" component="section">
        <Stack gap="sm">
          <PlanHeadline b={b} />
          {!b.configured ? (
            <Alert color="yellow" title="Billing is not configured" data-testid="billing-not-configured">
              <Text size="sm">
                This server has no Stripe keys, so nobody can upgrade here yet. Set{' '}
                <Code>STRIPE_SECRET_KEY</Code>, <Code>STRIPE_WEBHOOK_SECRET</Code>,{' '}
                <Code>STRIPE_PRICE_ENGINEER</Code> and <Code>STRIPE_PRICE_L1</Code> (see docs/billing.md) and
                point a Stripe webhook at <Code>/webhooks/stripe</Code>.
              </Text>
            </Alert>
          ) : (
            <Group>
              {!live ? (
                <Button
                  onClick={() => checkout.mutate()}
                  loading={checkout.isPending}
                  disabled={checkout.isPending}
                >
                  Upgrade to Pro
                </Button>
              ) : null}
              {b.subscription ? (
                <Button
                  variant="default"
                  onClick={() => portal.mutate()}
                  loading={portal.isPending}
                  disabled={portal.isPending}
                >
                  Manage in Stripe
                </Button>
              ) : null}
            </Group>
          )}
          {checkout.isError ? <Alert color="red">{errorMessage(checkout.error)}</Alert> : null}
          {portal.isError ? <Alert color="red">{errorMessage(portal.error)}</Alert> : null}
          {b.subscription?.nextInvoice ? (
            <Text size="sm" data-testid="next-invoice">
              Next invoice: {money(b.subscription.nextInvoice.amount, b.subscription.nextInvoice.currency)} on{' '}
              {formatDate(b.subscription.nextInvoice.at)}
            </Text>
          ) : b.subscription?.cancelAtPeriodEnd ? (
            <Text size="sm">The subscription ends on {formatDate(b.subscription.currentPeriodEnd)}.</Text>
          ) : null}
        </Stack>
      </Paper>
      <Paper withBorder p="md" component="section" aria-label="Seats">
        <Title order={3} size="h4" mb="xs">
          Seats
        </Title>
        <Table data-testid="seats">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Tier</Table.Th>
              <Table.Th>In use</Table.Th>
              <Table.Th>Paid</Table.Th>
              <Table.Th>Plan limit</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(
              [
                ['Engineer (owners, admins, engineers)', b.seats.engineer],
                ['L1', b.seats.l1],
              ] as const
            ).map(([label, s]) => (
              <Table.Tr key={label}>
                <Table.Td>{label}</Table.Td>
                <Table.Td>{s.used}</Table.Td>
                <Table.Td>{b.subscription ? s.paid : '—'}</Table.Td>
                <Table.Td>{limitText(s.limit)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed" mt="xs">
          Viewers are free. On Pro, paid seats follow the team: adding or removing someone changes the next
          invoice (prorated).
          {b.seatSync?.status === 'failed'
            ? ` Updating Stripe failed: ${b.seatSync.lastError ?? 'unknown error'}.`
            : ''}
        </Text>
      </Paper>
      <Paper withBorder p="md" component="section" aria-label="Limits and usage">
        <Title order={3} size="h4" mb="xs">
          Limits and usage
        </Title>
        <Table data-testid="limits">
          <Table.Tbody>
            {b.limits.map((l) => (
              <Table.Tr key={l.key}>
                <Table.Td>{l.label}</Table.Td>
                <Table.Td>
                  {l.used} of {limitText(l.limit)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
