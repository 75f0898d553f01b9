import { OfficeMockObject } from 'office-addin-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { uninstallOffice } from '../test/officeMock';
import { readWorkbookInfo } from './excel';

const globals = globalThis as { Excel?: unknown };

function installExcel(workbookName: string) {
  globals.Excel = new OfficeMockObject({
    host: 'excel',
    context: {
      workbook: {
        name: workbookName,
        worksheets: {
          active: { name: 'Clients' },
          getActiveWorksheet() {
            return (this as { active: unknown }).active;
          },
        },
      },
    },
    run: async function (this: { context: unknown }, callback: (context: unknown) => Promise<unknown>) {
      return callback(this.context);
    },
  });
}

afterEach(uninstallOffice);

describe('the Excel adapter', () => {
  it('reads the workbook and the active sheet', async () => {
    installExcel('Clients 2026.xlsx');
    await expect(readWorkbookInfo()).resolves.toEqual({ workbookName: 'Clients 2026.xlsx', sheetName: 'Clients' });
  });

  it('calls a never-saved workbook unnamed', async () => {
    installExcel('');
    await expect(readWorkbookInfo()).resolves.toMatchObject({ workbookName: null });
  });

  it('rejects in words when Excel fails', async () => {
    globals.Excel = new OfficeMockObject({
      host: 'excel',
      run: async () => {
        throw new Error('RichApi.Error: the workbook is busy');
      },
    });
    await expect(readWorkbookInfo()).rejects.toThrow("Excel could not tell the workbook's name: RichApi.Error: the workbook is busy");
  });

  it('rejects outside Excel', async () => {
    await expect(readWorkbookInfo()).rejects.toThrow('Excel is not available here.');
  });
});
