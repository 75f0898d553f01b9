/**
 * Steward's reports as sheets of the open workbook: "Insert report" adds the sheets of a report workbook, "Refresh
 * report" replaces them in place. Only this module and excel.ts touch the `Excel` global.
 *
 * How a refresh finds its sheets: when a report is inserted, the IDs Excel gives its new sheets are kept in a
 * workbook setting (`context.workbook.settings`, saved inside the file, private to this add-in), with the report's own
 * name for each sheet. Sheet IDs survive renames and moves, so a user may rename, move and restyle around the report;
 * a copy the user makes of a report sheet gets a new ID and is left alone. A naming convention would break on the
 * first rename, and a custom XML part would need the same bookkeeping with more calls.
 *
 * A refresh inserts the new sheets first (at the end), then deletes the old ones, then gives each new sheet the name
 * and the position of the sheet it replaces. Inserting first means a failed refresh leaves the old report as it was,
 * and the workbook never drops to no sheets at all. While the old sheets still exist, Excel inserts the new ones under
 * another name ("Summary (2)"), which is why each new sheet takes its predecessor's name once that is free. Sheets
 * elsewhere in the workbook are not touched. Formulas of the user's that point into a report sheet turn to #REF! when
 * that sheet is deleted, as with any deleted sheet; that is the price of replacing rather than rewriting cells.
 */

import { run, SheetProblem } from './excel';

/** What a report was made from, so that a refresh can fetch it again. */
export type ReportSource = { kind: 'campaign'; campaignId: string } | { kind: 'portfolio'; from: string; to: string };

/** One sheet of an inserted report: its Excel ID and the report's own name for it (without Excel's " (2)"). */
export interface ReportSheet {
  id: string;
  name: string;
}

/** A report in the workbook, as the workbook setting keeps it. */
export interface WorkbookReport {
  /** "campaign:<id>" or "portfolio:<from>:<to>": one report of each in a workbook. */
  key: string;
  title: string;
  source: ReportSource;
  sheets: ReportSheet[];
  insertedAt: string;
  refreshedAt?: string | null;
}

/** What an insert or a refresh did: the report as now recorded and the names its sheets now have. */
export interface PlacedReport {
  report: WorkbookReport;
  sheetNames: string[];
}

/** The workbook setting that lists the reports this add-in inserted. */
export const REPORTS_SETTING = 'steward.reports';
/** insertWorksheetsFromBase64 came with this requirement set. */
export const INSERT_API = { set: 'ExcelApi', version: '1.13' } as const;

export function reportKey(source: ReportSource): string {
  return source.kind === 'campaign' ? `campaign:${source.campaignId}` : `portfolio:${source.from}:${source.to}`;
}

/** Whether this Excel can add sheets from a file (ExcelApi 1.13: Microsoft 365 and Excel on the web, not Excel 2019). */
export function canInsertSheets(): boolean {
  if (typeof Office === 'undefined') return false;
  try {
    return Office.context?.requirements?.isSetSupported(INSERT_API.set, INSERT_API.version) === true;
  } catch {
    return false;
  }
}

function parseReports(value: unknown): WorkbookReport[] {
  let list: unknown = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value);
    } catch {
      return [];
    }
  }
  return Array.isArray(list) ? (list as unknown[]).filter(isWorkbookReport) : [];
}

function isWorkbookReport(item: unknown): item is WorkbookReport {
  return (
    typeof item === 'object' &&
    item !== null &&
    'key' in item &&
    typeof item.key === 'string' &&
    'sheets' in item &&
    Array.isArray(item.sheets)
  );
}

async function readReports(context: Excel.RequestContext): Promise<WorkbookReport[]> {
  const setting = context.workbook.settings.getItemOrNullObject(REPORTS_SETTING);
  setting.load('isNullObject,value');
  await context.sync();
  return setting.isNullObject ? [] : parseReports(setting.value);
}

function writeReports(context: Excel.RequestContext, reports: WorkbookReport[]): void {
  context.workbook.settings.add(REPORTS_SETTING, JSON.stringify(reports));
}

interface LoadedSheet {
  sheet: Excel.Worksheet;
  record: ReportSheet;
}

/** The report's sheets still in the workbook (with name and position loaded), in the report's order. */
async function presentSheets(context: Excel.RequestContext, report: WorkbookReport): Promise<LoadedSheet[]> {
  const found = report.sheets.map((record) => ({
    record,
    sheet: context.workbook.worksheets.getItemOrNullObject(record.id),
  }));
  found.forEach(({ sheet }) => sheet.load('isNullObject,id,name,position'));
  await context.sync();
  return found.filter(({ sheet }) => !sheet.isNullObject);
}

async function sheetNames(context: Excel.RequestContext): Promise<Set<string>> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  return new Set(sheets.items.map((sheet) => sheet.name.toLowerCase()));
}

/**
 * Inserts the workbook's sheets at the end and loads them. Each gets the report's own name for it: the name Excel gave,
 * without the " (2)" Excel adds when that name was taken.
 */
async function insertAtEnd(context: Excel.RequestContext, base64: string): Promise<LoadedSheet[]> {
  const before = await sheetNames(context);
  const ids = context.workbook.insertWorksheetsFromBase64(base64, { positionType: 'End' });
  await context.sync();
  const sheets = ids.value.map((id) => context.workbook.worksheets.getItem(id).load('id,name,position'));
  await context.sync();
  return sheets.map((sheet) => {
    const base = /^(.*) \(\d+\)$/.exec(sheet.name)?.[1];
    const name = base && before.has(base.toLowerCase()) ? base : sheet.name;
    return { sheet, record: { id: sheet.id, name } };
  });
}

/** The reports this add-in inserted into the workbook, without those whose sheets were all deleted. */
export async function listWorkbookReports(): Promise<WorkbookReport[]> {
  return run('read the reports of this workbook', async (context) => {
    const reports = await readReports(context);
    const kept: WorkbookReport[] = [];
    for (const report of reports) {
      const present = await presentSheets(context, report);
      if (present.length > 0) kept.push({ ...report, sheets: present.map(({ record }) => record) });
    }
    return kept;
  });
}

/** Adds the sheets of a report workbook (base64 of the .xlsx) at the end, and records them for "Refresh report". */
export async function insertReport(
  base64: string,
  what: { title: string; source: ReportSource },
  now = new Date(),
): Promise<PlacedReport> {
  return run("add the report's sheets", async (context) => {
    const key = reportKey(what.source);
    const reports = await readReports(context);
    const earlier = reports.find((report) => report.key === key);
    if (earlier && (await presentSheets(context, earlier)).length > 0) {
      throw new SheetProblem(`The report "${earlier.title}" is in this workbook already. Refresh it instead.`);
    }
    const inserted = await insertAtEnd(context, base64);
    if (inserted.length === 0) throw new SheetProblem('The report had no sheets to add.');
    const report: WorkbookReport = {
      key,
      ...what,
      sheets: inserted.map(({ record }) => record),
      insertedAt: now.toISOString(),
      refreshedAt: null,
    };
    writeReports(context, [...reports.filter((r) => r.key !== key), report]);
    await context.sync();
    return { report, sheetNames: inserted.map(({ sheet }) => sheet.name) };
  });
}

/**
 * Replaces a report's sheets with those of a fresh report workbook, each at the position and under the name of the
 * sheet it replaces (matched by the report's name for it); sheets the report did not insert are left alone. New sheets
 * without a predecessor follow the sheet before them in the report.
 */
export async function refreshReport(key: string, base64: string, now = new Date()): Promise<PlacedReport> {
  return run('refresh the report', async (context) => {
    const reports = await readReports(context);
    const report = reports.find((candidate) => candidate.key === key);
    if (!report) throw new SheetProblem('This workbook has no record of that report any more. Insert it again.');
    const old = await presentSheets(context, report);
    const oldPlaces = old.map(({ sheet, record }) => ({ record, name: sheet.name, position: sheet.position }));

    const fresh = await insertAtEnd(context, base64);
    old.forEach(({ sheet }) => sheet.delete());
    await context.sync();

    // Pair each new sheet with the old sheet of the same report name, then restore names and positions.
    const unpaired = [...oldPlaces];
    const pairs = fresh.map((item) => {
      const index = unpaired.findIndex((place) => place.record.name.toLowerCase() === item.record.name.toLowerCase());
      return { item, place: index >= 0 ? unpaired.splice(index, 1)[0] : undefined };
    });
    const free = await sheetNames(context);
    for (const { item, place } of pairs) {
      const wanted = place ? place.name : item.record.name;
      if (wanted !== item.sheet.name && !free.has(wanted.toLowerCase())) {
        free.delete(item.sheet.name.toLowerCase());
        item.sheet.name = wanted;
        free.add(wanted.toLowerCase());
      }
    }
    // In rising order of the old positions, each new sheet lands exactly where its predecessor was.
    const placed = pairs
      .filter((pair) => pair.place)
      .sort((a, b) => (a.place?.position ?? 0) - (b.place?.position ?? 0));
    placed.forEach(({ item, place }) => (item.sheet.position = place?.position ?? 0));
    await context.sync();
    let previous: Excel.Worksheet | null = null;
    for (const { item, place } of pairs) {
      if (!place && previous) {
        previous.load('position');
        await context.sync();
        item.sheet.position = previous.position + 1;
        await context.sync();
      }
      previous = item.sheet;
    }
    fresh.forEach(({ sheet }) => sheet.load('name'));
    const updated: WorkbookReport = {
      ...report,
      sheets: fresh.map(({ record }) => record),
      refreshedAt: now.toISOString(),
    };
    writeReports(
      context,
      reports.map((r) => (r.key === key ? updated : r)),
    );
    await context.sync();
    return { report: updated, sheetNames: fresh.map(({ sheet }) => sheet.name) };
  });
}

/** Base64 of a file, in slices, so that a large report does not overflow the call stack. */
export async function toBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

/** Excel on the web inserts sheets without their charts (Microsoft's documented limit of insertWorksheetsFromBase64). */
export function insertDropsCharts(): boolean {
  if (typeof Office === 'undefined') return false;
  try {
    return String(Office.context?.platform ?? '') === 'OfficeOnline';
  } catch {
    return false;
  }
}

/** What the Excel pane needs of the workbook for reports; tests hand the pane their own. */
export interface ReportSheets {
  canInsert: () => boolean;
  dropsCharts: () => boolean;
  list: () => Promise<WorkbookReport[]>;
  insert: (file: Blob, what: { title: string; source: ReportSource }) => Promise<PlacedReport>;
  refresh: (key: string, file: Blob) => Promise<PlacedReport>;
}

/** The open workbook's reports, through Excel. */
export const excelReportSheets: ReportSheets = {
  canInsert: canInsertSheets,
  dropsCharts: insertDropsCharts,
  list: listWorkbookReports,
  insert: async (file, what) => insertReport(await toBase64(file), what),
  refresh: async (key, file) => refreshReport(key, await toBase64(file)),
};
