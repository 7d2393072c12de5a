/**
 * What a renderer needs to know about the viewer and the deployment, and nothing else: renderers
 * stay pure, so permissions and URLs arrive here rather than being looked up.
 */
export interface RenderContext {
  /**
   * Teams only: users (Teams ids, at most 60) whose clients should ask for their own version of a
   * shared card (Universal Actions `refresh`), so each sees the buttons their role allows.
   */
  refreshFor?: readonly string[];
  /**
   * False for viewers (read-only roles): every action button is left out, so a viewer is never
   * offered something the service would refuse with 403.
   */
  canAct: boolean;
  /**
   * Where a session's full page lives (the admin web). `null` when there is no web page to link
   * to; renderers then say "… and N more" instead of a "view all" link.
   */
  sessionUrl: (id: string) => string | null;
  /**
   * Whether to offer Claim on an escalated session; defaults to `canAct`. Chat cards are shared,
   * so Slack offers it to all and core refuses anyone below engineer with a clear message.
   */
  canClaim?: boolean;
  /**
   * How this surface says an escalation had no technician channel to go to, with the real way to
   * set one there (e.g. "no technician channel yet — set one with /rf techchannel …").
   */
  noTechnicianChannel?: string;
}
