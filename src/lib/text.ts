/** Small helpers for the report's own sentences. */

/** "a", "a and b", "a, b and c"; in another edition, as Intl.ListFormat joins them ("a, b и c"). */
export function listing(items: string[], locale = 'en'): string {
  if (locale !== 'en') return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
