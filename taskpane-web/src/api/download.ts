/** The file kinds a list can be exported as. */
export const EXPORT_FORMATS = ['xlsx', 'csv', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A file fetched from the service, with the name it asked to be saved under. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/**
 * The file name of a `Content-Disposition` header: the UTF-8 `filename*` of RFC 6266 when there is one (it carries
 * accents), else the plain `filename`, else `fallback`. Path parts are dropped.
 */
export function fileNameFrom(header: string | null, fallback: string): string {
  if (!header) return fallback;
  let name: string | null = null;
  const extended = /filename\*\s*=\s*([^;]+)/i.exec(header);
  if (extended?.[1]) {
    const value = extended[1].trim();
    const match = /^([\w-]+)'[^']*'(.*)$/.exec(value);
    if (match?.[1]?.toLowerCase() === 'utf-8' && match[2] !== undefined) {
      try {
        name = decodeURIComponent(match[2]);
      } catch {
        name = null;
      }
    }
  }
  if (!name) {
    const plain = /filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]+)/i.exec(header);
    name = plain ? (plain[2] !== undefined ? plain[2].replace(/\\(.)/g, '$1') : (plain[1] ?? '').trim()) : null;
  }
  const base = name?.split(/[/\\]/).pop()?.trim();
  return base ? base : fallback;
}
