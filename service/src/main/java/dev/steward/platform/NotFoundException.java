package dev.steward.platform;

/**
 * The addressed record does not exist in the current firm (or is in the trash). Answered with 404.
 */
public class NotFoundException extends RuntimeException {

  private NotFoundException(String message) {
    super(message);
  }

  public static NotFoundException of(String what, Object id) {
    return new NotFoundException(what + " " + id + " was not found.");
  }
}
