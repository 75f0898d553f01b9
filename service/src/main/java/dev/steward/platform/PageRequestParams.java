package dev.steward.platform;

/** Validated paging input: page from 0, size from 1 to {@link #MAX_SIZE}. */
public record PageRequestParams(int page, int size) {

  public static final int MAX_SIZE = 200;

  public PageRequestParams {
    if (page < 0) {
      throw InvalidInputException.of("page", "must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw InvalidInputException.of("size", "must be between 1 and " + MAX_SIZE);
    }
  }

  public long offset() {
    return (long) page * size;
  }
}
