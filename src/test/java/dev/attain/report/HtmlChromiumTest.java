package dev.attain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the Luolong HTML report in headless Chromium and checks a screenshot comes out and is
 * not blank. Skipped when no {@code chromium} is on the PATH (CI does not need it), or with
 * {@code -Dattain.skipChromium=true}.
 */
class HtmlChromiumTest {
  static Optional<Path> chromium() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  @Test
  void rendersToANonBlankScreenshot(@TempDir Path dir) throws Exception {
    assumeTrue(!Boolean.getBoolean("attain.skipChromium"), "skipped: -Dattain.skipChromium=true");
    Optional<Path> chromium = chromium();
    assumeTrue(chromium.isPresent(), "skipped: no chromium on PATH (apt-get install chromium to run this check)");
    Path html = dir.resolve("report.html");
    Files.writeString(html, Render.render(ReportFormat.HTML, Fixtures.luolong()), StandardCharsets.UTF_8);
    Path png = dir.resolve("report.png");
    Path profile = Files.createDirectory(dir.resolve("profile"));
    Process p = new ProcessBuilder(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--screenshot=" + png, "--window-size=1200,900", html.toUri().toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("chromium.log").toFile())
        .start();
    boolean finished = p.waitFor(120, TimeUnit.SECONDS);
    if (!finished) {
      p.destroyForcibly();
    }
    assumeTrue(finished, "skipped: chromium did not finish within 120 s on this machine");
    assertThat(png).exists();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1200);
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) {
        colours.add(image.getRGB(x, y));
      }
    }
    assertThat(colours).as("distinct colours in the screenshot").hasSizeGreaterThan(10);
  }
}
