import { InfoLabel, Text } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Definitions } from '../api';
import { formatRate } from './numbers';

export interface DefinedTermProps {
  children: ReactNode;
  /** The definition in the service's words; without one the term is plain text. */
  definition?: string | null;
}

/**
 * A figure's name with its definition behind an info button (Fluent InfoLabel). The words are those of the API's
 * `definitions`, so that every screen explains a rate exactly as the service computes it.
 */
export function DefinedTerm({ children, definition }: DefinedTermProps) {
  if (!definition) return <Text>{children}</Text>;
  return <InfoLabel info={definition}>{children}</InfoLabel>;
}

export { formatRate };

/** The definition behind a response rate, with the drafts rule when the figure may be a draft's. */
export function rateDefinition(
  definitions: Definitions | null | undefined,
  which: 'responseRate' | 'conversionRate',
  withDrafts = false,
): string | undefined {
  if (!definitions) return undefined;
  return withDrafts ? `${definitions[which]} ${definitions.drafts}` : definitions[which];
}
