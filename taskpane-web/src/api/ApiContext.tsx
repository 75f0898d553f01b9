import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { authApi, type AuthApi } from './auth';
import { campaignMailApi, type CampaignMailApi } from './campaignMail';
import type { ApiClient } from './client';
import { contactsApi, type ContactsApi } from './contacts';
import { crmApis, type CrmApis } from './crm';
import { importsApi, type ImportsApi } from './imports';
import { mailApi, type MailApi } from './mail';
import { repliesApi, type RepliesApi } from './replies';
import { reportsApi, type ReportsApi } from './reports';

/** The typed API, one group per feature; later features add their group here. */
export interface Api extends CrmApis {
  client: ApiClient;
  auth: AuthApi;
  contacts: ContactsApi;
  mail: MailApi;
  imports: ImportsApi;
  reports: ReportsApi;
  replies: RepliesApi;
  campaignMail: CampaignMailApi;
}

export function createApi(client: ApiClient): Api {
  return {
    client,
    auth: authApi(client),
    contacts: contactsApi(client),
    mail: mailApi(client),
    imports: importsApi(client),
    reports: reportsApi(client),
    replies: repliesApi(client),
    campaignMail: campaignMailApi(client),
    ...crmApis(client),
  };
}

const ApiContext = createContext<Api | null>(null);

export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  const api = useMemo(() => createApi(client), [client]);
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): Api {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi needs an ApiProvider');
  return api;
}
