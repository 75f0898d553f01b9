import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Tab,
  TabList,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useApi, type AddedMembers, type Campaign, type ContactSummary, type MemberFilter } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { AddByFilter } from './AddByFilter';
import { AddBySearch } from './AddBySearch';

const useStyles = makeStyles({
  surface: { maxWidth: '600px', width: 'calc(100vw - 32px)' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minHeight: '260px' },
});

export interface AddMembersDialogProps {
  campaign: Campaign;
  onClose: () => void;
  onAdded: (result: AddedMembers) => void;
}

type Mode = 'search' | 'filter';

/** Adds contacts picked by search, or every contact a filter takes. */
export function AddMembersDialog({ campaign, onClose, onAdded }: AddMembersDialogProps) {
  const styles = useStyles();
  const api = useApi();
  const [mode, setMode] = useState<Mode>('search');
  const [picked, setPicked] = useState<ContactSummary[]>([]);
  const [filter, setFilter] = useState<MemberFilter>({});
  const [matching, setMatching] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const add = async () => {
    setBusy(true);
    setError(null);
    try {
      const result =
        mode === 'search'
          ? await api.campaigns.addContacts(
              campaign.id,
              picked.map((c) => c.id),
            )
          : await api.campaigns.addByFilter(campaign.id, filter);
      onAdded(result);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const ready = mode === 'search' ? picked.length > 0 : (matching ?? 0) > 0;
  const label =
    mode === 'filter'
      ? 'Add matching contacts'
      : picked.length === 0
        ? 'Add contacts'
        : `Add ${picked.length} ${picked.length === 1 ? 'contact' : 'contacts'}`;
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{`Add members to ${campaign.name}`}</DialogTitle>
          <DialogContent className={styles.content}>
            <TabList
              selectedValue={mode}
              onTabSelect={(_, data) => setMode(data.value as Mode)}
              aria-label="How to add members"
            >
              <Tab value="search">By search</Tab>
              <Tab value="filter">By filter</Tab>
            </TabList>
            <ErrorBar error={error} />
            {mode === 'search' ? (
              <AddBySearch picked={picked} onChange={setPicked} />
            ) : (
              <AddByFilter value={filter} onChange={setFilter} onCount={setMatching} />
            )}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>Cancel</Button>
            <Button appearance="primary" disabled={!ready || busy} onClick={() => void add()}>
              {busy ? 'Adding…' : label}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
