import { Button, makeStyles, mergeClasses, shorthands, Spinner, Text, tokens } from '@fluentui/react-components';
import { ArrowUploadRegular, DocumentTableRegular } from '@fluentui/react-icons';
import { useRef, useState, type DragEvent } from 'react';
import { ACCEPTED_EXTENSIONS } from './fileChecks';

const useStyles = makeStyles({
  zone: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    textAlign: 'center',
  },
  over: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  icon: { fontSize: '40px', color: tokens.colorBrandForeground1 },
  hint: { color: tokens.colorNeutralForeground2 },
  input: { display: 'none' },
});

export interface FileDropProps {
  onFile: (file: File) => void;
  uploading: boolean;
}

/** A drop zone with a file picker for one .csv, .xlsx, .xls, .ods or .vcf file. */
export function FileDrop({ onFile, uploading }: FileDropProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !uploading) onFile(file);
  };

  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      data-testid="import-drop-zone"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      {uploading ? (
        <Spinner label="Uploading and reading the file…" />
      ) : (
        <>
          <DocumentTableRegular className={styles.icon} aria-hidden />
          <Text weight="semibold">Drop a spreadsheet here</Text>
          <Text size={200} className={styles.hint}>
            .csv, .xlsx, .xls, .ods (LibreOffice) or .vcf (vCard), up to 100 MB. Exports of Outlook (in its languages),
            Google, Thunderbird, HubSpot, Salesforce, Zoho and LinkedIn are recognised.
          </Text>
          <Button appearance="primary" icon={<ArrowUploadRegular />} onClick={() => input.current?.click()}>
            Choose a file
          </Button>
        </>
      )}
      <input
        ref={input}
        className={styles.input}
        type="file"
        accept={ACCEPTED_EXTENSIONS.join(',')}
        aria-label="Spreadsheet to import"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ''; // the same file may be chosen again after a fix
          if (file) onFile(file);
        }}
      />
    </div>
  );
}
