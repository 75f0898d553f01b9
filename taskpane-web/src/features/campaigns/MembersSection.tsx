import {
  Badge,
  Button,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { DeleteRegular, PersonAddRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import {
  RESPONSE_STATUSES,
  useApi,
  type AddedMembers,
  type Campaign,
  type Member,
  type ResponseStatus,
} from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { ExportMenu } from '../../ui/ExportMenu';
import { formatCount } from '../../ui/format';
import { useNarrow } from '../../ui/hooks';
import { useLinkStyles } from '../../ui/linkStyles';
import { contactName, STATUS_LABELS } from '../../lib/contactLabels';
import { Pager } from '../../ui/Pager';
import { Link } from '../../lib/router';
import { AddMembersDialog } from './AddMembersDialog';
import { MembersList } from './MembersList';
import { MemberStatus } from './MemberStatus';
import { useMembers } from './useMembers';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  head: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  heading: { margin: 0, flexGrow: 1, fontSize: tokens.fontSizeBase400 },
});

export interface MembersSectionProps {
  campaign: Campaign;
  canEdit: boolean;
  onChanged: () => void;
}

/** The campaign's members: filter by status, page, change a response inline, add and remove members. */
export function MembersSection({ campaign, canEdit, onChanged }: MembersSectionProps) {
  const styles = useStyles();
  const links = useLinkStyles();
  const api = useApi();
  const narrow = useNarrow();
  const [status, setStatus] = useState<ResponseStatus | ''>('');
  const [pageIndex, setPageIndex] = useState(0);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<AddedMembers | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const members = useMembers(campaign.id, status, pageIndex);

  const act = async (member: Member, action: () => Promise<void>) => {
    setBusy(member.contact.id);
    setError(null);
    try {
      await action();
      onChanged();
    } catch (failure) {
      setError(failure);
      members.reload();
    } finally {
      setBusy(null);
    }
  };
  const respond = (member: Member, next: ResponseStatus, notes: string | null) =>
    act(member, async () =>
      members.replace(await api.campaigns.respond(campaign.id, member.contact.id, next, notes, member.version)),
    );
  const remove = (member: Member) =>
    act(member, async () => {
      await api.campaigns.removeMember(campaign.id, member.contact.id);
      members.reload();
    });

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
      <div className={styles.head}>
        <h2 id="members-heading" className={styles.heading}>{`Members (${formatCount(campaign.members.total)})`}</h2>
        <Field label="Response">
          <Dropdown
            value={status ? STATUS_LABELS[status] : 'All responses'}
            selectedOptions={[status]}
            onOptionSelect={(_, data) => {
              setStatus((data.optionValue ?? '') as ResponseStatus | '');
              setPageIndex(0);
            }}
          >
            <Option value="">All responses</Option>
            {RESPONSE_STATUSES.map((s) => (
              <Option key={s} value={s}>
                {STATUS_LABELS[s]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <ExportMenu
          what="members"
          onError={setError}
          onExport={(format) => api.campaigns.exportMembers(campaign.id, format, status || undefined)}
        />
        {canEdit && (
          <Button icon={<PersonAddRegular />} onClick={() => setAdding(true)}>
            Add members
          </Button>
        )}
      </div>
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
      {members.page && items.length === 0 && (
        <Text>
          {status
            ? `No member is ${STATUS_LABELS[status].toLowerCase()}.`
            : canEdit
              ? 'No members yet. Add them by search or by filter.'
              : 'No members yet.'}
        </Text>
      )}
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
