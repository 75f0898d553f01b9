import { describe, expect, it } from 'vitest';
import { fakeService } from '../test/fakeApi';
import { fileNameFrom } from './download';

describe('downloaded file names', () => {
  it('prefers the UTF-8 filename* of RFC 6266, which keeps accents', () => {
    expect(
      fileNameFrom(
        `attachment; filename="Ete - members 2026-12-05.csv"; filename*=UTF-8''%C3%89t%C3%A9%20-%20members%202026-12-05.csv`,
        'x.csv',
      ),
    ).toBe('Été - members 2026-12-05.csv');
  });

  it('reads the plain filename, quoted or not, and falls back when there is none', () => {
    expect(fileNameFrom('attachment; filename="Contacts 2026-12-05.xlsx"', 'x')).toBe('Contacts 2026-12-05.xlsx');
    expect(fileNameFrom('attachment; filename=report.pdf', 'x')).toBe('report.pdf');
    expect(fileNameFrom('attachment; filename="a \\"quoted\\" name.csv"', 'x')).toBe('a "quoted" name.csv');
    expect(fileNameFrom('attachment', 'Contacts.csv')).toBe('Contacts.csv');
    expect(fileNameFrom(null, 'Contacts.csv')).toBe('Contacts.csv');
  });

  it('keeps only the last part of a path, and ignores a broken encoding', () => {
    expect(fileNameFrom('attachment; filename="../../evil.xlsx"', 'x')).toBe('evil.xlsx');
    expect(fileNameFrom(`attachment; filename="plain.csv"; filename*=UTF-8''%E0%A4%A`, 'x')).toBe('plain.csv');
  });

  it('fetches a file through the client with its name, and turns a refusal into an ApiError', async () => {
    const { client } = fakeService((r) =>
      r.path === '/api/contacts/export.csv'
        ? new Response('\uFEFFName\r\n', {
            status: 200,
            headers: {
              'Content-Disposition': `attachment; filename="Contacts.csv"; filename*=UTF-8''Contacts%202026-12-05.csv`,
            },
          })
        : new Response(JSON.stringify({ title: 'Forbidden', detail: 'Your role does not allow this.' }), {
            status: 403,
            headers: { 'Content-Type': 'application/problem+json' },
          }),
    );
    const file = await client.file('/api/contacts/export.csv', 'fallback.csv', { query: { q: 'ann' } });
    expect(file.fileName).toBe('Contacts 2026-12-05.csv');
    expect(await file.blob.text()).toContain('Name');
    await expect(client.file('/api/contacts/export.pdf', 'x.pdf')).rejects.toMatchObject({
      status: 403,
      detail: 'Your role does not allow this.',
    });
  });
});
