export { type FailureLimit, FailureLimiter } from './failure-limiter.ts';
export { limitKeyHash } from './keys.ts';
export { type LimitedKey, type WindowLimit, WindowLimiter } from './window-limiter.ts';
