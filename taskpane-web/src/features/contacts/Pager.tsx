import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import type { Page } from '../../api';
import { formatCount } from '../../ui/format';

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', justifyContent: 'flex-end', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** "26–50 of 1,000+" with previous and next. */
export function Pager({ page, onPage }: { page: Page<unknown>; onPage: (index: number) => void }) {
  const styles = useStyles();
  const first = page.items.length === 0 ? 0 : page.page * page.size + 1;
  const last = page.page * page.size + page.items.length;
  const total = `${formatCount(page.totalElements)}${page.totalCapped ? '+' : ''}`;
  const hasNext = page.totalCapped ? page.items.length === page.size : page.page + 1 < page.totalPages;
  return (
    <nav className={styles.root} aria-label="Pages">
      <Text aria-live="polite">
        {first}–{last} of {total}
      </Text>
      <Button
        icon={<ChevronLeftRegular />}
        aria-label="Previous page"
        disabled={page.page === 0}
        onClick={() => onPage(page.page - 1)}
      />
      <Button icon={<ChevronRightRegular />} aria-label="Next page" disabled={!hasNext} onClick={() => onPage(page.page + 1)} />
    </nav>
  );
}
