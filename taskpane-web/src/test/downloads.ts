import { vi } from 'vitest';

/** A file answer as the service sends a download: the bytes and the name in `Content-Disposition`. */
export function fileAnswer(
  fileName: string,
  body: BodyInit = 'PK\u0003\u0004',
  type = 'application/octet-stream',
): Response {
  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    },
  });
}

/** Catches the files the page hands to the browser's download; `restore` puts the browser back. */
export function catchDownloads() {
  const saved: string[] = [];
  URL.createObjectURL = vi.fn(() => 'blob:download');
  URL.revokeObjectURL = vi.fn();
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
  return { saved, restore: () => click.mockRestore() };
}
