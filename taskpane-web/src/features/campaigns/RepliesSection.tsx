import {
  Badge,
  Button,
  Link as FluentLink,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { ArrowUndoRegular, OpenRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useState } from 'react';
import { useApi, type CampaignReply, type MatchedBy } from '../../api';
import { ErrorBar } from '../../ui/ErrorBar';
import { formatMoment } from '../../ui/numbers';
import { listRow, listRowMain, stackedList } from '../../ui/listStyles';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  list: stackedList(tokens.spacingVerticalXS),
  item: listRow,
  who: listRowMain,
  meta: { color: tokens.colorNeutralForeground2 },
});

export const MATCHED_BY_LABELS: Record<MatchedBy, string> = {
  conversation: 'In the campaign mail’s conversation',
  in_reply_to: 'Answers the campaign mail',
  sender: 'Matched by sender',
};

export interface RepliesSectionProps {
  campaignId: string;
  canEdit: boolean;
  /** Called after an undo, since the member's response changed. */
  onChanged: () => void;
}

/** The replies the mailbox sync found for this campaign, with a link to each message and Undo for sender matches. */
export function RepliesSection({ campaignId, canEdit, onChanged }: RepliesSectionProps) {
  const styles = useStyles();
  const api = useApi();
  const [replies, setReplies] = useState<CampaignReply[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [undone, setUndone] = useState<CampaignReply | null>(null);

  const load = useCallback(() => api.replies.ofCampaign(campaignId).then(setReplies, setError), [api, campaignId]);
  useEffect(() => {
    void load();
  }, [load]);

  const undo = async (reply: CampaignReply) => {
    setBusy(reply.id);
    setError(null);
    setUndone(null);
    try {
      const result = await api.replies.undo(campaignId, reply.id);
      setReplies((current) => current?.map((r) => (r.id === result.id ? result : r)) ?? null);
      setUndone(result);
      onChanged();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="campaign-replies">
      <h2 id="campaign-replies" className={styles.heading}>
        Replies found in mailboxes
      </h2>
      <ErrorBar error={error} onDismiss={() => setError(null)} />
      {undone && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{`${undone.contactName ?? 'The member'} is pending again; the email stays on their timeline.`}</MessageBarBody>
        </MessageBar>
      )}
      {!replies && !error && <Spinner size="small" label="Loading replies…" />}
      {replies?.length === 0 && (
        <Text className={styles.meta}>
          No replies found yet. Replies appear here once a mailbox the firm reads receives them.
        </Text>
      )}
      {replies && replies.length > 0 && (
        <ul className={styles.list} aria-label="Replies">
          {replies.map((reply) => (
            <li
              key={reply.id}
              className={styles.item}
              aria-label={`Reply from ${reply.contactName ?? reply.sender ?? 'a member'}`}
            >
              <div className={styles.who}>
                <Text weight="semibold">{reply.contactName ?? reply.sender}</Text>
                <Text
                  className={styles.meta}
                >{`${formatMoment(reply.receivedAt)} · ${reply.subject ?? '(no subject)'}`}</Text>
              </div>
              <Badge appearance="tint" color={reply.matchedBy === 'sender' ? 'warning' : 'success'}>
                {MATCHED_BY_LABELS[reply.matchedBy]}
              </Badge>
              {reply.undoneAt && (
                <Badge appearance="outline" color="subtle">
                  Undone
                </Badge>
              )}
              {reply.webLink && (
                <FluentLink href={reply.webLink} target="_blank" rel="noopener noreferrer">
                  <OpenRegular aria-hidden /> Open in Outlook
                </FluentLink>
              )}
              {canEdit && reply.matchedBy === 'sender' && !reply.undoneAt && (
                <Button
                  size="small"
                  icon={<ArrowUndoRegular />}
                  disabled={busy === reply.id}
                  onClick={() => void undo(reply)}
                >
                  Undo
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
