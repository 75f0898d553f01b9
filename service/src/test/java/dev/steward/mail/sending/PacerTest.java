package dev.steward.mail.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The pacer holds mails to the rate: at 600 a minute, the n-th mail goes no sooner than n × 100 ms
 * after the pacer was made, whichever connection sends it. The upper bounds are generous; only the
 * lower ones say something about the rate.
 */
class PacerTest {

  private static final long INTERVAL = TimeUnit.MILLISECONDS.toNanos(100);
  // Thread.sleep may wake a hair early on some clocks; the bound allows that, not a skipped slot.
  private static final long CLOCK_SLACK = TimeUnit.MILLISECONDS.toNanos(2);

  @Test
  void spacesMailsToTheRate() {
    long start = System.nanoTime();
    var pacer = new Pacer(600);
    List<Long> handedOver = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      pacer.await();
      handedOver.add(System.nanoTime() - start);
    }
    for (int n = 0; n < handedOver.size(); n++) {
      assertThat(handedOver.get(n))
          .as("mail %d", n)
          .isGreaterThanOrEqualTo(n * INTERVAL - CLOCK_SLACK);
    }
    assertThat(Duration.ofNanos(handedOver.get(5))).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void holdsTheRateAcrossConnections() throws Exception {
    long start = System.nanoTime();
    var pacer = new Pacer(600);
    List<Long> handedOver = Collections.synchronizedList(new ArrayList<>());
    Runnable connection =
        () -> {
          for (int i = 0; i < 3; i++) {
            pacer.await();
            handedOver.add(System.nanoTime() - start);
          }
        };
    var first = new Thread(connection);
    var second = new Thread(connection);
    first.start();
    second.start();
    first.join();
    second.join();

    var inOrder = handedOver.stream().sorted().toList();
    assertThat(inOrder).hasSize(6);
    for (int n = 0; n < inOrder.size(); n++) {
      assertThat(inOrder.get(n))
          .as("mail %d", n)
          .isGreaterThanOrEqualTo(n * INTERVAL - CLOCK_SLACK);
    }
    assertThat(Duration.ofNanos(inOrder.get(5))).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void noRateHoldsNothingBack() {
    long start = System.nanoTime();
    var pacer = new Pacer(0);
    for (int i = 0; i < 1_000; i++) {
      pacer.await();
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
  }
}
