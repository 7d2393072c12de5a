import { Alert, Anchor, Button, Center, Group, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../api/client.ts';

/** A spinner with a label screen readers announce. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Group gap="sm">
        <Loader size="sm" aria-hidden />
        <Text c="dimmed">{label}</Text>
      </Group>
    </Center>
  );
}

/**
 * A 404 for a thing that is not there (or is another account's: tenancy answers 404, never 403),
 * as opposed to a route this server does not have, which the server words "No route for …".
 */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404 && !error.message.startsWith('No route for ');
}

/**
 * What went wrong, in the server's words when it gave some, with a retry. A missing object reads
 * as not found (with `notFound`'s words when given, and `back` to a list) and offers no retry.
 */
export function ErrorState({
  error,
  onRetry,
  notFound,
  back,
}: {
  error: unknown;
  onRetry?: () => void;
  notFound?: { title: string; message: string };
  back?: { to: string; label: string };
}) {
  const missing = isNotFound(error);
  const message =
    error instanceof ApiError
      ? error.status === 403
        ? 'Your role does not allow this page. Ask an owner or admin.'
        : missing
          ? (notFound?.message ?? `${error.message}: it may have been removed, or it is not in this account.`)
          : error.status === 404
            ? 'This is not available on this server yet.'
            : error.message
      : 'Could not reach the server. Check your connection and try again.';
  const title = missing ? (notFound?.title ?? 'Not found') : 'Could not load this';
  return (
    <Alert color={missing ? 'yellow' : 'red'} title={title} role="alert">
      <Stack gap="xs">
        <Text size="sm">{message}</Text>
        {error instanceof ApiError && error.requestId ? (
          <Text size="xs" c="dimmed">
            Request id: {error.requestId}
          </Text>
        ) : null}
        {back ? (
          <Anchor component={Link} to={back.to} size="sm">
            {back.label}
          </Anchor>
        ) : null}
        {onRetry && !missing ? (
          <Group>
            <Button size="xs" variant="light" onClick={onRetry}>
              Try again
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Alert>
  );
}

export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Stack align="center" gap={4} py="xl" data-testid="empty-state">
      <Text fw={600}>{title}</Text>
      {children ? (
        <Text c="dimmed" size="sm" ta="center">
          {children}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The message of an error from a mutation, for an inline alert. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Could not reach the server. Try again.';
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? '—'
    : d.toLocaleString(undefined, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: 'numeric',
        minute: '2-digit',
        // Engineers in several offices read the same times: say which zone they are in.
        timeZoneName: 'short',
      });
}
