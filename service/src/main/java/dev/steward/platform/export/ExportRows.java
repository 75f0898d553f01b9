package dev.steward.platform.export;

import java.util.function.Consumer;

/** Hands an export its rows one at a time, in order, without holding them all. */
@FunctionalInterface
public interface ExportRows<T> {

  /**
   * Calls {@code row} for each row, at most {@code limit} times.
   *
   * @param limit the most rows wanted; {@link Integer#MAX_VALUE} for all
   */
  void forEach(int limit, Consumer<? super T> row);
}
