import { request } from './client.ts';
import type { SignInResult } from './types.ts';

export interface SignupOptions {
  enabled: boolean;
  passwordMinLength: number;
  providers: { entra: boolean; slack: boolean };
}

/** What happened to a verification mail; `link` only in development without SMTP. */
export interface VerificationMailAnswer {
  email: string;
  mail: 'sent' | 'logged' | 'skipped' | 'failed';
  link?: string;
}

export type SignUpResult = SignInResult & { verification: VerificationMailAnswer };

export type VerificationStatus =
  | { status: 'verified'; verifiedAt: string; email: string }
  | { status: 'grace' | 'locked'; writesLockAt: string; email: string };

export interface ChecklistStep {
  id: 'chat' | 'psa' | 'knowledge' | 'team' | 'try';
  title: string;
  done: boolean;
  href: string;
}

export interface WelcomeChecklist {
  steps: ChecklistStep[];
  doneCount: number;
  dismissed: boolean;
}

export interface SalesLeadInput {
  company: string;
  seats: number;
  needs: string;
  contactName: string;
  contactEmail: string;
  phone?: string;
}

/** Signup, verification, the welcome checklist and the sales form (server/api/signup.ts, leads.ts). */
export const signupApi = {
  options: () => request<SignupOptions>('/signup/options'),
  signUp: (input: { companyName: string; name: string; email: string; password: string }) =>
    request<SignUpResult>('/signup', { method: 'POST', body: input, quiet401: true }),
  verify: (token: string) =>
    request<{ verified: true; email: string; alreadyVerified: boolean }>('/signup/verify-email', {
      method: 'POST',
      body: { token },
      quiet401: true,
    }),
  status: () => request<VerificationStatus>('/signup/verification'),
  resend: () => request<VerificationMailAnswer>('/signup/resend-verification', { method: 'POST', body: {} }),
  checklist: () => request<WelcomeChecklist>('/onboarding/checklist'),
  dismissChecklist: () =>
    request<unknown>('/account/preferences', { method: 'PATCH', body: { welcomeChecklistDismissed: true } }),
  salesLead: (input: SalesLeadInput) =>
    request<{ id: string; mail: string }>('/sales/leads', { method: 'POST', body: input, quiet401: true }),
};
