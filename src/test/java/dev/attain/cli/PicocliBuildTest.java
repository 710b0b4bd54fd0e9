package dev.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * picocli's classes are built from its sources as Java 17 class files (pom.xml), which class-data
 * sharing keeps; its jar's Java 5 class files would be loaded and verified at every start.
 */
class PicocliBuildTest {
  private static int major(Class<?> c) throws IOException {
    try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
      assertThat(in).as("class file of %s", c.getName()).isNotNull();
      DataInputStream data = new DataInputStream(in);
      assertThat(data.readInt()).isEqualTo(0xCAFEBABE);
      data.readUnsignedShort(); // minor
      return data.readUnsignedShort();
    }
  }

  @Test
  void picocliIsRunAsJava17ClassFiles() throws IOException {
    assertThat(major(CommandLine.class)).isEqualTo(61);
    assertThat(major(AutoComplete.class)).isEqualTo(61);
  }

  @Test
  void theSourcesAreThoseOfTheDeclaredVersion() {
    String declared = System.getProperty("picocli.version"); // the pom's, set by surefire
    assertThat(declared).isNotBlank();
    assertThat(CommandLine.VERSION).isEqualTo(declared);
  }
}
