import { Button, Dropdown, Field, makeStyles, Option, tokens } from '@fluentui/react-components';
import { PersonAddRegular } from '@fluentui/react-icons';
import { RESPONSE_STATUSES, useApi, type Campaign, type ResponseStatus } from '../../api';
import { ExportMenu } from '../../ui/ExportMenu';
import { formatCount } from '../../ui/format';
import { STATUS_LABELS } from '../../lib/contactLabels';

const useStyles = makeStyles({
  head: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  heading: { margin: 0, flexGrow: 1, fontSize: tokens.fontSizeBase400 },
});

export interface MembersToolbarProps {
  campaign: Campaign;
  canEdit: boolean;
  /** The response the members are filtered by; '' for all. */
  status: ResponseStatus | '';
  onStatus: (status: ResponseStatus | '') => void;
  /** Told of a failed export. */
  onError: (failure: unknown) => void;
  onAdd: () => void;
}

/** The members' heading with their count, the response filter, the export and (for editors) Add members. */
export function MembersToolbar({ campaign, canEdit, status, onStatus, onError, onAdd }: MembersToolbarProps) {
  const styles = useStyles();
  const api = useApi();
  return (
    <div className={styles.head}>
      <h2 id="members-heading" className={styles.heading}>{`Members (${formatCount(campaign.members.total)})`}</h2>
      <Field label="Response">
        <Dropdown
          value={status ? STATUS_LABELS[status] : 'All responses'}
          selectedOptions={[status]}
          onOptionSelect={(_, data) => onStatus((data.optionValue ?? '') as ResponseStatus | '')}
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
        onError={onError}
        onExport={(format) => api.campaigns.exportMembers(campaign.id, format, status || undefined)}
      />
      {canEdit && (
        <Button icon={<PersonAddRegular />} onClick={onAdd}>
          Add members
        </Button>
      )}
    </div>
  );
}
