/** The parts of a postal address, as a contact holds them. */
export interface AddressParts {
  addressLine1?: string | null;
  addressLine2?: string | null;
  city?: string | null;
  region?: string | null;
  postalCode?: string | null;
  country?: string | null;
}

type Layout = 'north-america' | 'british' | 'postcode-first';

/** Countries by how their addresses are written, under the names and codes people type. */
const LAYOUTS: Record<string, Layout> = {
  us: 'north-america',
  usa: 'north-america',
  'united states': 'north-america',
  'united states of america': 'north-america',
  ca: 'north-america',
  canada: 'north-america',
  au: 'north-america',
  australia: 'north-america',
  gb: 'british',
  uk: 'british',
  'united kingdom': 'british',
  england: 'british',
  scotland: 'british',
  wales: 'british',
  'northern ireland': 'british',
  ie: 'british',
  ireland: 'british',
  nz: 'british',
  'new zealand': 'british',
};

function layoutOf(country: string | null | undefined): Layout {
  const key = (country ?? '').trim().toLowerCase().replace(/\./g, '');
  // Without a country the firm's own (North American by default) layout is the likeliest; most of Europe writes the
  // postcode before the town.
  return key === '' ? 'north-america' : (LAYOUTS[key] ?? 'postcode-first');
}

const joined = (parts: (string | null | undefined)[], separator = ' ') =>
  parts
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(separator);

/**
 * The address as its country writes it, one line per element:
 * North America and Australia "Denver, CO 80202"; Britain, Ireland and New Zealand the town, then the postcode on its
 * own line; elsewhere (Germany, France, the Netherlands …) "10115 Berlin".
 */
export function addressLines(address: AddressParts): string[] {
  const { city, region, postalCode } = address;
  const layout = layoutOf(address.country);
  const lines = [address.addressLine1, address.addressLine2];
  if (layout === 'north-america') lines.push(joined([joined([city, region], ', '), postalCode]));
  else if (layout === 'british') lines.push(city, region, postalCode);
  else lines.push(joined([postalCode, city]), region);
  lines.push(address.country);
  return lines.map((line) => line?.trim() ?? '').filter(Boolean);
}
