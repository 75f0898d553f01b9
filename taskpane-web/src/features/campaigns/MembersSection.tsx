import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { type AddedMembers, type Campaign, type Member, type ResponseStatus } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { formatCount } from '../../ui/format';
import { useNarrow } from '../../ui/hooks';
import { useLinkStyles } from '../../ui/linkStyles';
import { contactName, STATUS_LABELS } from '../../lib/contactLabels';
import { Pager } from '../../ui/Pager';
import { Link } from '../../lib/router';
import { AddMembersDialog } from './AddMembersDialog';
import { MembersList } from './MembersList';
import { MembersToolbar } from './MembersToolbar';
import { MemberStatus } from './MemberStatus';
import { useMemberActions } from './useMemberActions';
import { useMembers } from './useMembers';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface MembersSectionProps {
  campaign: Campaign;
  canEdit: boolean;
  onChanged: () => void;
}

/** Why the page of members is empty: none at the status picked, or none at all yet. */
function noMembersLine(status: ResponseStatus | '', canEdit: boolean): string {
  if (status) return `No member is ${STATUS_LABELS[status].toLowerCase()}.`;
  return canEdit ? 'No members yet. Add them by search or by filter.' : 'No members yet.';
}

/** The campaign's members: filter by status, page, change a response inline, add and remove members. */
export function MembersSection({ campaign, canEdit, onChanged }: MembersSectionProps) {
  const styles = useStyles();
  const links = useLinkStyles();
  const narrow = useNarrow();
  const [status, setStatus] = useState<ResponseStatus | ''>('');
  const [pageIndex, setPageIndex] = useState(0);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<AddedMembers | null>(null);
  const members = useMembers(campaign.id, status, pageIndex);
  const { busy, error, setError, respond, remove } = useMemberActions(campaign.id, members, onChanged);

  const name = (member: Member) => (
    <Link className={links.link} to={`/contacts/${member.contact.id}`}>
      {contactName(member.contact)}
    </Link>
  );
  const statusControl = (member: Member) =>
    canEdit ? (
      <MemberStatus
        member={member}
        busy={busy === member.contact.id}
        onRespond={(next, notes) => void respond(member, next, notes)}
      />
    ) : (
      <Badge appearance="tint">{STATUS_LABELS[member.status]}</Badge>
    );
  const removeButton = (member: Member) =>
    canEdit && (
      <Button
        size="small"
        appearance="subtle"
        icon={<DeleteRegular />}
        aria-label={`Remove ${contactName(member.contact)} from the campaign`}
        onClick={() => void remove(member)}
      />
    );
  const items = members.page?.items ?? [];

  return (
    <section className={styles.root} aria-labelledby="members-heading">
      <MembersToolbar
        campaign={campaign}
        canEdit={canEdit}
        status={status}
        onStatus={(next) => {
          setStatus(next);
          setPageIndex(0);
        }}
        onError={setError}
        onAdd={() => setAdding(true)}
      />
      {added && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{`${formatCount(added.added)} added; ${formatCount(added.alreadyMembers)} were members already.`}</MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={error} onDismiss={() => setError(null)} />
      <ErrorBar
        error={members.error}
        title="Members could not be loaded"
        actions={<Button onClick={members.reload}>Try again</Button>}
      />
      {!members.page && !members.error && <Spinner size="tiny" label="Loading members…" />}
      {members.page && items.length === 0 && <Text>{noMembersLine(status, canEdit)}</Text>}
      {items.length > 0 && (
        <MembersList
          members={items}
          narrow={narrow}
          canEdit={canEdit}
          name={name}
          statusControl={statusControl}
          removeButton={removeButton}
        />
      )}
      {members.page && members.page.totalElements > 0 && <Pager page={members.page} onPage={setPageIndex} />}
      {adding && (
        <AddMembersDialog
          campaign={campaign}
          onClose={() => setAdding(false)}
          onAdded={(result) => {
            setAdding(false);
            setAdded(result);
            members.reload();
            onChanged();
          }}
        />
      )}
    </section>
  );
}
