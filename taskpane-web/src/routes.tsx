import { PeopleRegular } from '@fluentui/react-icons';
import { lazy } from 'react';
import { crmRoutes, dashboardRoutes } from './features/sections';
import type { AppRoute } from './lib/appRoute';
import { Loading } from './ui/Loading';

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
