export { DEMO_COMPANIES, type DemoArticle } from './article.ts';
export { DEMO_ARTICLES } from './articles.ts';
export { createDemoKnowledgeSource, DEMO_SCORE_THRESHOLD } from './demo-knowledge.ts';
