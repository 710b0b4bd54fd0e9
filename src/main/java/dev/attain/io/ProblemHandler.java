package dev.attain.io;

import dev.attain.model.InputException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a reader does with a problem it finds in its input. {@code check} stops at the first
 * ({@link #FAIL_FAST}); {@code validate} collects them all ({@link Collecting}) so a user fixes a
 * file in one pass. After a problem in a row, a reader skips that row and goes on.
 */
public interface ProblemHandler {
  /** Throws the problem: the first one ends the run. */
  ProblemHandler FAIL_FAST = problem -> {
    throw problem;
  };

  void report(InputException problem);

  /** Collects problems, up to a limit (then throws the next). */
  final class Collecting implements ProblemHandler {
    private final List<InputException> problems = new ArrayList<>();
    private final int limit;

    public Collecting(int limit) {
      this.limit = limit;
    }

    /** Thrown at the first problem past the limit: reading stops there. */
    public static final class LimitReached extends InputException {
      LimitReached(int limit) {
        super("stopped after " + limit + " problems (fix these and run validate again)");
      }
    }

    @Override
    public void report(InputException problem) {
      if (problems.size() >= limit) {
        throw new LimitReached(limit);
      }
      problems.add(problem);
    }

    public List<InputException> problems() {
      return List.copyOf(problems);
    }
  }
}
