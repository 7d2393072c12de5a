/** The Billing page's calls and the plan line every signed-in person sees. */
import type { BillingView, PlanStatusView } from '../../../core/billing/billing-view.ts';
import { request } from './client.ts';

export type { BillingView, PlanStatusView };

export const billingApi = {
  status: () => request<PlanStatusView>('/billing/status'),
  billing: () => request<BillingView>('/billing'),
  checkout: () => request<{ url: string; id: string }>('/billing/checkout', { method: 'POST', body: {} }),
  portal: () => request<{ url: string }>('/billing/portal', { method: 'POST', body: {} }),
};
