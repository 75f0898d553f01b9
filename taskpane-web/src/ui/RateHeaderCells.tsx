import { TableHeaderCell } from '@fluentui/react-components';
import type { Definitions } from '../api';
import { DefinedTerm, rateDefinition } from './DefinedTerm';

/** The response and conversion rate columns' headers of a table of campaigns, each with its definition. */
export function RateHeaderCells({ definitions }: { definitions: Definitions | null | undefined }) {
  return (
    <>
      <TableHeaderCell>
        <DefinedTerm definition={rateDefinition(definitions, 'responseRate', true)}>Response rate</DefinedTerm>
      </TableHeaderCell>
      <TableHeaderCell>
        <DefinedTerm definition={rateDefinition(definitions, 'conversionRate', true)}>Conversion rate</DefinedTerm>
      </TableHeaderCell>
    </>
  );
}
