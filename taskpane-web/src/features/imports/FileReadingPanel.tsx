import {
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowSyncRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { ENCODINGS, type ImportJob, type UploadChoices } from '../../api';
import { formatCount } from '../../ui/format';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'flex-end', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  facts: { color: tokens.colorNeutralForeground2 },
  narrow: { width: '96px' },
});

export interface FileReadingPanelProps {
  job: ImportJob;
  /** Reads the same file again with the user's choices; absent when the file is no longer at hand. */
  onReread?: (choices: UploadChoices) => void;
  busy?: boolean;
}

function sheetLabel(sheet: { name: string; rows: number; hidden: boolean }): string {
  const facts = [sheet.rows > 0 ? `${formatCount(sheet.rows)} rows` : null, sheet.hidden ? 'hidden' : null].filter(
    Boolean,
  );
  return facts.length > 0 ? `${sheet.name} (${facts.join(', ')})` : sheet.name;
}

/** How the file was read (encoding, header row, sheet) and, while the file is at hand, a way to read it otherwise. */
export function FileReadingPanel({ job, onReread, busy }: FileReadingPanelProps) {
  const styles = useStyles();
  const reading = job.reading;
  const chosenSheet = reading?.sheets.find((sheet) => sheet.chosen)?.name ?? job.sheetName ?? '';
  const [encoding, setEncoding] = useState(reading?.encoding ?? '');
  const [headerRow, setHeaderRow] = useState(String(job.headerRow));
  const [sheet, setSheet] = useState(chosenSheet);
  if (!reading) return null;

  const headerRowNumber = Number.parseInt(headerRow, 10);
  const choices = (): UploadChoices => ({
    encoding: reading.encoding && encoding !== reading.encoding ? encoding : undefined,
    headerRow:
      Number.isInteger(headerRowNumber) && headerRowNumber >= 1 && headerRowNumber !== job.headerRow
        ? headerRowNumber
        : undefined,
    sheet: reading.sheets.length > 1 && sheet !== chosenSheet ? sheet : undefined,
  });
  const changed = Object.values(choices()).some((value) => value !== undefined);

  return (
    <section className={styles.root} aria-label="How the file was read">
      {reading.encodingNote && (
        <MessageBar intent={reading.encodingClean ? 'info' : 'warning'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {reading.encodingClean ? 'Encoding' : 'Some characters could not be read'}
            </MessageBarTitle>
            {reading.encodingNote}
          </MessageBarBody>
        </MessageBar>
      )}
      <Text size={200} className={styles.facts}>
        {[
          reading.sheets.length > 1 ? `Sheet “${chosenSheet}” of ${reading.sheets.length}` : null,
          reading.encoding ? `Read as ${reading.encoding}` : null,
          `Column names in row ${job.headerRow}${reading.headerRowDetected ? ' (found by their content)' : ' (as you chose)'}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {onReread && (
        <div className={styles.row}>
          {reading.sheets.length > 1 && (
            <Field label="Sheet">
              <Dropdown
                aria-label="Sheet to import"
                value={sheetLabel(reading.sheets.find((candidate) => candidate.name === sheet) ?? reading.sheets[0]!)}
                selectedOptions={[sheet]}
                onOptionSelect={(_, data) => data.optionValue && setSheet(data.optionValue)}
              >
                {reading.sheets.map((candidate) => (
                  <Option key={candidate.name} value={candidate.name} text={sheetLabel(candidate)}>
                    {sheetLabel(candidate)}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          )}
          {reading.encoding && (
            <Field label="Encoding">
              <Dropdown
                aria-label="Encoding of the file"
                value={encoding}
                selectedOptions={[encoding]}
                onOptionSelect={(_, data) => data.optionValue && setEncoding(data.optionValue)}
              >
                {ENCODINGS.map((name) => (
                  <Option key={name} value={name}>
                    {name}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          )}
          <Field label="Row of column names">
            <Input
              className={styles.narrow}
              aria-label="Row of column names"
              type="number"
              min={1}
              value={headerRow}
              onChange={(_, data) => setHeaderRow(data.value)}
            />
          </Field>
          <Button icon={<ArrowSyncRegular />} disabled={busy || !changed} onClick={() => onReread(choices())}>
            Read the file again
          </Button>
        </div>
      )}
    </section>
  );
}
