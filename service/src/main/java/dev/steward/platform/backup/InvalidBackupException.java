package dev.steward.platform.backup;

/**
 * A backup file that cannot be restored: not a backup, damaged, or of a format this Steward does
 * not read.
 */
class InvalidBackupException extends RuntimeException {

  InvalidBackupException(String message) {
    super(message);
  }
}
