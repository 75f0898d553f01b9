export interface SplitName {
  firstName: string;
  lastName: string;
}

const HONORIFICS = /^(mr|mrs|ms|miss|mx|dr|prof|herr|frau|sir|dame)\.?$/i;
/** Words that start a family name ("Ludwig van Beethoven", "Maria de la Cruz"). */
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'del',
  'della',
  'dos',
  'du',
  'la',
  'le',
  'ten',
  'ter',
  'zu',
  'bin',
  'al',
]);

function unquote(text: string): string {
  let value = text.trim();
  while (value.length >= 2 && /^["'“‘].*["'”’]$/.test(value)) value = value.slice(1, -1).trim();
  return value.replace(/\s+/g, ' ');
}

function capitalise(word: string): string {
  return word ? word.charAt(0).toUpperCase() + word.slice(1).toLowerCase() : word;
}

/** "ann.lee@x" → Ann Lee; one word stays a first name; numbers and role mailboxes give nothing. */
function fromEmail(email: string): SplitName {
  const local = email.split('@')[0] ?? '';
  const parts = local.split(/[._-]+/).filter((part) => /^[a-z]+$/i.test(part));
  if (parts.length === 0) return { firstName: '', lastName: '' };
  if (parts.length === 1) return { firstName: capitalise(parts[0] ?? ''), lastName: '' };
  return { firstName: capitalise(parts[0] ?? ''), lastName: parts.slice(1).map(capitalise).join(' ') };
}

/**
 * Splits a display name as mail clients write it into first and last name: "Last, First", "First Middle Last",
 * particles ("van der Berg"), quotes, a title in front, a trailing "(Company)". Falls back to the email's local part
 * when the display name is empty or is the address itself.
 */
export function splitName(displayName: string, email = ''): SplitName {
  let name = unquote(displayName)
    .replace(/\s*[([][^)\]]*[)\]]\s*$/, '')
    .trim();
  if (!name || name.includes('@')) return fromEmail(email || name);

  let suffix = '';
  const comma = name.indexOf(',');
  if (comma > 0) {
    const last = name.slice(0, comma).trim();
    const first = name.slice(comma + 1).trim();
    // "Smith, Jr." or "Lee, PhD" is not "Last, First".
    if (first && !/^(jr|sr|ii|iii|iv|phd|md|esq|cpa|mba)\.?$/i.test(first)) {
      return { firstName: unquote(first), lastName: unquote(last) };
    }
    name = last;
    suffix = first;
  }

  const words = name.split(' ').filter(Boolean);
  while (words.length > 1 && HONORIFICS.test(words[0] ?? '')) words.shift();
  if (words.length === 1)
    return suffix ? { firstName: '', lastName: `${words[0]} ${suffix}` } : { firstName: words[0] ?? '', lastName: '' };
  const particle = words.findIndex((word, index) => index > 0 && PARTICLES.has(word.toLowerCase()));
  const split = particle > 0 ? particle : words.length - 1;
  const lastName = [...words.slice(split), suffix].filter(Boolean).join(' ');
  return { firstName: words.slice(0, split).join(' '), lastName };
}
