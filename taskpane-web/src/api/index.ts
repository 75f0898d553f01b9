export { ApiClient, type ApiClientOptions, type Query, type RequestOptions } from './client';
export { ApiError, describeError, type ProblemDetails } from './errors';
export { bearerTokens, cookieTokens, type BearerSource, type TokenProvider } from './tokens';
export { ApiProvider, createApi, useApi, type Api } from './ApiContext';
export type * from './types';
export { CONTACT_TYPES } from './types';
export type { ContactQuery } from './contacts';
export type * from './mail';
