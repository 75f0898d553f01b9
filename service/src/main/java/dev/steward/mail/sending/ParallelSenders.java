package dev.steward.mail.sending;

import dev.steward.tenancy.CurrentTenant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs one campaign's senders, one per transport connection ({@link
 * SendingSettings#connections()}): a send spends most of its time waiting for the mail server and
 * the database, so a second connection nearly doubles the rate. The first sender runs on the
 * caller's thread with the transport already open. All stop at the deadline, when the caller is
 * interrupted, or as soon as one fails; the first failure is rethrown.
 */
final class ParallelSenders {

  /** One sender: sends over its transport until it should stop; returns the mails it sent. */
  interface Sender {
    int sendOver(MailTransport transport);
  }

  private static final AtomicInteger THREADS = new AtomicInteger();

  private final UUID firmId;
  private final int connections;
  private final Instant deadline;
  private final AtomicBoolean stopped = new AtomicBoolean();

  ParallelSenders(UUID firmId, int connections, Instant deadline) {
    this.firmId = firmId;
    this.connections = connections;
    this.deadline = deadline;
  }

  /** Whether a sender may take another member. */
  boolean mayGoOn() {
    return !stopped.get()
        && !Instant.now().isAfter(deadline)
        && !Thread.currentThread().isInterrupted();
  }

  int run(MailTransport first, Supplier<Optional<MailTransport>> more, Sender sender) {
    if (connections <= 1) {
      return guarded(first, sender);
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            connections - 1,
            work -> {
              var thread = new Thread(work, "campaign-send-" + THREADS.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    List<Future<Integer>> others = new ArrayList<>();
    try {
      for (int i = 1; i < connections; i++) {
        others.add(
            pool.submit(
                () ->
                    CurrentTenant.callAs(
                        firmId, () -> more.get().map(t -> guarded(t, sender)).orElse(0))));
      }
      Throwable failure = null;
      int sent = 0;
      try {
        sent = guarded(first, sender);
      } catch (RuntimeException | Error e) {
        failure = e;
      }
      // The others finish the mail in hand before the first failure is rethrown.
      for (var other : others) {
        try {
          sent += other.get();
        } catch (ExecutionException e) {
          failure = failure == null ? e.getCause() : failure;
        }
      }
      if (failure instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (failure instanceof Error error) {
        throw error;
      }
      if (failure != null) {
        throw new IllegalStateException(failure);
      }
      return sent;
    } catch (InterruptedException e) {
      stopped.set(true);
      Thread.currentThread().interrupt();
      return 0;
    } finally {
      stopped.set(true);
      pool.shutdownNow();
    }
  }

  private int guarded(MailTransport transport, Sender sender) {
    try (transport) {
      return sender.sendOver(transport);
    } catch (RuntimeException | Error e) {
      stopped.set(true);
      throw e;
    }
  }
}
