import type { Person } from './people';

const ON_WROTE = /^(on|am)\s.+(wrote|schrieb)( [^:]{0,80})?:$/i;
const FROM_LINE = /^\*?(from|von):\*?\s+(.+)$/i;
const HEADER_LINE = /^\*?(sent|date|to|cc|subject|gesendet|datum|an|betreff):\*?\s/i;

function unquoteLine(line: string): string {
  return line.replace(/^(\s*>\s?)+/, '');
}

function mentions(text: string, person: Person): boolean {
  const lower = text.toLowerCase();
  return lower.includes(person.key) || (person.name.length > 2 && lower.includes(person.name.toLowerCase()));
}

/**
 * The part of a message body that `person` wrote, for the signature proposals: the whole body for the sender (the
 * service reads the reply's own text), and for anyone else the quoted message under a header that names them
 * ("On … Ann Lee <ann@x> wrote:" or Outlook's "From: … / Sent: …" block). Null when they wrote nothing here.
 */
export function textWrittenBy(body: string, person: Person, isSender: boolean): string | null {
  if (isSender) return body;
  const lines = body.replace(/\r\n?/g, '\n').split('\n').map(unquoteLine);
  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] ?? '').trim();
    // An "On … wrote:" header is often wrapped over two or three lines.
    for (let span = 1; span <= 3 && index + span <= lines.length; span++) {
      const joined = lines
        .slice(index, index + span)
        .map((part) => part.trim())
        .join(' ');
      if (ON_WROTE.test(joined) && mentions(joined, person)) return lines.slice(index + span).join('\n');
    }
    const from = FROM_LINE.exec(line);
    if (from && mentions(from[2] ?? '', person)) {
      let next = index + 1;
      while (next < lines.length && HEADER_LINE.test((lines[next] ?? '').trim())) next++;
      if (next > index + 1) return lines.slice(next).join('\n');
    }
  }
  return null;
}
