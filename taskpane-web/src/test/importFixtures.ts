import type { ImportJob, PreviewRow } from '../api';

export function previewRow(overrides: Partial<PreviewRow> = {}): PreviewRow {
  return {
    rowNumber: 2,
    action: 'create',
    contactId: null,
    duplicateOf: null,
    values: { type: 'individual', firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com' },
    errors: [],
    conflicts: [],
    ...overrides,
  };
}

/** A previewed upload: three columns (one not recognised), three rows (new, update with a conflict, rejected). */
export function importJob(overrides: Partial<ImportJob> = {}): ImportJob {
  return {
    id: 'job-1',
    status: 'ready',
    source: 'file',
    fileName: 'clients.csv',
    fileKind: 'csv',
    sheetName: null,
    sheetLinkId: null,
    headerRow: 1,
    header: ['Name', 'E-mail Address', 'Birthday'],
    mapping: [
      { column: 0, header: 'Name', field: 'fullName', customField: null, recognised: true },
      { column: 1, header: 'E-mail Address', field: 'email', customField: null, recognised: true },
      { column: 2, header: 'Birthday', field: 'ignore', customField: null, recognised: false },
    ],
    policy: 'update',
    rowsTotal: 100,
    rowsDone: 0,
    counts: { created: 61, updated: 30, unchanged: 4, skipped: 0, rejected: 5 },
    duplicates: { inFile: 2, inCrm: 30 },
    removedFromSheet: null,
    conflicts: null,
    preview: [
      previewRow(),
      previewRow({
        rowNumber: 3,
        action: 'update',
        contactId: 'c9',
        values: {
          type: 'individual',
          firstName: 'Grace',
          lastName: 'Hopper',
          email: 'grace@example.com',
          phone: '+15550100',
        },
        conflicts: [{ field: 'phone', current: '+15550199', incoming: '+15550100' }],
      }),
      previewRow({
        rowNumber: 4,
        action: 'reject',
        values: { type: 'individual', firstName: 'Linus', email: 'not-an-email' },
        errors: [{ field: 'email', message: 'is not a valid email address' }],
      }),
    ],
    sampleRows: [
      ['Ada Lovelace', 'ada@example.com', '1815-12-10'],
      ['Grace Hopper', 'grace@example.com', ''],
      ['Linus', 'not-an-email', '1969-12-28'],
    ],
    undo: null,
    error: null,
    createdAt: '2026-11-20T10:00:00Z',
    committedAt: null,
    undoneAt: null,
    version: 1,
    ...overrides,
  };
}
