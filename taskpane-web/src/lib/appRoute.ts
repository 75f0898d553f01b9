import type { FluentIcon } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { Role } from '../api';
import type { Params } from './router';

/**
 * Every page of the web face. A new section (campaigns, dashboard, admin) adds its routes here; entries with `nav`
 * appear in the navigation, in this order, for users whose role reaches `minRole`.
 */
export interface AppRoute {
  /** A path pattern such as '/contacts/:id'; the first matching entry wins. */
  path: string;
  /** The navigation entry this page belongs to (highlighted while it is open). */
  section: string;
  minRole: Role;
  nav?: { label: string; icon: FluentIcon };
  render: (params: Params) => ReactNode;
}
