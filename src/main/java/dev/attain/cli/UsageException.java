package dev.attain.cli;

/** A usage error found after parsing (exit code 2), e.g. no actuals file named anywhere. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
