import type { ImportJob } from '../api';
import { importJob } from './importFixtures';

/** An import job of a linked sheet as the service answers it, for the Excel pane's tests. */
export function sheetJob(overrides: Partial<ImportJob> = {}): ImportJob {
  return importJob({
    source: 'sheet',
    fileName: null,
    fileKind: null,
    sheetName: 'Clients',
    sheetLinkId: 'link-1',
    header: ['First Name', 'Last Name', 'E-mail Address', 'City'],
    mapping: [
      { column: 0, header: 'First Name', field: 'firstName', customField: null, recognised: true },
      { column: 1, header: 'Last Name', field: 'lastName', customField: null, recognised: true },
      { column: 2, header: 'E-mail Address', field: 'email', customField: null, recognised: true },
      { column: 3, header: 'City', field: 'city', customField: null, recognised: true },
    ],
    rowsTotal: 3,
    counts: { created: 3, updated: 0, unchanged: 0, skipped: 0, rejected: 0 },
    duplicates: null,
    removedFromSheet: [],
    conflicts: [],
    preview: [],
    sampleRows: [],
    createdAt: '2026-03-01T10:00:00Z',
    ...overrides,
  });
}
