package dev.steward.mail.sending;

/**
 * Hands campaign mail to a mail system, over one connection (or client) per run of the send job.
 */
interface MailTransport extends AutoCloseable {

  /**
   * Called with a Graph draft's ids once it exists and before it is sent, so that they are on
   * record first.
   */
  interface DraftRecorder {
    void drafted(Delivered draft);
  }

  /**
   * Sends one mail. For a mail whose earlier attempt was cut short, the transport finds out what
   * became of it where it can (Graph), and never sends a draft it finds sent.
   *
   * @param interrupted whether an earlier attempt of this mail was cut short by a crash
   * @return the mail's ids, or empty when the ones given to {@code recorder} stand
   * @throws TransportFailure when the mail was not handed over
   */
  java.util.Optional<Delivered> send(
      OutgoingMail mail, boolean interrupted, DraftRecorder recorder);

  @Override
  void close();
}
