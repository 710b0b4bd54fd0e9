package dev.attain.cli;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

/**
 * Runs a producer of items on a thread of its own and hands the items, in batches and in order, to
 * a sink on the calling thread: the check command reads and parses rows on one core while the
 * other checks them.
 *
 * <p>The sink sees exactly the items, in exactly the order, that it would see if the producer fed
 * it directly. Failures keep their order too: when the producer throws, the sink first gets every
 * item produced before, then the producer's exception is thrown on the calling thread, unchanged;
 * when the sink throws, the producer is stopped and the sink's exception is thrown. So the first
 * error in data order wins, with the message it has without the pipeline.
 *
 * @param <T> the items
 */
final class Pipeline<T> {
  /**
   * Items per batch: large enough that the hand-over costs nothing per item, small enough that what
   * is in flight when the collector runs (it promotes all of it: the launcher's
   * -XX:MaxTenuringThreshold=0) stays small: 1 024 rather than 4 096 left 5 MB less in the old
   * generation on the national bench, with its 24 MB young generation.
   */
  static final int BATCH = 1024;

  /** Batches in flight: enough to ride out a pause on either side, few enough to bound memory. */
  static final int DEPTH = 4;

  private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(DEPTH);
  private volatile boolean stopped;

  /** A run of items; the last one of a run carries its end, normal or not. */
  private static final class Batch {
    final Object[] items;
    final int count;
    final boolean last;
    final Throwable failure;

    Batch(Object[] items, int count, boolean last, Throwable failure) {
      this.items = items;
      this.count = count;
      this.last = last;
      this.failure = failure;
    }
  }

  /** The producer's end of the pipe: batches items and blocks while the sink is behind. */
  private final class Feed implements Consumer<T> {
    private Object[] items = new Object[BATCH];
    private int count;

    @Override
    public void accept(T item) {
      items[count++] = item;
      if (count == BATCH) {
        send(new Batch(items, count, false, null));
        items = new Object[BATCH];
        count = 0;
      }
    }

    void end(Throwable failure) {
      send(new Batch(items, count, true, failure));
    }

    private void send(Batch b) {
      if (stopped) {
        throw new Stopped();
      }
      try {
        queue.put(b);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Stopped();
      }
    }
  }

  /** Unwinds the producer once the sink has failed: nobody reads its items any more. */
  private static final class Stopped extends RuntimeException {
    Stopped() {
      super(null, null, false, false);
    }
  }

  private Pipeline() {}

  /**
   * Runs {@code producer} (which hands its items to the consumer it is given) on a new thread and
   * feeds {@code sink} here, in order; returns when both are done.
   *
   * @throws RuntimeException or {@link Error} the first failure in item order, from either side
   */
  static <T> void run(String threadName, Consumer<Consumer<T>> producer, Consumer<T> sink) {
    new Pipeline<T>().go(threadName, producer, sink);
  }

  @SuppressWarnings("unchecked")
  private void go(String threadName, Consumer<Consumer<T>> producer, Consumer<T> sink) {
    Feed feed = new Feed();
    Thread reader = new Thread(() -> {
      Throwable failure = null;
      try {
        producer.accept(feed);
      } catch (Stopped s) {
        return;
      } catch (RuntimeException | Error e) {
        failure = e;
      }
      try {
        feed.end(failure);
      } catch (Stopped s) {
        // the sink failed first: its failure is the one reported
      }
    }, threadName);
    reader.setDaemon(true);
    reader.start();
    boolean done = false;
    try {
      while (true) {
        Batch b = take();
        Object[] items = b.items;
        for (int i = 0; i < b.count; i++) {
          sink.accept((T) items[i]);
          items[i] = null;
        }
        if (b.last) {
          done = true;
          if (b.failure instanceof RuntimeException e) {
            throw e;
          }
          if (b.failure instanceof Error e) {
            throw e;
          }
          return;
        }
      }
    } finally {
      if (!done) {
        stopped = true;
        reader.interrupt();
        queue.clear(); // unblocks a put in progress; the flag stops the next one
      }
      Threads.join(reader);
    }
  }

  private Batch take() {
    try {
      return queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the data", e);
    }
  }
}
