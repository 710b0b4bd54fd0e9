package dev.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import org.junit.jupiter.api.Test;

/**
 * Whether the reader of standard output has gone: on a pipe any write failure says so, whatever
 * the system's words (they are translated: "断开的管道" under zh_CN); elsewhere only a broken pipe's
 * English message does, and a full disk is a failure.
 */
class StdoutStreamTest {
  static OutputStream failingWith(String message) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException(message);
      }
    };
  }

  static StdoutStream written(OutputStream out, boolean pipe) {
    StdoutStream s = new StdoutStream(out, pipe);
    assertThatThrownBy(() -> s.write(new byte[] {'a'}, 0, 1)).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> s.write('b')).isInstanceOf(IOException.class); // nothing after the first failure
    return s;
  }

  @Test
  void onAPipeAnyFailureIsTheReaderGoneInAnyLanguage() {
    assertThat(written(failingWith("断开的管道"), true).readerGone()).isTrue();
    assertThat(written(failingWith("Broken pipe"), true).readerGone()).isTrue();
  }

  @Test
  void elsewhereOnlyABrokenPipeIs() {
    assertThat(written(failingWith("Broken pipe"), false).readerGone()).isTrue();
    assertThat(written(failingWith("No space left on device"), false).readerGone()).isFalse();
    assertThat(written(failingWith("设备上没有空间"), false).readerGone()).isFalse();
  }

  @Test
  void nothingFailedNothingGone() {
    assertThat(new StdoutStream(OutputStream.nullOutputStream(), true).readerGone()).isFalse();
  }

  /** The kind of file decides: a named pipe is a pipe, a regular file is not. */
  @Test
  void aPipeIsToldByItsFileType(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("report.txt"), "");
    assertThat(StdoutStream.isPipe(file)).isFalse();
    java.nio.file.Path fifo = dir.resolve("fifo");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is needed");
    assertThat(StdoutStream.isPipe(fifo)).isTrue();
  }
}
