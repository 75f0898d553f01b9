package dev.steward.platform;

/**
 * An update came without the version it was based on. Answered with 428, so that no write is blind.
 */
public class PreconditionRequiredException extends RuntimeException {

  public PreconditionRequiredException() {
    super(
        "Send the version you edited, in an If-Match header (the ETag you read) or in the version field.");
  }
}
