import { useCallback, useEffect, useState } from 'react';
import { useApi, type SheetLink } from '../../api';
import type { WorkbookInfo } from '../../office/excel';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The link of the active sheet, if an earlier import linked it (matched by workbook and sheet name, as the service does). */
export function useSheetLink(workbook: WorkbookInfo | null) {
  const api = useApi();
  const [link, setLink] = useState<SheetLink | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  const workbookName = workbook?.workbookName ?? null;
  const sheetName = workbook?.sheetName ?? null;

  useEffect(() => {
    if (!workbookName || !sheetName) return;
    const controller = new AbortController();
    api.imports.links(controller.signal).then(
      (links) => {
        setError(null);
        setLink(
          links.find(
            (candidate) => same(candidate.workbookName, workbookName) && same(candidate.sheetName, sheetName),
          ) ?? null,
        );
      },
      (failure: unknown) => !controller.signal.aborted && setError(failure),
    );
    return () => controller.abort();
  }, [api, workbookName, sheetName, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { link, error, reload };
}
