import { useCallback, useEffect, useState } from 'react';
import { useApi, type Api, type DownloadedFile } from '../../api';
import type { ReportSheets, ReportSource, WorkbookReport } from '../../office/excelReports';
import { saveFile } from '../../ui/saveFile';

/** What the last insert or refresh did, for the pane to say. */
export interface ReportOutcome {
  title: string;
  sheetNames: string[];
  refreshed: boolean;
}

/** A report to insert or download: where it comes from and what the pane calls it. */
export interface ChosenReport {
  source: ReportSource;
  title: string;
}

/** The report workbook of a source, fetched through the API client. */
export function fetchReportFile(api: Api, source: ReportSource): Promise<DownloadedFile> {
  return source.kind === 'campaign'
    ? api.reports.campaignWorkbook(source.campaignId)
    : api.reports.portfolioWorkbook({ from: source.from, to: source.to });
}

/** The workbook's reports, and inserting, refreshing and downloading them; one action at a time. */
export function useWorkbookReports(sheets: ReportSheets) {
  const api = useApi();
  const supported = sheets.canInsert();
  const [reports, setReports] = useState<WorkbookReport[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<ReportOutcome | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!supported) return;
    let live = true;
    sheets.list().then(
      (list) => live && setReports(list),
      (cause: unknown) => {
        if (!live) return;
        setError(cause);
        setFailed("Steward could not read this workbook's reports");
      },
    );
    return () => {
      live = false;
    };
  }, [sheets, supported, version]);

  const act = useCallback(async (key: string, failure: string, action: () => Promise<ReportOutcome | null>) => {
    setBusy(key);
    setError(null);
    setOutcome(null);
    try {
      setOutcome(await action());
    } catch (cause) {
      setError(cause);
      setFailed(failure);
    } finally {
      setBusy(null);
      setVersion((v) => v + 1);
    }
  }, []);

  const insert = (chosen: ChosenReport) =>
    act('insert', 'The report was not added to the workbook', async () => {
      const file = await fetchReportFile(api, chosen.source);
      const placed = await sheets.insert(file.blob, chosen);
      return { title: chosen.title, sheetNames: placed.sheetNames, refreshed: false };
    });
  const refresh = (report: WorkbookReport) =>
    act(report.key, `“${report.title}” was not refreshed`, async () => {
      const file = await fetchReportFile(api, report.source);
      const placed = await sheets.refresh(report.key, file.blob);
      return { title: report.title, sheetNames: placed.sheetNames, refreshed: true };
    });
  const download = (chosen: ChosenReport) =>
    act('download', 'The report could not be downloaded', async () => {
      const file = await fetchReportFile(api, chosen.source);
      saveFile(file.blob, file.fileName);
      return null;
    });

  return {
    supported,
    reports,
    busy,
    outcome,
    error,
    failed,
    dismissError: () => setError(null),
    insert,
    refresh,
    download,
  };
}
