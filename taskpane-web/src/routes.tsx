import { PeopleRegular, type FluentIcon } from '@fluentui/react-icons';
import type { ReactNode } from 'react';
import type { Role } from './api';
import { ContactsPage } from './features/contacts/ContactsPage';
import { TrashPage } from './features/contacts/TrashPage';
import { crmRoutes, dashboardRoutes } from './features/sections';
import type { Params } from './features/shell/router';

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

export const routes: readonly AppRoute[] = [
  ...dashboardRoutes,
  {
    path: '/contacts',
    section: 'contacts',
    minRole: 'viewer',
    nav: { label: 'Contacts', icon: PeopleRegular },
    render: () => <ContactsPage />,
  },
  { path: '/contacts/trash', section: 'contacts', minRole: 'viewer', render: () => <TrashPage /> },
  {
    path: '/contacts/:id',
    section: 'contacts',
    minRole: 'viewer',
    render: (params) => <ContactsPage selectedId={params.id} />,
  },
  ...crmRoutes,
];

/** Where "/" and unknown paths lead. */
export const HOME = '/dashboard';
