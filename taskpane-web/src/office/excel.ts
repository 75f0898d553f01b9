/** The only module that touches the `Excel` global. */

export interface WorkbookInfo {
  /** The file name, or null while the workbook has never been saved. */
  workbookName: string | null;
  sheetName: string;
}

/** The workbook's name and the active sheet's, for the Excel pane's header. */
export async function readWorkbookInfo(): Promise<WorkbookInfo> {
  if (typeof Excel === 'undefined' || typeof Excel.run !== 'function') {
    throw new Error('Excel is not available here.');
  }
  try {
    return await Excel.run(async (context) => {
      const workbook = context.workbook;
      const sheet = workbook.worksheets.getActiveWorksheet();
      workbook.load('name');
      sheet.load('name');
      await context.sync();
      return { workbookName: workbook.name?.trim() || null, sheetName: sheet.name };
    });
  } catch (error) {
    throw new Error(`Excel could not tell the workbook's name: ${error instanceof Error ? error.message : String(error)}`);
  }
}
