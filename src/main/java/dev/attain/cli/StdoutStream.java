package dev.attain.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output as bytes, remembering the first write failure: a {@link java.io.PrintWriter}
 * keeps only that one happened ({@code checkError}), and a reader that has gone ({@code attain
 * check | head -1}) must be told apart from a full disk. After the first failure nothing more is
 * written: every later write fails at once with the same exception.
 */
final class StdoutStream extends FilterOutputStream {
  private IOException failure;
  /** Whether the stream is a pipe or a socket, whose writes fail only when the reader has gone. */
  private final boolean pipe;

  StdoutStream(OutputStream out) {
    this(out, false);
  }

  /** @param pipe whether {@code out} is a pipe or a socket ({@link #stdoutIsPipe}) */
  StdoutStream(OutputStream out, boolean pipe) {
    super(out);
    this.pipe = pipe;
  }

  /**
   * Whether the process's standard output is a pipe or a socket ({@code attain check | head}, or
   * {@code > fifo}), as Linux tells it ({@code /proc/self/fd/1}); false where that cannot be told. A write to a pipe
   * fails only when its reader has gone, and the system's message for that is translated ("Broken
   * pipe" is "断开的管道" under zh_CN), so the kind of file decides, not the words.
   */
  static boolean stdoutIsPipe() {
    return isPipe(java.nio.file.Path.of("/proc/self/fd/1"));
  }

  /**
   * Whether {@code file} (followed where it is a link) is a pipe — anonymous or named ({@code
   * mkfifo}) — or a socket, by its file type; false where that cannot be told.
   */
  static boolean isPipe(java.nio.file.Path file) {
    try {
      int type = (Integer) java.nio.file.Files.getAttribute(file, "unix:mode") & 0170000; // S_IFMT
      return type == 0010000 || type == 0140000; // S_IFIFO, S_IFSOCK
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException
        | ClassCastException e) {
      return false;
    }
  }

  /** Whether the first write failure says the reader has gone: on a pipe, any failure does. */
  boolean readerGone() {
    return failure != null && (pipe || readerGone(failure));
  }

  @Override
  public void write(int b) throws IOException {
    failIfFailed();
    try {
      out.write(b);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    failIfFailed();
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw remember(e);
    }
  }

  @Override
  public void flush() throws IOException {
    failIfFailed();
    try {
      out.flush();
    } catch (IOException e) {
      throw remember(e);
    }
  }

  /** The first write failure, or null. */
  IOException failure() {
    return failure;
  }

  /**
   * Whether {@code e} says that the reading end of a pipe was closed (EPIPE: {@code | head}, a
   * pager quit early), as opposed to a write that failed (a full disk, an I/O error), by its
   * English words: where the stream is not known to be a pipe ({@link #stdoutIsPipe}).
   */
  static boolean readerGone(IOException e) {
    String m = e == null ? null : e.getMessage();
    return m != null && (m.contains("Broken pipe") // Linux, macOS
        || m.contains("pipe is being closed") || m.contains("pipe has been ended")); // Windows
  }

  private void failIfFailed() throws IOException {
    if (failure != null) {
      throw failure;
    }
  }

  private IOException remember(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }
}
