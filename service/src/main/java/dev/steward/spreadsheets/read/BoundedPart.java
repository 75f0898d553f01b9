package dev.steward.spreadsheets.read;

import java.io.IOException;
import java.io.InputStream;
import org.apache.commons.io.input.ProxyInputStream;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * An xlsx part (or an OpenDocument file's entry) as it unzips, refused once it passes {@code limit}
 * bytes, whatever size the zip declared for it (the declared size is checked before, by {@link
 * #open}, but a zip may lie about it). Reading it also looks at the import's clock, so that a part
 * that takes long to parse is stopped in time.
 */
final class BoundedPart extends ProxyInputStream {

  private final long limit;
  private final String what;
  private final ReadBudget budget;
  private long count;

  private BoundedPart(InputStream in, long limit, String what, ReadBudget budget) {
    super(in);
    this.limit = limit;
    this.what = what;
    this.budget = budget;
  }

  /**
   * The part's content, after refusing it if the zip declares it larger than the budget's part
   * limit.
   *
   * @param what how a person knows the part: "sheet", "shared-strings table"
   */
  static BoundedPart open(PackagePart part, String what, ReadBudget budget) throws IOException {
    return open(part.getSize(), part.getInputStream(), what, budget);
  }

  /**
   * A zip entry's content ({@code in}), after refusing it if the zip declares it ({@code
   * declaredSize}, -1 when unknown) larger than the budget's part limit.
   */
  static BoundedPart open(long declaredSize, InputStream in, String what, ReadBudget budget)
      throws IOException {
    long limit = budget.limits().maxPartBytes();
    if (declaredSize > limit) {
      in.close();
      throw TooMuchTextException.part(limit, what);
    }
    return new BoundedPart(in, limit, what, budget);
  }

  /** The bytes read so far. */
  long count() {
    return count;
  }

  @Override
  protected void afterRead(int n) {
    if (n > 0) {
      counted(n);
    }
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    counted(skipped);
    return skipped;
  }

  private void counted(long n) {
    count += n;
    if (count > limit) {
      throw TooMuchTextException.part(limit, what);
    }
    budget.checkTime();
  }
}
