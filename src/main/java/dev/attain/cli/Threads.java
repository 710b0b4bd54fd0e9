package dev.attain.cli;

/** Waiting for the helper threads a run starts. */
final class Threads {
  private Threads() {}

  /**
   * Waits until {@code t} has finished, even when interrupted meanwhile (the interrupt is kept for
   * the caller): what the thread did must be complete before the run goes on.
   */
  static void join(Thread t) {
    boolean interrupted = false;
    while (true) {
      try {
        t.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
