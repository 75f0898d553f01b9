import { inflateRawSync } from 'node:zlib';

/**
 * Opens an .xlsx (a zip) enough to check that it is a real workbook: its parts by name, and the sheet names and all
 * the text its sheets hold. Throws when the bytes are not a zip or lack the workbook part.
 */
export function readXlsx(bytes) {
  if (bytes.subarray(0, 2).toString('latin1') !== 'PK')
    throw new Error(`Not a zip: starts ${bytes.subarray(0, 4).toString('hex')}`);
  const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('The zip has no central directory');
  const entries = new Map();
  let at = bytes.readUInt32LE(end + 16);
  for (let n = bytes.readUInt16LE(end + 10); n > 0; n--) {
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    entries.set(name, { method, data: bytes.subarray(start, start + size) });
    at += 46 + nameLength + extra + comment;
  }
  const part = (name) => {
    const entry = entries.get(name);
    if (!entry) return null;
    return (entry.method === 8 ? inflateRawSync(entry.data) : entry.data).toString('utf8');
  };
  const workbook = part('xl/workbook.xml');
  if (!workbook) throw new Error(`No xl/workbook.xml among ${[...entries.keys()].join(', ')}`);
  const unescape = (text) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const sheetNames = [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => unescape(m[1]));
  const texts = [...entries.keys()]
    .filter((name) => name === 'xl/sharedStrings.xml' || /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
    .map((name) => [...part(name).matchAll(/<(?:\w+:)?t\b[^>]*>([^<]*)</g)].map((m) => unescape(m[1])).join('\n'))
    .join('\n');
  return { parts: [...entries.keys()], sheetNames, text: texts };
}
