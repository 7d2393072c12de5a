type Json = Record<string, unknown>;

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const money = (cents: number, currency: string) => `${(cents / 100).toFixed(2)} ${currency.toUpperCase()}`;

/** The hosted Checkout page (a plain stand-in for checkout.stripe.com): what is bought, and Pay. */
export function checkoutPage(
  session: Json,
  lines: Array<{ name: string; quantity: number; amount: number }>,
): string {
  const currency = String(session.currency ?? 'usd');
  const rows = lines
    .map(
      (l) => `<tr><td>${esc(l.name)}</td><td>× ${l.quantity}</td><td>${money(l.amount, currency)}</td></tr>`,
    )
    .join('');
  const open = session.status === 'open';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Stripe Checkout (simulator)</title></head>
<body style="font-family: system-ui; max-width: 36rem; margin: 3rem auto">
<h1>Subscribe</h1><p>Stripe Checkout simulator · test mode</p>
<table>${rows}</table>
<p><strong>Total per month: ${money(Number(session.amount_total ?? 0), currency)}</strong></p>
${
  open
    ? `<form method="post" action="/checkout/pay/${esc(session.id)}"><label>Card number <input name="card" value="4242 4242 4242 4242"></label>
<button type="submit">Pay and subscribe</button></form>
<p><a href="${esc(session.cancel_url)}">Cancel</a></p>`
    : '<p>This checkout is complete.</p>'
}
</body></html>`;
}

/** The Customer Portal stand-in: the subscription, Cancel, and the way back. */
export function portalPage(portal: Json, sub: Json | undefined): string {
  const active = sub && sub.status !== 'canceled';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Customer Portal (simulator)</title></head>
<body style="font-family: system-ui; max-width: 36rem; margin: 3rem auto">
<h1>Manage your subscription</h1>
<p>Subscription: ${esc(sub?.id ?? 'none')} · status ${esc(sub?.status ?? '—')}</p>
${active ? `<form method="post" action="/portal/${esc(portal.id)}/cancel"><button type="submit">Cancel subscription</button></form>` : ''}
<p><a href="${esc(portal.return_url)}">Return to ResolutionFlow</a></p>
</body></html>`;
}
