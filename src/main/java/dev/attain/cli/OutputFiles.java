package dev.attain.cli;

import dev.attain.model.InputException;
import dev.attain.model.Location;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes report files atomically (SPEC §5): each goes to a temporary file beside its target, and
 * only when every one is complete are they renamed into place. A failure removes the temporary
 * files and leaves the old reports untouched.
 */
final class OutputFiles {
  /** Fills one file. */
  interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private record Pending(String name, Path target, Path temp) {}

  private final List<Pending> pending = new ArrayList<>();

  /** Writes {@code content} to a temporary file beside {@code target}. */
  void stage(String name, Path target, Content content) {
    if (Files.isDirectory(target)) {
      abort();
      throw new InputException(Location.of(name), "cannot write report: is a folder");
    }
    if (Files.isSymbolicLink(target) && Files.exists(target)) {
      try {
        target = target.toRealPath(); // write through the link: the file it names is the report
      } catch (IOException e) {
        abort();
        throw new InputException(Location.of(name), "cannot write report: " + reason(e, name, target));
      }
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      abort();
      throw new InputException(Location.of(name),
          "cannot write report: not a regular file (a report replaces its file whole; name a file)");
    }
    Path dir = target.toAbsolutePath().getParent();
    Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    pending.add(new Pending(name, target, temp));
    try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      content.writeTo(w);
    } catch (IOException e) {
      abort();
      throw new InputException(Location.of(name), "cannot write report: " + reason(e, name, target));
    } catch (RuntimeException e) { // a bug in a writer: no temporary file is left behind
      abort();
      throw e;
    }
  }

  /** Renames every staged file into place. */
  void commit() {
    for (Pending p : pending) {
      try {
        try {
          Files.move(p.temp(), p.target(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(p.temp(), p.target(), StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        abort();
        throw new InputException(Location.of(p.name()), "cannot write report: " + reason(e, p.name(), p.target()));
      }
    }
    pending.clear();
  }

  /** Removes every temporary file not yet renamed. */
  void abort() {
    for (Pending p : pending) {
      try {
        Files.deleteIfExists(p.temp());
      } catch (IOException ignored) {
        // best effort: the temporary file is hidden and named as such
      }
    }
    pending.clear();
  }

  /**
   * Why writing {@code target} (named {@code name} on the command line) failed, in a few words. A
   * folder that exists but where no file can be created (a virtual file system such as {@code
   * /proc} answers "no such file" to a new one) is told apart from a folder that does not exist.
   */
  private static String reason(IOException e, String name, Path target) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException) {
      return "temporary file already exists";
    }
    Path dir = target.toAbsolutePath().getParent();
    if (dir != null && !Files.exists(dir)) {
      return "no such folder";
    }
    Path given = Path.of(name).getParent();
    String folder = given == null ? "the current folder" : given.toString();
    if (dir != null && !Files.isDirectory(dir)) {
      return folder + " is not a folder";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "cannot create a file in " + folder + " (a report is written to a temporary file in its folder, "
          + "then renamed into place)";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
