import type { DemoArticle } from './article.ts';
import { CLIENT_ARTICLES } from './articles-clients.ts';
import { MICROSOFT_365_ARTICLES } from './articles-microsoft-365.ts';
import { NETWORK_ARTICLES } from './articles-network.ts';
import { WINDOWS_ARTICLES } from './articles-windows.ts';

/** The demo knowledge base: eleven global MSP runbooks and two client-specific ones. */
export const DEMO_ARTICLES: readonly DemoArticle[] = [
  ...MICROSOFT_365_ARTICLES,
  ...NETWORK_ARTICLES,
  ...WINDOWS_ARTICLES,
  ...CLIENT_ARTICLES,
];
