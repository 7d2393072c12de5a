/**
 * Legal-form words that differ between systems for one client: IT Glue says "Contoso Ltd.", Hudu
 * "contoso ltd", ConnectWise "Contoso, Ltd". Only stripped from the end of a name, so "Co-op
 * Bakery" and "Limited Editions Inc" keep their meaningful first words.
 */
const LEGAL_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'llp',
  'lp',
  'plc',
  'gmbh',
  'ag',
  'co',
  'company',
  'corp',
  'corporation',
  'pty',
  'pte',
  'bv',
  'nv',
  'sa',
  'sas',
  'srl',
  'oy',
  'ab',
  'as',
  'kg',
]);

/**
 * The key two systems' names for the same client meet on: lowercased, accents and punctuation
 * removed, "&" read as "and", trailing legal forms dropped, spaces collapsed. Null or blank → null
 * (the MSP's own documentation, shown for every ticket).
 */
export function companyKey(name: string | null | undefined): string | null {
  if (name == null) return null;
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    // "Ltd." and "O'Brien" lose the mark without splitting the word; other marks separate words.
    .replace(/[.'’`]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1] ?? '')) words.pop();
  const key = words.join(' ');
  return key.length > 0 ? key : null;
}
