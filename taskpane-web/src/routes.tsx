import { PeopleRegular, type FluentIcon } from '@fluentui/react-icons';
import { lazy, type ReactNode } from 'react';
import type { Role } from './api';
import { crmRoutes, dashboardRoutes, Loading } from './features/sections';
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

const ContactsPage = lazy(() => import('./features/contacts/ContactsPage').then((m) => ({ default: m.ContactsPage })));
const TrashPage = lazy(() => import('./features/contacts/TrashPage').then((m) => ({ default: m.TrashPage })));

export const routes: readonly AppRoute[] = [
  ...dashboardRoutes,
  {
    path: '/contacts',
    section: 'contacts',
    minRole: 'viewer',
    nav: { label: 'Contacts', icon: PeopleRegular },
    render: () => (
      <Loading>
        <ContactsPage />
      </Loading>
    ),
  },
  {
    path: '/contacts/trash',
    section: 'contacts',
    minRole: 'viewer',
    render: () => (
      <Loading>
        <TrashPage />
      </Loading>
    ),
  },
  {
    path: '/contacts/:id',
    section: 'contacts',
    minRole: 'viewer',
    render: (params) => (
      <Loading>
        <ContactsPage selectedId={params.id} />
      </Loading>
    ),
  },
  ...crmRoutes,
];

/** Where "/" and unknown paths lead. */
export const HOME = '/dashboard';
