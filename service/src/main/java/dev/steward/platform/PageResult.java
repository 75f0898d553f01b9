package dev.steward.platform;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.NullMarked;

/**
 * One page of a list. {@code totalElements} is exact unless {@code totalCapped} is true, in which
 * case there are at least that many (counting further would cost more than it tells).
 */
@NullMarked
public record PageResult<T>(
    List<T> items, int page, int size, long totalElements, int totalPages, boolean totalCapped) {

  public static <T> PageResult<T> of(
      List<T> items, int page, int size, long totalElements, boolean totalCapped) {
    int totalPages = size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
    return new PageResult<>(List.copyOf(items), page, size, totalElements, totalPages, totalCapped);
  }

  public <R> PageResult<R> map(Function<? super T, R> mapper) {
    return of(items.stream().<R>map(mapper).toList(), page, size, totalElements, totalCapped);
  }
}
