package dev.steward.mail.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.steward.tenancy.CurrentTenant;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParallelSendersTest {

  private final UUID firm = UUID.randomUUID();

  /** A transport that only counts whether it was closed. */
  static final class Counted implements MailTransport {
    static final AtomicInteger closed = new AtomicInteger();

    @Override
    public Optional<Delivered> send(
        OutgoingMail mail, boolean interrupted, DraftRecorder recorder) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
      closed.incrementAndGet();
    }
  }

  @Test
  void everyConnectionTakesMembersInTheFirmUntilNoneIsLeftAndIsClosed() {
    var left = new AtomicInteger(100);
    Set<String> threads = ConcurrentHashMap.newKeySet();
    Set<UUID> firms = ConcurrentHashMap.newKeySet();
    Counted.closed.set(0);
    var senders = new ParallelSenders(firm, 3, Instant.now().plusSeconds(60));

    int sent =
        CurrentTenant.callAs(
            firm,
            () ->
                senders.run(
                    new Counted(),
                    () -> Optional.of(new Counted()),
                    transport -> {
                      int mine = 0;
                      while (senders.mayGoOn() && left.getAndDecrement() > 0) {
                        threads.add(Thread.currentThread().getName());
                        firms.add(CurrentTenant.require());
                        sleepAMoment();
                        mine++;
                      }
                      return mine;
                    }));

    assertThat(sent).isEqualTo(100);
    assertThat(threads).hasSize(3);
    assertThat(firms).containsExactly(firm);
    assertThat(Counted.closed).hasValue(3);
  }

  @Test
  void aFailureStopsTheOthersAfterTheirMailInHandAndIsRethrown() {
    var taken = new AtomicInteger();
    var finished = new AtomicInteger();
    var senders = new ParallelSenders(firm, 2, Instant.now().plusSeconds(60));

    assertThatThrownBy(
            () ->
                CurrentTenant.runAs(
                    firm,
                    () ->
                        senders.run(
                            new Counted(),
                            () -> Optional.of(new Counted()),
                            transport -> {
                              while (senders.mayGoOn()) {
                                if (taken.incrementAndGet() == 5) {
                                  throw new IllegalStateException("stopped hard");
                                }
                                sleepAMoment();
                                finished.incrementAndGet();
                              }
                              return 0;
                            })))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("stopped hard");
    // Every member taken but the failed one was finished before the failure came back.
    assertThat(finished.get()).isEqualTo(taken.get() - 1);
  }

  @Test
  void oneConnectionRunsOnTheCallersThread() {
    var senders = new ParallelSenders(firm, 1, Instant.now().plusSeconds(60));
    String caller = Thread.currentThread().getName();

    assertThat(
            senders.run(
                new Counted(),
                () -> {
                  throw new AssertionError("no second connection is opened");
                },
                transport -> Thread.currentThread().getName().equals(caller) ? 1 : 0))
        .isEqualTo(1);
  }

  @Test
  void nobodyGoesOnPastTheDeadline() {
    var senders = new ParallelSenders(firm, 2, Instant.now().minusSeconds(1));
    assertThat(
            senders.run(
                new Counted(), () -> Optional.of(new Counted()), t -> senders.mayGoOn() ? 1 : 0))
        .isZero();
  }

  private static void sleepAMoment() {
    try {
      Thread.sleep(2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
