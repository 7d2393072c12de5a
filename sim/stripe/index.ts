export {
  type RecordedStripeRequest,
  STRIPE_SIM_DEFAULT_VERSION,
  STRIPE_SIM_SECRET_KEY,
  type StripeSimulator,
  type StripeSimulatorOptions,
  startStripeSimulator,
} from './server.ts';
export type { StripeState } from './state.ts';
export { signPayload } from './webhooks.ts';
