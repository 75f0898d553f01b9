import { Button, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useId, useState, type FormEvent } from 'react';
import type { Page } from '../api';
import { formatCount } from './format';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'flex-end',
    gap: tokens.spacingHorizontalXS,
    flexWrap: 'wrap',
  },
  numbers: {
    display: 'flex',
    gap: tokens.spacingHorizontalXXS,
    listStyle: 'none',
    margin: 0,
    padding: 0,
    flexWrap: 'wrap',
  },
  number: { minWidth: '32px' },
  jump: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  jumpInput: { width: '72px' },
});

/** The page numbers to offer: the first, the last (when known), and the neighbours of the current one; null is a gap. */
export function pageNumbers(current: number, lastKnown: number | null, hasNext: boolean): (number | null)[] {
  const last = lastKnown ?? (hasNext ? current + 1 : current);
  const wanted = new Set([0, current - 1, current, current + 1, last].filter((n) => n >= 0 && n <= last));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, i) => {
    const previous = sorted[i - 1];
    if (previous !== undefined && n - previous > 1) out.push(n - previous === 2 ? previous + 1 : null);
    out.push(n);
  });
  return out;
}

/** "26–50 of 1,000+", previous and next, the page numbers around this one, and a jump to any page of a long list. */
export function Pager({ page, onPage }: { page: Page<unknown>; onPage: (index: number) => void }) {
  const styles = useStyles();
  const jumpId = useId();
  const [jump, setJump] = useState('');
  const first = page.items.length === 0 ? 0 : page.page * page.size + 1;
  const last = page.page * page.size + page.items.length;
  const total = `${formatCount(page.totalElements)}${page.totalCapped ? '+' : ''}`;
  const hasNext = page.totalCapped ? page.items.length === page.size : page.page + 1 < page.totalPages;
  const lastKnown = page.totalCapped ? null : Math.max(page.totalPages - 1, 0);
  const numbers = pageNumbers(page.page, lastKnown, hasNext);
  const submitJump = (event: FormEvent) => {
    event.preventDefault();
    const wanted = Number.parseInt(jump, 10);
    if (!Number.isFinite(wanted)) return;
    onPage(Math.min(Math.max(wanted, 1), (lastKnown ?? wanted - 1) + 1) - 1);
    setJump('');
  };
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
      {numbers.length > 1 && (
        <ul className={styles.numbers}>
          {numbers.map((n, i) =>
            n === null ? (
              <li key={`gap-${i}`} aria-hidden>
                …
              </li>
            ) : (
              <li key={n}>
                <Button
                  className={styles.number}
                  appearance={n === page.page ? 'primary' : 'subtle'}
                  aria-label={`Page ${n + 1}`}
                  aria-current={n === page.page ? 'page' : undefined}
                  onClick={() => n !== page.page && onPage(n)}
                >
                  {n + 1}
                </Button>
              </li>
            ),
          )}
        </ul>
      )}
      <Button
        icon={<ChevronRightRegular />}
        aria-label="Next page"
        disabled={!hasNext}
        onClick={() => onPage(page.page + 1)}
      />
      {(lastKnown === null || lastKnown > 5) && (
        <form className={styles.jump} onSubmit={submitJump}>
          <label htmlFor={jumpId}>Go to page</label>
          <Input
            id={jumpId}
            className={styles.jumpInput}
            type="number"
            min={1}
            max={lastKnown === null ? undefined : lastKnown + 1}
            value={jump}
            onChange={(_, data) => setJump(data.value)}
          />
        </form>
      )}
    </nav>
  );
}
