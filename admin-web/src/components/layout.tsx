import { AppShell, Badge, Burger, Button, Group, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Outlet, NavLink as RouterNavLink, useLocation } from 'react-router';
import { billingApi } from '../api/billing.ts';
import type { Role } from '../api/types.ts';
import { ExpiryWarning } from '../auth/expiry-warning.tsx';
import { atLeast, useSession } from '../auth/session.tsx';
import { VerificationBanner } from './verification-banner.tsx';

const PAGES: Array<{ to: string; label: string; min: Role; l1Queue?: boolean }> = [
  { to: '/sessions', label: 'Sessions', min: 'viewer' },
  // Engineers work the queue only with L1 coverage (core/auth/permissions.ts `l1_queue.act`).
  { to: '/l1', label: 'L1 queue', min: 'l1', l1Queue: true },
  { to: '/flows', label: 'Flows', min: 'viewer' },
  { to: '/scripts', label: 'Scripts', min: 'viewer' },
  { to: '/try', label: 'Try the bot', min: 'l1' },
  { to: '/knowledge', label: 'Knowledge', min: 'engineer' },
  { to: '/users', label: 'Users', min: 'admin' },
  { to: '/policy', label: 'Policy', min: 'admin' },
  { to: '/active-sessions', label: 'Active sessions', min: 'admin' },
  { to: '/audit-log', label: 'Audit log', min: 'admin' },
  { to: '/integrations/psa', label: 'PSA', min: 'admin' },
  { to: '/integrations/slack', label: 'Slack', min: 'admin' },
  { to: '/integrations/teams', label: 'Teams', min: 'admin' },
  { to: '/account/ownership', label: 'Ownership', min: 'admin' },
  { to: '/insights', label: 'Insights', min: 'admin' },
  { to: '/billing', label: 'Billing', min: 'owner' },
];

/** "Pro trial · 9 days left" (or the past-due grace) beside the account name, for everyone. */
function PlanBadge() {
  const status = useQuery({ queryKey: ['billing', 'status'], queryFn: billingApi.status, staleTime: 60_000 });
  const s = status.data;
  if (!s || (s.source !== 'trial' && s.source !== 'grace')) return null;
  const text =
    s.source === 'trial'
      ? `${s.planName} trial · ${s.trialDaysLeft} ${s.trialDaysLeft === 1 ? 'day' : 'days'} left`
      : 'Payment failed · grace period';
  const color = s.source === 'grace' ? 'red' : 'blue';
  // A phone's header has room for a few characters beside the name and Sign out, not the sentence.
  const short = s.source === 'trial' ? `Trial · ${s.trialDaysLeft}d` : 'Payment failed';
  return (
    <>
      <Badge color={color} variant="light" data-testid="plan-badge" visibleFrom="sm">
        {text}
      </Badge>
      <Badge color={color} variant="light" hiddenFrom="sm" style={{ flexShrink: 0 }} title={text}>
        {short}
      </Badge>
    </>
  );
}

/** The signed-in frame: header, navigation (a drawer on narrow screens), expiry warning, page. */
export function Layout() {
  const { current, signOut } = useSession();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const role = current?.user.role;
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        {/* The first Tab stop: keyboard and screen-reader users go straight to the page's content
            instead of through the header and every navigation link on each page. */}
        <a className="rf-skip-link" href="#main-content">
          Skip to main content
        </a>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label="Toggle navigation"
            />
            <Title order={1} size="h4">
              ResolutionFlow
            </Title>
            {current ? (
              <Text c="dimmed" size="sm" visibleFrom="xs">
                {current.account.name}
              </Text>
            ) : null}
            <PlanBadge />
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Text size="sm" visibleFrom="sm" data-testid="signed-in-as">
              {current?.user.name} · {role}
            </Text>
            <Button variant="default" size="xs" onClick={() => void signOut()}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main">
        <ScrollArea>
          {PAGES.filter(
            (p) =>
              atLeast(role, p.min) &&
              (!p.l1Queue || role !== 'engineer' || current?.user.canCoverL1 === true),
          ).map((p) => (
            <NavLink
              key={p.to}
              component={RouterNavLink}
              to={p.to}
              label={p.label}
              active={location.pathname.startsWith(p.to)}
              onClick={close}
            />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1}>
        <ExpiryWarning />
        <VerificationBanner />
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
