import { useLinkStyles } from './linkStyles';

/** A phone number as people write it, which dials the stored E.164 number. */
export function PhoneLink({ phone, display }: { phone: string; display?: string | null }) {
  const styles = useLinkStyles();
  return (
    <a href={`tel:${phone}`} className={styles.link}>
      {display || phone}
    </a>
  );
}
