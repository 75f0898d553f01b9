import { Link, Text } from '@fluentui/react-components';
import { useSession } from '../../lib/SessionContext';
import { usePaneStyles } from './paneStyles';

/** Who is signed in, for which firm, and the way to the full app. */
export function AccountCard() {
  const styles = usePaneStyles();
  const { me } = useSession();
  return (
    <section className={styles.card} aria-label="Your Steward account">
      <dl className={styles.facts}>
        <dt className={styles.term}>Signed in as</dt>
        <dd className={styles.value}>
          {me.user.fullName} ({me.user.email})
        </dd>
        <dt className={styles.term}>Firm</dt>
        <dd className={styles.value}>{me.firm.name}</dd>
      </dl>
      <Text>
        <Link href={`${window.location.origin}/`} target="_blank" rel="noreferrer">
          Open Steward in the browser
        </Link>
      </Text>
    </section>
  );
}
