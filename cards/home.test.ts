import { describe, expect, it } from 'vitest';
import { bigHome, engineerCtx, homeView, noWebCtx } from './fixtures.ts';
import { renderHomeCard, renderHomeView } from './home.ts';
import { assertBlockKitLimits } from './slack-limits.ts';
import { adaptiveCardProblems, findAll } from './test-support.ts';

describe('home view', () => {
  it('renders the fixture as a Slack App Home within limits', () => {
    const view = renderHomeView(homeView, engineerCtx);
    expect(view.type).toBe('home');
    assertBlockKitLimits(view, 'home');
    expect(view).toMatchSnapshot();
  });

  it('renders the fixture as a valid Teams card', () => {
    const card = renderHomeCard(homeView, engineerCtx);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(card).toMatchSnapshot();
  });

  it('links each session to its page, or shows plain text without a web page', () => {
    const linked = JSON.stringify(renderHomeView(homeView, engineerCtx));
    expect(linked).toContain(
      '*<https://app.resolutionflow.example/sessions/00000000-0000-4000-8000-000000000001|',
    );
    const plain = renderHomeView(homeView, noWebCtx);
    assertBlockKitLimits(plain, 'home');
    expect(JSON.stringify(plain)).not.toContain('https://');
    expect(adaptiveCardProblems(renderHomeCard(homeView, noWebCtx))).toEqual([]);
  });

  it('has an empty state that says how to start', () => {
    const empty = { open: [], recent: [] };
    const view = renderHomeView(empty, engineerCtx);
    assertBlockKitLimits(view, 'home');
    expect(JSON.stringify(view)).toContain('No open sessions');
    expect(JSON.stringify(view)).toContain('Nothing resolved yet');
    expect(view).toMatchSnapshot();
    const card = renderHomeCard(empty, engineerCtx);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(JSON.stringify(card)).toContain('No open sessions');
    expect(card).toMatchSnapshot();
  });

  it('caps long lists with "… and N more" on both platforms', () => {
    const big = bigHome(150, 60);
    const view = renderHomeView(big, engineerCtx);
    assertBlockKitLimits(view, 'home');
    expect(JSON.stringify(view)).toContain('… and 130 more');
    expect(JSON.stringify(view)).toContain('… and 50 more');
    const card = renderHomeCard(big, engineerCtx);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(findAll(card, 'Container')).toHaveLength(30);
    expect(JSON.stringify(card)).toContain('… and 130 more');
  });
});
