import {
  Button,
  Dropdown,
  Field,
  makeStyles,
  Option,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { NoteEditRegular, NoteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { RESPONSE_STATUSES, type Member, type ResponseStatus } from '../../api';
import { contactName, STATUS_LABELS } from '../../lib/contactLabels';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  dropdown: { minWidth: '150px' },
  surface: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    width: 'min(320px, calc(100vw - 32px))',
  },
  actions: { display: 'flex', justifyContent: 'flex-end', gap: tokens.spacingHorizontalS },
});

export interface MemberStatusProps {
  member: Member;
  busy: boolean;
  onRespond: (status: ResponseStatus, notes: string | null) => void;
}

/** The member's response as a dropdown that saves on choice, and their notes behind a small button. */
export function MemberStatus({ member, busy, onRespond }: MemberStatusProps) {
  const styles = useStyles();
  const name = contactName(member.contact);
  const [open, setOpen] = useState(false);
  const [notes, setNotes] = useState(member.notes ?? '');
  return (
    <span className={styles.root}>
      <Dropdown
        className={styles.dropdown}
        size="small"
        aria-label={`Response of ${name}`}
        disabled={busy}
        value={STATUS_LABELS[member.status]}
        selectedOptions={[member.status]}
        onOptionSelect={(_, data) => {
          const next = data.optionValue as ResponseStatus | undefined;
          if (next && next !== member.status) onRespond(next, member.notes ?? null);
        }}
      >
        {RESPONSE_STATUSES.map((status) => (
          <Option key={status} value={status}>
            {STATUS_LABELS[status]}
          </Option>
        ))}
      </Dropdown>
      <Popover
        open={open}
        trapFocus
        onOpenChange={(_, data) => {
          setOpen(data.open);
          if (data.open) setNotes(member.notes ?? '');
        }}
      >
        <PopoverTrigger disableButtonEnhancement>
          <Button
            size="small"
            appearance="subtle"
            icon={member.notes ? <NoteEditRegular /> : <NoteRegular />}
            aria-label={member.notes ? `Notes on ${name}: ${member.notes}` : `Add notes on ${name}`}
          />
        </PopoverTrigger>
        <PopoverSurface className={styles.surface} aria-label={`Notes on ${name}`}>
          <Field label="Notes">
            <Textarea value={notes} onChange={(_, d) => setNotes(d.value)} resize="vertical" />
          </Field>
          <div className={styles.actions}>
            <Button onClick={() => setOpen(false)}>Cancel</Button>
            <Button
              appearance="primary"
              onClick={() => {
                onRespond(member.status, notes.trim() || null);
                setOpen(false);
              }}
            >
              Save notes
            </Button>
          </div>
        </PopoverSurface>
      </Popover>
    </span>
  );
}
