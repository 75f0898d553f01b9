import { describe, expect, it } from 'vitest';
import { asCellText, cellValue, startsLikeFormula } from './cellText';
import { installExcelGrid } from '../test/excelGrid';
import { addRejectedRowsSheet, writeRowValues } from './excel';

const FORMULA_LIKE = ['=HYPERLINK("http://x","y")', '@SUM(1)', '-2+3', '+1', '\tTabbed', '\rReturned'];

describe('cell text from users', () => {
  it('tells text that a spreadsheet would read as a formula, as the service does', () => {
    expect(FORMULA_LIKE.every(startsLikeFormula)).toBe(true);
    expect(['Ada', '', ' =1', '1+1', 'ada@example.com', '{"a":1}', '\nline'].some(startsLikeFormula)).toBe(false);
  });

  it('writes such text, and text Excel would turn into a number or a date, with the text prefix', () => {
    expect(FORMULA_LIKE.map(asCellText)).toEqual(FORMULA_LIKE.map((text) => `'${text}`));
    expect(['02134', '1/2', '3.50', 'Ann', '', null, undefined].map(asCellText)).toEqual([
      "'02134",
      "'1/2",
      "'3.50",
      'Ann',
      '',
      '',
      '',
    ]);
  });

  it('decides by the value type: numbers and booleans stay as they are, the text "-2" becomes text', () => {
    expect(cellValue(-2)).toBe(-2);
    expect(cellValue(0)).toBe(0);
    expect(cellValue(true)).toBe(true);
    expect(cellValue('-2')).toBe("'-2");
    expect(cellValue('-2+3')).toBe("'-2+3");
    expect(cellValue(null)).toBe('');
  });

  it('keeps every formula-like value as text in a refreshed sheet and in the rejected rows sheet', async () => {
    const excel = installExcelGrid({
      rows: [
        ['Name', 'Phone'],
        ['Old', ''],
        ['Old', ''],
        ['Old', ''],
        ['Old', ''],
      ],
    });
    await writeRowValues(
      1,
      [
        { header: 'Name', field: 'name' },
        { header: 'Phone', field: 'phone' },
      ],
      FORMULA_LIKE.slice(0, 4).map((name, i) => ({ rowNumber: i + 2, values: { name, phone: '-2+3' } })),
    );
    expect(
      excel
        .text()
        .slice(1)
        .map((row) => row[0]),
    ).toEqual(FORMULA_LIKE.slice(0, 4));
    for (let row = 1; row <= 4; row++) {
      expect([excel.cell(row, 0).formula, excel.cell(row, 1).formula]).toEqual([undefined, undefined]);
    }

    await addRejectedRowsSheet(
      ['Name'],
      FORMULA_LIKE.map((name, i) => ({ rowNumber: i + 2, reason: '-bad', cells: [name] })),
    );
    const sheet = excel.text('Rejected rows');
    expect(sheet.slice(1).map((row) => row[1])).toEqual(FORMULA_LIKE);
    expect(sheet.slice(1).map((row) => row[2])).toEqual(FORMULA_LIKE.map(() => '-bad'));
    FORMULA_LIKE.forEach((_, i) => expect(excel.cell(i + 1, 1, 'Rejected rows').formula).toBeUndefined());
  });
});
