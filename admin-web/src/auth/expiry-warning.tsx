import { Alert, Button, Group, Text } from '@mantine/core';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { auth, refreshOnce } from '../api/client.ts';
import { useSession } from './session.tsx';

/** How long before expiry the warning shows. */
export const WARN_BEFORE_MS = 5 * 60_000;

function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}

function minutesLeft(ms: number): string {
  const minutes = Math.max(0, Math.ceil(ms / 60_000));
  return minutes <= 1 ? 'less than a minute' : `${minutes} minutes`;
}

/**
 * Five minutes before the session ends, say so. Idle expiry can be pushed back ("Stay signed in"
 * renews the session); the absolute lifetime cannot, so that warning only says to save work.
 */
export function ExpiryWarning() {
  const session = useSyncExternalStore(auth.subscribe, () => auth.session);
  const { signOut } = useSession();
  const now = useNow(15_000);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const idleLeft = session ? Date.parse(session.idleExpiresAt) - now : Number.NaN;
  const absoluteLeft = session ? Date.parse(session.absoluteExpiresAt) - now : Number.NaN;
  const absoluteFirst = absoluteLeft <= idleLeft;
  const left = Math.min(idleLeft, absoluteLeft);
  const expired = left <= 0;
  useEffect(() => {
    if (expired) void signOut(absoluteFirst ? 'absolute' : 'idle');
  }, [expired, absoluteFirst, signOut]);
  if (!session || Number.isNaN(left) || left > WARN_BEFORE_MS || expired) return null;

  const stay = async () => {
    setBusy(true);
    setFailed(false);
    const renewed = await refreshOnce();
    setBusy(false);
    if (!renewed.ok) setFailed(true);
  };

  return (
    <Alert
      role="alert"
      color={absoluteFirst ? 'red' : 'yellow'}
      title={absoluteFirst ? 'Your session is about to end' : 'You will be signed out soon'}
      mb="md"
      data-testid="expiry-warning"
    >
      {absoluteFirst ? (
        <Text size="sm">
          Your account's policy ends every session after a fixed time. You will be signed out in{' '}
          {minutesLeft(left)}; save your work and sign in again.
        </Text>
      ) : (
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Text size="sm">
            You have been idle for a while and will be signed out in {minutesLeft(left)}.
            {failed ? ' We could not renew the session; sign in again.' : ''}
          </Text>
          <Button size="xs" onClick={stay} loading={busy}>
            Stay signed in
          </Button>
        </Group>
      )}
    </Alert>
  );
}
