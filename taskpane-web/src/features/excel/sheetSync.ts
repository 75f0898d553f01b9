import type { Api, ImportField, ImportJob, SheetLink } from '../../api';
import { readSheetRows, writeRowValues, writeStewardIds, type ColumnField, type ReadScope } from '../../office/excel';
import { CONTACT_FIELDS } from '../../lib/contactLabels';

type Imports = Api['imports'];

export interface ReadProgress {
  rowsRead: number;
  rowsTotal: number;
}

/** The sheet rows an import read, to know which linked rows it speaks for. */
export interface ImportedSheet {
  job: ImportJob;
  scope: ReadScope;
  headerRow: number;
  firstRow: number;
  lastRow: number;
}

/**
 * Reads the sheet (or the selection) chunk by chunk and posts each chunk as it is read: the first starts the job with
 * the workbook and sheet names (which links the sheet), the last says `complete`, and the job is then previewed.
 */
export async function importSheet(
  imports: Imports,
  workbookName: string | null,
  scope: ReadScope,
  onProgress: (progress: ReadProgress) => void,
): Promise<ImportedSheet> {
  let job: ImportJob | null = null;
  let headerRow = 1;
  let firstRow = 0;
  let lastRow = 0;
  await readSheetRows({
    scope,
    onChunk: async (chunk) => {
      const rows = { startRow: chunk.startRow, rows: chunk.rows, complete: chunk.last };
      if (job) {
        job = await imports.appendRows(job.id, rows);
      } else {
        headerRow = chunk.headerRow;
        firstRow = chunk.startRow;
        job = await imports.startRows({
          // An unsaved workbook has no name to link by; its rows are imported without a link.
          workbookName,
          sheetName: workbookName ? chunk.sheetName : null,
          header: chunk.header,
          headerRow: chunk.headerRow,
          // Linked rows outside a selection were not read: the service reports none of them as removed.
          selection: scope === 'selection',
          ...rows,
        });
      }
      lastRow = chunk.startRow + chunk.rows.length - 1;
      onProgress({ rowsRead: chunk.rowsRead, rowsTotal: chunk.rowsTotal });
    },
  });
  if (!job) throw new Error('Steward received no rows from the sheet.');
  return { job, scope, headerRow, firstRow, lastRow };
}

/**
 * After a commit: writes each imported row's contact id into the sheet's `Steward ID` column. The link knows the row
 * of each contact; rows removed from the sheet (and, for a selection, rows outside it) keep their old numbers, so
 * they are left out.
 */
export async function writeIdsAfterCommit(imports: Imports, imported: ImportedSheet, job: ImportJob) {
  if (!job.sheetLinkId) return { written: 0, added: false };
  const removed = new Set((job.removedFromSheet ?? []).map((row) => row.contactId));
  const rows = (await imports.linkedRows(job.sheetLinkId)).filter(
    (row) =>
      !row.deleted &&
      !removed.has(row.contactId) &&
      row.rowNumber >= imported.firstRow &&
      row.rowNumber <= imported.lastRow,
  );
  return writeStewardIds(
    imported.headerRow,
    rows.map(({ rowNumber, contactId }) => ({ rowNumber, contactId })),
  );
}

/** The fields a linked row carries, which "Refresh sheet" can write back. */
const REFRESHABLE = new Set<ImportField>(CONTACT_FIELDS);

/** Which sheet column shows which field, from an import's mapping. */
export function columnsOf(job: ImportJob): ColumnField[] {
  return job.mapping
    .filter((column) => REFRESHABLE.has(column.field))
    .map((column) => ({ header: column.header, field: column.field }));
}

/** The link's latest committed import: its mapping says which column holds which field. */
export async function latestImportOf(imports: Imports, link: SheetLink): Promise<ImportJob> {
  const job = (await imports.recent())
    .filter((candidate) => candidate.sheetLinkId === link.id && candidate.status === 'committed')
    .sort((a, b) => (b.committedAt ?? '').localeCompare(a.committedAt ?? ''))[0];
  if (!job)
    throw new Error('Steward has no committed import of this sheet to take the columns from. Sync the sheet first.');
  return job;
}

/**
 * "Refresh sheet": takes the CRM's current values (recorded as what the sheet now shows) and writes them into the
 * linked rows. The values written are exactly those recorded, so a refresh that fails half way is mended by the next.
 */
export async function refreshSheet(imports: Imports, link: SheetLink) {
  const job = await latestImportOf(imports, link);
  const rows = (await imports.refresh(link.id)).filter((row) => !row.deleted);
  try {
    return { ...(await writeRowValues(job.headerRow, columnsOf(job), rows)), rows: rows.length };
  } catch (error) {
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}. The sheet may be only partly refreshed: refresh it again before the next sync.`,
    );
  }
}
