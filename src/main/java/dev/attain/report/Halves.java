package dev.attain.report;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Long tables formatted by two threads: the second half of the rows on a helper, the first here.
 * Every piece goes back in row order, so the bytes of a report never depend on which thread was
 * faster. Tables of fewer than {@link #MIN} rows stay on the calling thread.
 *
 * <p>A report is written once reading is over, when the second core is free.
 */
final class Halves {
  /** Below this many rows a second thread costs more than it saves. */
  static final int MIN = 2048;

  private Halves() {}

  /** Where the second half of {@code size} rows starts: {@code size} (no second half) below {@link #MIN}. */
  static int split(int size) {
    return size < MIN ? size : size / 2;
  }

  /** {@code f} of every item, in order; the second half computed on a helper thread. */
  static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> f) {
    return mapEach(items, () -> f);
  }

  /**
   * As {@link #map}, for a function with state of its own: each half applies a function {@code
   * perHalf} makes for it, on the thread that uses it, so neither sees the other's.
   */
  static <T, R> List<R> mapEach(List<T> items, Supplier<? extends Function<? super T, ? extends R>> perHalf) {
    int size = items.size();
    int mid = split(size);
    List<R> all = new ArrayList<>(size);
    if (mid == size) {
      mapRange(items, 0, size, perHalf.get(), all);
      return all;
    }
    Started<List<R>> second = start(() -> mapRange(items, mid, size, perHalf.get(), new ArrayList<>(size - mid)));
    mapRange(items, 0, mid, perHalf.get(), all);
    all.addAll(second.join());
    return all;
  }

  private static <T, R> List<R> mapRange(List<T> items, int from, int to, Function<? super T, ? extends R> f,
      List<R> out) {
    for (int i = from; i < to; i++) {
      out.add(f.apply(items.get(i)));
    }
    return out;
  }

  /**
   * Starts computing {@code there} on a helper thread; {@link Started#join} gives its answer. A
   * failure of {@code there} ({@link RuntimeException}s and {@link Error}s; it throws no other) is
   * thrown by {@code join}, as it was.
   */
  static <R> Started<R> start(Supplier<R> there) {
    return new Started<>(there);
  }

  /** Work started on a helper thread. */
  static final class Started<R> {
    private final CompletableFuture<R> answer = new CompletableFuture<>();

    private Started(Supplier<R> there) {
      Thread helper = new Thread(() -> {
        try {
          answer.complete(there.get());
        } catch (Throwable t) {
          answer.completeExceptionally(t);
        }
      }, "attain-report");
      helper.setDaemon(true);
      helper.start();
    }

    /** The answer, once the helper is done (waits through interrupts, keeping the flag). */
    R join() {
      try {
        return answer.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        if (e.getCause() instanceof Error err) {
          throw err;
        }
        throw e;
      }
    }
  }
}
