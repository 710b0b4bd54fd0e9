package dev.attain.cli;

import dev.attain.engine.BlankCells;
import dev.attain.engine.FigureTable;
import dev.attain.io.ActualsReader;
import dev.attain.io.ProblemHandler;
import dev.attain.io.TargetsReader;
import dev.attain.model.BlankSink;
import dev.attain.model.Figure;
import dev.attain.model.FigureRow;
import dev.attain.model.InputException;
import dev.attain.model.Location;
import dev.attain.model.TargetSet;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads the inputs a command names: the targets file, then the actuals files into one table. */
final class Inputs {
  private static final Logger LOG = LoggerFactory.getLogger(Inputs.class);
  static final String STDIN = "-";

  private Inputs() {}

  /** One actuals source: how the user named it, and where it is ({@code null} for standard input). */
  record Source(String name, Path path) {
    boolean isStdin() {
      return path == null;
    }
  }

  static TargetSet targets(Cli.Context ctx, String name, ProblemHandler problems) {
    Path path = ctx.resolve(name);
    if (!Files.isRegularFile(path)) {
      String hint = Files.isDirectory(path) ? "is a folder, not a targets file" : "no such file";
      throw new InputException(Location.of(name), hint + " (name the targets file with -t FILE)");
    }
    return TargetsReader.read(path, name, problems);
  }

  /** The actuals sources: the command line's, else the targets file's {@code actuals:}. */
  static List<Source> sources(Cli.Context ctx, TargetSet targets, List<String> args) {
    List<Source> sources = new ArrayList<>();
    if (args != null && !args.isEmpty()) {
      for (String a : args) {
        sources.add(a.equals(STDIN) ? new Source("<stdin>", null) : new Source(a, ctx.resolve(a)));
      }
      return sources;
    }
    Path base = ctx.workDir().toAbsolutePath().normalize();
    for (Path p : targets.actuals()) {
      Path abs = p.toAbsolutePath().normalize();
      String name = abs.startsWith(base) ? base.relativize(abs).toString() : p.toString();
      sources.add(new Source(name, abs));
    }
    if (sources.isEmpty()) {
      throw new UsageException("no actuals: name one or more CSV files (or - for standard input), "
          + "or list them under actuals: in " + targets.file());
    }
    return sources;
  }

  /**
   * Reads every source into one table, in order: every figure is kept (validate). Its entities are
   * those a check sees ({@link ActualsReader#entities()}, as {@code CheckCommand} gives its stream's
   * table), so that the two paths agree on what is in the data.
   */
  static FigureTable figures(Cli.Context ctx, TargetSet targets, List<Source> sources, Charset encoding,
      ProblemHandler problems) {
    FigureTable table = FigureTable.forTargets(targets);
    BlankCells blanks = new BlankCells(targets);
    table.entitiesOfData(each(ctx, targets, sources, encoding, problems, blanks,
        (reader, in, name) -> reader.read(in, name, guarded(table, problems), problems)));
    table.blanks(blanks);
    return table;
  }

  /**
   * Reads every source, in order, into {@code sink}; returns the entity of every row used in order
   * of first appearance ({@link ActualsReader#entities()}).
   */
  static List<String> read(Cli.Context ctx, TargetSet targets, List<Source> sources, Charset encoding,
      ProblemHandler problems, Consumer<Figure> sink) {
    return each(ctx, targets, sources, encoding, problems, BlankSink.NONE,
        (reader, in, name) -> reader.read(in, name, sink, problems));
  }

  /** How one source is read. */
  private interface ReadOne {
    void read(ActualsReader reader, InputStream in, String name);
  }

  /** Reads every source, in order, with one reader; returns every used row's entity in order of first appearance. */
  private static List<String> each(Cli.Context ctx, TargetSet targets, List<Source> sources, Charset encoding,
      ProblemHandler problems, BlankSink blanks, ReadOne readOne) {
    ActualsReader reader = new ActualsReader(targets, encoding);
    reader.blanks(blanks);
    for (Source s : sources) {
      if (s.isStdin()) {
        readOne.read(reader, ctx.in(), s.name());
      } else {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(s.path()), 1 << 16)) {
          readOne.read(reader, in, s.name());
        } catch (NoSuchFileException e) {
          problems.report(new InputException(Location.of(s.name()), "no such file"));
        } catch (IOException e) {
          problems.report(new InputException(Location.of(s.name()), "cannot read: " + e.getMessage()));
        }
      }
      LOG.debug("{}: read", s.name());
    }
    return reader.entities();
  }

  /** Inputs at least this large are read on a thread of their own ({@link #readConcurrently}). */
  static final long CONCURRENT_BYTES = 1 << 20;

  /**
   * Reads every source, in order, into {@code sink} as rows ({@link #rows}): parsing on a thread of
   * its own and {@code sink} on this one when the input is large (standard input, or files of
   * {@link #CONCURRENT_BYTES} or more), else here. Either way {@code sink} gets the same rows in
   * the same order, and the first error in data order is thrown, as {@link #read} does. Returns
   * the entity of every row used, in order of first appearance.
   */
  static List<String> readConcurrently(Cli.Context ctx, TargetSet targets, List<Source> sources, Charset encoding,
      ProblemHandler problems, BlankSink blanks, Consumer<FigureRow> sink) {
    if (!large(sources)) {
      return rows(ctx, targets, sources, encoding, problems, blanks, sink);
    }
    AtomicReference<List<String>> entities = new AtomicReference<>();
    // the reading thread parses and checks rows (and notes blank cells); the sink, on this thread, makes what it keeps
    Pipeline.<FigureRow>run("attain-reader",
        feed -> entities.set(rows(ctx, targets, sources, encoding, problems, blanks, feed)), sink);
    return entities.get();
  }

  /** {@link #read}, each figure handed over as a {@link FigureRow} (not made). */
  static List<String> rows(Cli.Context ctx, TargetSet targets, List<Source> sources, Charset encoding,
      ProblemHandler problems, BlankSink blanks, Consumer<FigureRow> sink) {
    return each(ctx, targets, sources, encoding, problems, blanks,
        (reader, in, name) -> reader.readRows(in, name, sink, problems));
  }

  private static boolean large(List<Source> sources) {
    long bytes = 0;
    for (Source s : sources) {
      if (s.isStdin()) {
        return true;
      }
      try {
        bytes += Files.size(s.path());
      } catch (IOException e) {
        // reported when the file is read
      }
    }
    return bytes >= CONCURRENT_BYTES;
  }

  /** The table as a sink whose conflicts go to {@code problems} (validate lists them all). */
  private static Consumer<Figure> guarded(FigureTable table, ProblemHandler problems) {
    return f -> {
      try {
        table.accept(f);
      } catch (InputException e) {
        problems.report(e);
      }
    };
  }
}
