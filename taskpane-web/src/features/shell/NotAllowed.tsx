import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Role } from '../../api';
import { titleCase } from '../../ui/format';
import { LinkButton } from '../../ui/LinkButton';
import { HOME } from '../../routes';

const ROLE_NAMES: Record<Role, string> = { viewer: 'viewers', user: 'users', admin: 'administrators' };

/** Said where a link leads to a page the user's role does not reach, instead of quietly going elsewhere. */
export function NotAllowed({ role, needed }: { role: Role; needed: Role }) {
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>Not allowed</MessageBarTitle>
        {`This page is for ${ROLE_NAMES[needed]}${needed === 'admin' ? '' : ' and administrators'}; your role is ${titleCase(role)}. Ask an administrator if you need it.`}
      </MessageBarBody>
      <MessageBarActions>
        <LinkButton to={HOME}>Go to the dashboard</LinkButton>
      </MessageBarActions>
    </MessageBar>
  );
}
