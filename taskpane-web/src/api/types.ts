/**
 * The service's DTOs, as the app reads them: the generated schemas of its OpenAPI document (`schema.ts`, made by
 * `npm run api:types` from `openapi.json`), under the names the app uses. Only shapes the app adds are written here.
 */
import { contactViewTypeValues, type components } from './schema';

type Schemas = components['schemas'];

export type Role = Schemas['UserView']['role'];
export type ContactType = Schemas['ContactView']['type'];
export const CONTACT_TYPES: readonly ContactType[] = contactViewTypeValues;

/** One page of a list; `items` are of the list's own type. */
export type Page<T> = Omit<Schemas['PageResultContactSummary'], 'items'> & { items: T[] };

export type MicrosoftConfig = Schemas['Microsoft'];
export type PublicConfig = Schemas['PublicConfig'];
/** A user, with what an admin sees of them (last sign-in, lock, creation). */
export type UserView = Schemas['UserView'];
export type Me = Schemas['Me'];
export type LoginRequest = Schemas['LoginRequest'];
export type MfaSetup = Schemas['MfaSetup'];
export type ContactSummary = Schemas['ContactSummary'];

/** The rules a contact's fields must meet (sizes, email syntax, per-type names), for the form's hints. */
export type ContactRules = Schemas['ContactRulesView'];
export type OtherEmail = Schemas['OtherEmail'];
export type OtherPhone = Schemas['OtherPhone'];
/** What a user edits of a contact. */
export type ContactFields = Omit<ContactRequest, 'version'>;
export type Contact = Schemas['ContactView'];
/** A live contact that may be the same as another, and what they share. */
export type PossibleDuplicate = Schemas['PossibleDuplicate'];

export type MergeSide = 'survivor' | 'duplicate';

/** Both contacts side by side, the fields they fill differently, and what would move from the duplicate. */
export type MergePreview = Schemas['MergePreview'];
export type MergeResult = Schemas['MergeResult'];
export type UndoneMerge = Schemas['UndoneMerge'];
/** Left out of a request, the further emails and phones stay as they are. */
export type ContactRequest = Schemas['ContactRequest'];
export type TagCount = Schemas['TagCount'];
export type RelationshipType = Schemas['RelationshipView']['type'];
export type Relationship = Schemas['RelationshipView'];
export type ResponseStatus = Schemas['MemberView']['status'];
export type Membership = Schemas['Membership'];
