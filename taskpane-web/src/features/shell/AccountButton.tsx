import { Avatar, Button, makeStyles, tokens } from '@fluentui/react-components';
import { forwardRef, type ButtonHTMLAttributes } from 'react';

const useStyles = makeStyles({
  button: { minWidth: 'auto', padding: tokens.spacingHorizontalXXS },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

export type AccountButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> & { fullName: string };

/**
 * The account button: the user's initials, named "Account: <full name>". The name is hidden text rather than an
 * aria-label, so that the initials one sees are not contradicted by a label that lacks them (axe
 * label-content-name-mismatch); the avatar itself is hidden from screen readers.
 */
export const AccountButton = forwardRef<HTMLButtonElement, AccountButtonProps>(function AccountButton(
  { fullName, className, ...props },
  ref,
) {
  const styles = useStyles();
  return (
    <Button
      ref={ref}
      appearance="subtle"
      {...props}
      className={className ? `${styles.button} ${className}` : styles.button}
    >
      <Avatar name={fullName} size={28} aria-hidden />
      <span className={styles.hidden}>Account: {fullName}</span>
    </Button>
  );
});
