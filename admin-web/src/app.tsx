import { lazy, Suspense } from 'react';
import { Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import type { Role } from './api/types.ts';
import { atLeast, useSession } from './auth/session.tsx';
import { Layout } from './components/layout.tsx';
import { Empty, Loading } from './components/states.tsx';
import { AcceptInvitePage } from './pages/accept-invite.tsx';
import { ActiveSessionsPage } from './pages/active-sessions.tsx';
import { AuditLogPage } from './pages/audit-log.tsx';
import { BillingPage } from './pages/billing.tsx';
import { FlowsPage } from './pages/flows.tsx';
import { KnowledgePage } from './pages/knowledge.tsx';
import { L1Page } from './pages/l1.tsx';
import { OwnershipPage } from './pages/ownership.tsx';
import { PolicyPage } from './pages/policy.tsx';
import { PsaPage } from './pages/psa.tsx';
import { ScriptsPage } from './pages/scripts.tsx';
import { SessionDetailPage } from './pages/session-detail.tsx';
import { SessionsPage } from './pages/sessions.tsx';
import { SignInPage } from './pages/sign-in.tsx';
import { SignUpPage } from './pages/sign-up.tsx';
import { SlackPage } from './pages/slack.tsx';
import { TalkToSalesPage } from './pages/talk-to-sales.tsx';
import { TeamsPage } from './pages/teams.tsx';
import { TryBotPage } from './pages/try-bot.tsx';
import { TryBotWalkPage } from './pages/try-bot-walk.tsx';
import { UsersPage } from './pages/users.tsx';
import { VerifyEmailPage } from './pages/verify-email.tsx';

// Its charting library is most of its weight; only owners and admins open it, so it loads on demand.
const InsightsPage = lazy(() => import('./pages/insights.tsx').then((m) => ({ default: m.InsightsPage })));
/** Pages behind sign-in: wait for the session probe, then sign in or show the page. */
function RequireSignIn() {
  const { current } = useSession();
  const location = useLocation();
  if (current === undefined) return <Loading label="Checking your session…" />;
  if (current === null) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}

/** The server refuses anyway; this spares people a page of 403s. */
function RequireRole({ min }: { min: Role }) {
  const { current } = useSession();
  if (!atLeast(current?.user.role, min))
    return <Empty title="Not available to your role">Ask an owner or admin if you need this page.</Empty>;
  return <Outlet />;
}

export function App() {
  return (
    <Routes>
      <Route path="/sign-in" element={<SignInPage />} />
      {/* Signed out (or as anyone): the invite link is the credential. */}
      <Route path="/accept-invite" element={<AcceptInvitePage />} />
      <Route path="/signup" element={<SignUpPage />} />
      <Route path="/talk-to-sales" element={<TalkToSalesPage />} />
      {/* Signed out too: the emailed link is the credential (the page adapts when signed in). */}
      <Route path="/verify-email" element={<VerifyEmailPage />} />
      <Route element={<RequireSignIn />}>
        <Route element={<Layout />}>
          <Route index element={<Navigate to="/sessions" replace />} />
          <Route path="/sessions" element={<SessionsPage />} />
          <Route path="/sessions/:sessionId" element={<SessionDetailPage />} />
          <Route path="/flows" element={<FlowsPage />} />
          <Route path="/scripts" element={<ScriptsPage />} />
          <Route element={<RequireRole min="l1" />}>
            <Route path="/try" element={<TryBotPage />} />
            <Route path="/try/walk" element={<TryBotWalkPage />} />
            <Route path="/l1" element={<L1Page />} />
          </Route>
          <Route element={<RequireRole min="engineer" />}>
            <Route path="/knowledge" element={<KnowledgePage />} />
          </Route>
          <Route element={<RequireRole min="admin" />}>
            <Route path="/users" element={<UsersPage />} />
            <Route path="/policy" element={<PolicyPage />} />
            <Route path="/active-sessions" element={<ActiveSessionsPage />} />
            <Route path="/audit-log" element={<AuditLogPage />} />
            <Route path="/integrations/psa" element={<PsaPage />} />
            <Route path="/integrations/slack" element={<SlackPage />} />
            <Route path="/integrations/teams" element={<TeamsPage />} />
            <Route path="/account/ownership" element={<OwnershipPage />} />
            <Route
              path="/insights"
              element={
                <Suspense fallback={<Loading label="Loading Insights…" />}>
                  <InsightsPage />
                </Suspense>
              }
            />
          </Route>
          <Route element={<RequireRole min="owner" />}>
            <Route path="/billing" element={<BillingPage />} />
          </Route>
          <Route
            path="*"
            element={<Empty title="Page not found">Check the address, or use the menu.</Empty>}
          />
        </Route>
      </Route>
    </Routes>
  );
}
