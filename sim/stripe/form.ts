/**
 * Stripe's request bodies are `application/x-www-form-urlencoded` with bracketed keys:
 * `line_items[0][price]=price_x&metadata[account_id]=…&expand[0]=latest_invoice`. Numeric
 * segments become arrays, as the SDK's encoder (qs, `arrayFormat: 'indices'`) produces them.
 */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };

export function decodeForm(body: string): Record<string, FormValue> {
  const root: Record<string, FormValue> = {};
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const segments = rawKey.replace(/\]/g, '').split('[');
    let node: Record<string, FormValue> | FormValue[] = root;
    segments.forEach((segment, i) => {
      const last = i === segments.length - 1;
      const nextIsIndex = !last && /^\d+$/.test(segments[i + 1] ?? '');
      const container = node as Record<string, FormValue>;
      if (last) {
        container[segment] = value;
        return;
      }
      container[segment] ??= nextIsIndex ? [] : {};
      node = container[segment] as Record<string, FormValue> | FormValue[];
    });
  }
  return normalize(root) as Record<string, FormValue>;
}

/** Objects whose keys are all indices (0, 1, …) become arrays in index order. */
function normalize(value: FormValue): FormValue {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    return Object.keys(value)
      .map(Number)
      .sort((a, b) => a - b)
      .map((k) => normalize((value as FormValue[])[k] as FormValue));
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v)]));
}
