import { describe, expect, it } from 'vitest';
import { fileRefusal } from './fileChecks';

function file(name: string, text = 'x'): File {
  return new File([text], name);
}

describe('files the import accepts', () => {
  it('takes LibreOffice’s .ods beside the other spreadsheets and vCards, whatever the case of the name', () => {
    for (const name of ['clients.ods', 'CLIENTS.ODS', 'a.csv', 'a.xlsx', 'a.xls', 'a.vcf']) {
      expect(fileRefusal(file(name)), name).toBeNull();
    }
  });

  it('names the kinds it takes when refusing another', () => {
    expect(fileRefusal(file('letter.odt'))).toBe(
      '“letter.odt” is not a file Steward can import. Choose a .csv, .xlsx, .xls, .ods (LibreOffice) or .vcf (vCard) file.',
    );
    expect(fileRefusal(file('empty.ods', ''))).toBe('“empty.ods” is empty.');
  });
});
