package dev.attain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.attain.testutil.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The launcher as a process, after {@code package} built the jar ({@code mvn verify} runs this in
 * its integration-test phase): {@code scripts/test-launcher} checks that the class-data archive is
 * recorded, reused and renewed, and that standard output carries the report only, even with a
 * stale archive.
 */
class LauncherIT {
  @Test
  void theLauncherKeepsStandardOutputForTheReport() throws IOException, InterruptedException {
    Path root = Run.repoRoot();
    assumeTrue(Files.isRegularFile(root.resolve("target/attain.jar")), "target/attain.jar is not built");
    Path log = Files.createTempFile("attain-launcher", ".log");
    Process p = new ProcessBuilder("bash", root.resolve("scripts/test-launcher").toString())
        .directory(root.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean done = p.waitFor(5, TimeUnit.MINUTES); // a hang guard, not a speed check
    if (!done) {
      p.destroyForcibly();
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    Files.deleteIfExists(log);
    assertThat(done).as("scripts/test-launcher finished").isTrue();
    assertThat(out).as(out).doesNotContain("FAIL:").endsWith("test-launcher: all passed\n");
    assertThat(p.exitValue()).isZero();
  }
}
