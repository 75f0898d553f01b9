import type { ApiClient } from './client';
import { columnMappingFieldValues, type components } from './schema';
import type { Page } from './types';

type Schemas = components['schemas'];

/** Where an import job stands; `ready` jobs may be remapped and committed. */
export type ImportStatus = NonNullable<Schemas['ImportView']['status']>;
export type ImportPolicy = NonNullable<Schemas['ImportView']['policy']>;
export type ImportAction = Schemas['PreviewRow']['action'];
/** What a column can fill; `customField` names the custom field's key, `ignore` leaves the column out. */
export type ImportField = Schemas['ColumnMapping']['field'];
export const IMPORT_FIELDS: readonly ImportField[] = columnMappingFieldValues;
/** A column, what it fills, and whether Steward recognised the header by itself. */
export type ColumnMapping = Schemas['ColumnMapping'];
/** One sheet of an uploaded workbook. */
export type WorkbookSheet = Schemas['WorkbookSheet'];
/** How an uploaded file was read: what Steward guessed, for the user to change. */
export type FileReading = Schemas['FileReading'];

/** What the user chose where Steward's guess was wrong; each left out lets Steward decide. */
export interface UploadChoices {
  encoding?: string;
  headerRow?: number;
  sheet?: string;
}

/** Encodings a user may pick for a CSV file. */
export const ENCODINGS = [
  'UTF-8',
  'UTF-16LE',
  'UTF-16BE',
  'windows-1252',
  'ISO-8859-1',
  'ISO-8859-15',
  'windows-1250',
  'ISO-8859-2',
  'windows-1251',
  'KOI8-R',
  'x-MacRoman',
  'windows-1253',
  'windows-1254',
  'windows-1257',
  'Shift_JIS',
  'GB18030',
  'Big5',
] as const;

export type ColumnChoice = Schemas['ColumnChoice'];
export type FieldProblem = Schemas['FieldProblem'];
/** A row as it would be imported; `conflicts` are the fields whose current value it would replace. */
export type PreviewRow = Schemas['PreviewRow'];

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  rejected: number;
}

/** A contact synced from a linked sheet before, whose row is gone now. Never deleted until confirmed. */
export interface RemovedRow {
  contactId: string;
  rowNumber: number;
  displayName: string;
}

/** A field changed both in the sheet and in the CRM since the last sync; held back until the user picks. */
export interface SheetConflict {
  rowNumber: number;
  contactId: string;
  /** The contact's name in Steward. */
  displayName: string;
  field: string;
  sheet: string | null;
  crm: string | null;
}

export interface UndoOutcome {
  removed: number;
  restored: number;
  /** Contacts edited since the import, left alone. */
  editedSince: string[];
}

export interface ImportJob {
  id: string;
  status: ImportStatus;
  /** `file` or `sheet`. */
  source: string;
  fileName: string | null;
  fileKind: string | null;
  sheetName: string | null;
  sheetLinkId: string | null;
  headerRow: number;
  /** How an uploaded file was read; null for rows posted by the Excel pane. */
  reading?: FileReading | null;
  header: string[];
  mapping: ColumnMapping[];
  policy: ImportPolicy;
  rowsTotal: number;
  rowsDone: number;
  counts: ImportCounts | null;
  duplicates: { inFile: number; inCrm: number } | null;
  removedFromSheet: RemovedRow[] | null;
  conflicts: SheetConflict[] | null;
  preview: PreviewRow[];
  /** The first data rows' cells as read (up to 20), for each column's values beside its mapping. */
  sampleRows: string[][];
  undo: UndoOutcome | null;
  error: string | null;
  createdAt: string;
  committedAt: string | null;
  undoneAt: string | null;
  /** For a committed import: until when it may be undone (its rows are removed after that). */
  undoUntil?: Schemas['ImportView']['undoUntil'];
  version: number;
}

export interface RejectedRow {
  rowNumber: number;
  reason: string;
  /** The row's original cells, in the file's column order. */
  cells: (string | null)[];
}

/** Rows read from an Excel sheet, posted whole or in chunks (`complete: false` while more follow). */
export interface SheetRows {
  workbookName?: string | null;
  sheetName?: string | null;
  header?: string[];
  headerRow?: number;
  startRow?: number;
  rows: string[][];
  complete?: boolean;
  /** The rows are a selection: only linked rows missing inside it count as removed from the sheet. */
  selection?: boolean;
}

export interface ImportProgress {
  id: string;
  status: ImportStatus;
  rowsDone: number;
  rowsTotal: number;
  error: string | null;
}

export interface SheetLink {
  id: string;
  workbookName: string;
  sheetName: string;
  lastSyncedAt: string | null;
  rows: number;
}

/** A linked row with the CRM's current values (keys: type, firstName, lastName, companyName, email, phone, …). */
export interface LinkedRow {
  rowNumber: number;
  contactId: string;
  version: number;
  /** The contact is in the trash. */
  deleted: boolean;
  values: Record<string, string | null>;
}

/** Where a commit (or an undo) settles. */
const SETTLED: ImportStatus[] = ['committed', 'failed', 'undone'];

export function importsApi(client: ApiClient) {
  const one = (id: string) => `/api/imports/${encodeURIComponent(id)}`;
  const link = (id: string) => `/api/sheet-links/${encodeURIComponent(id)}`;
  return {
    recent: (signal?: AbortSignal) => client.get<ImportJob[]>('/api/imports', { signal }),
    get: (id: string, signal?: AbortSignal) => client.get<ImportJob>(one(id), { signal }),
    /** Uploads a .csv, .xlsx, .xls, .ods or .vcf file (with the user's choices, if any); the answer is the job with its mapping and preview. */
    upload: (file: File, choices: UploadChoices = {}) => {
      const form = new FormData();
      form.append('file', file, file.name);
      const query = new URLSearchParams();
      if (choices.encoding) query.set('encoding', choices.encoding);
      if (choices.headerRow) query.set('headerRow', String(choices.headerRow));
      if (choices.sheet) query.set('sheet', choices.sheet);
      const params = query.toString();
      return client.post<ImportJob>(params ? `/api/imports?${params}` : '/api/imports', form);
    },
    startRows: (rows: SheetRows) => client.post<ImportJob>('/api/imports', rows),
    appendRows: (id: string, rows: SheetRows) => client.post<ImportJob>(`${one(id)}/rows`, rows),
    remap: (id: string, mapping: ColumnChoice[]) => client.put<ImportJob>(`${one(id)}/mapping`, mapping),
    choosePolicy: (id: string, policy: ImportPolicy) => client.put<ImportJob>(`${one(id)}/policy`, { policy }),
    commit: (id: string) => client.post<ImportJob>(`${one(id)}/commit`),
    undo: (id: string) => client.post<ImportJob>(`${one(id)}/undo`),
    rejected: (id: string, page: number, size: number, signal?: AbortSignal) =>
      client.get<Page<RejectedRow>>(`${one(id)}/rejected`, { query: { page, size }, signal }),
    /** Where the browser downloads the rejected rows as .xlsx (cookie-signed; the Office panes fetch it instead). */
    rejectedFileUrl: (id: string) => `${one(id)}/rejected.xlsx`,
    /** The rejected rows as an .xlsx file, fetched with the client's sign-in (cookies or a Bearer token). */
    rejectedFile: (id: string, signal?: AbortSignal) => client.blob(`${one(id)}/rejected.xlsx`, { signal }),
    /**
     * Follows a committing job until it settles: server-sent events where the browser has them, polling otherwise
     * (and when the stream breaks). Calls `onProgress` with each step; resolves with the settled job.
     */
    follow: (id: string, onProgress: (progress: ImportProgress) => void, signal?: AbortSignal) =>
      followJob(client, id, onProgress, signal),
    links: (signal?: AbortSignal) => client.get<SheetLink[]>('/api/sheet-links', { signal }),
    link: (id: string) => client.get<SheetLink>(link(id)),
    linkedRows: (id: string) => client.get<LinkedRow[]>(`${link(id)}/rows`),
    /** The CRM's current values, recorded as what the sheet now shows: call it when writing them into the sheet. */
    refresh: (id: string) => client.post<LinkedRow[]>(`${link(id)}/refresh`),
    confirmRemovals: (id: string, contactIds: string[]) =>
      client.post<{ trashed: string[] }>(`${link(id)}/confirm-removals`, { contactIds }),
    /** Picks `sheet` or `crm` for each conflicting field of one contact. */
    resolve: (id: string, importId: string, contactId: string, fields: Record<string, 'sheet' | 'crm'>) =>
      client.post<LinkedRow[]>(`${link(id)}/resolve`, { importId, contactId, fields }),
  };
}

export type ImportsApi = ReturnType<typeof importsApi>;

const POLL_MS = 700;

async function followJob(
  client: ApiClient,
  id: string,
  onProgress: (progress: ImportProgress) => void,
  signal?: AbortSignal,
): Promise<ImportJob> {
  const path = `/api/imports/${encodeURIComponent(id)}`;
  if (typeof EventSource !== 'undefined' && client.usesCookies()) {
    await new Promise<void>((resolve) => {
      const source = new EventSource(`${client.url(path)}/events`, { withCredentials: true });
      const stop = () => {
        source.close();
        resolve();
      };
      signal?.addEventListener('abort', stop, { once: true });
      source.addEventListener('progress', (event) => {
        const progress = JSON.parse((event as MessageEvent<string>).data) as ImportProgress;
        onProgress(progress);
        if (SETTLED.includes(progress.status)) stop();
      });
      source.onerror = stop; // the job is read below, and polled if it still runs
    });
  }
  for (;;) {
    signal?.throwIfAborted();
    const job = await client.get<ImportJob>(path, { signal });
    onProgress({ id: job.id, status: job.status, rowsDone: job.rowsDone, rowsTotal: job.rowsTotal, error: job.error });
    if (SETTLED.includes(job.status)) return job;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
