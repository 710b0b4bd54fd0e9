package dev.attain.cli;

import dev.attain.model.FailOn;
import dev.attain.model.FindingsMode;
import dev.attain.model.MissingPolicy;
import dev.attain.model.Period;
import dev.attain.model.Periods;
import dev.attain.report.ReportFormat;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option value converters: lower-case names, messages that list what is accepted. */
final class Converters {
  private Converters() {}

  /**
   * Registers a converter for every option enum on {@code cmd} and its subcommands: lower-case
   * names, any case accepted, a message that lists the accepted names.
   */
  static void registerEnums(picocli.CommandLine cmd) {
    cmd.registerConverter(ReportFormat.class, v -> named(ReportFormat.class, v));
    cmd.registerConverter(FailOn.class, v -> named(FailOn.class, v));
    cmd.registerConverter(MissingPolicy.class, v -> named(MissingPolicy.class, v));
    cmd.registerConverter(FindingsMode.class, v -> named(FindingsMode.class, v));
    cmd.registerConverter(Color.class, v -> named(Color.class, v));
  }

  static <E extends Enum<E>> E named(Class<E> type, String value) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(value.strip())) {
        return e;
      }
    }
    throw new TypeConversionException("'" + value + "' (expected " + names(type) + ")");
  }

  static <E extends Enum<E>> String names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(e -> e.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }

  static final class PeriodConverter implements ITypeConverter<Period> {
    @Override
    public Period convert(String value) {
      return Periods.parse(value).orElseThrow(() ->
          new TypeConversionException("period '" + value + "' " + Periods.refusal(value)));
    }
  }

  /**
   * A file name, not empty: {@code -t "$TARGETS"} with the variable unset would otherwise name the
   * current folder.
   */
  static final class FileNameConverter implements ITypeConverter<java.nio.file.Path> {
    @Override
    public java.nio.file.Path convert(String value) {
      if (value.isEmpty()) {
        throw new TypeConversionException("empty file name");
      }
      return java.nio.file.Path.of(value); // (a Path: shell completion offers file names)
    }
  }

  /** A name kept as given (for parameters declared of another type for shell completion's sake). */
  static final class AsGiven implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      return value;
    }
  }

  /**
   * An entity name, not blank: {@code --entity "$COUNTY"} with the variable unset would otherwise
   * select an entity named "", which no data row has: every target MISSING, as if the county had
   * reported nothing.
   */
  static final class EntityConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      if (dev.attain.model.Folding.entity(value).isBlank()) {
        throw new TypeConversionException("empty entity name (name an entity as the data's entity column gives it)");
      }
      return value;
    }
  }

  static final class CharsetConverter implements ITypeConverter<Charset> {
    @Override
    public Charset convert(String value) {
      try {
        return Charset.forName(value.strip());
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + value + "' is not a known encoding (expected e.g. UTF-8, GB18030, GBK)");
      }
    }
  }

  /** {@code -o FMT=PATH}. */
  static final class OutputConverter implements ITypeConverter<Output> {
    @Override
    public Output convert(String value) {
      int eq = value.indexOf('=');
      if (eq <= 0 || eq == value.length() - 1) {
        throw new TypeConversionException("'" + value + "' (expected FORMAT=PATH, e.g. json=report.json; formats: "
            + names(ReportFormat.class) + ")");
      }
      return new Output(named(ReportFormat.class, value.substring(0, eq)), value.substring(eq + 1));
    }
  }

  /** Completion candidates in lower case. */
  /** An enum's values as the user writes them (lower case), for shell completion. */
  abstract static class EnumNames<E extends Enum<E>> implements Iterable<String> {
    private final Class<E> type;

    EnumNames(Class<E> type) {
      this.type = type;
    }

    @Override
    public Iterator<String> iterator() {
      return List.of(names(type).split(", ")).iterator();
    }
  }

  static final class FormatNames extends EnumNames<ReportFormat> {
    FormatNames() {
      super(ReportFormat.class);
    }
  }

  static final class FailOnNames extends EnumNames<dev.attain.model.FailOn> {
    FailOnNames() {
      super(dev.attain.model.FailOn.class);
    }
  }

  static final class FindingsNames extends EnumNames<dev.attain.model.FindingsMode> {
    FindingsNames() {
      super(dev.attain.model.FindingsMode.class);
    }
  }

  static final class MissingNames extends EnumNames<dev.attain.model.MissingPolicy> {
    MissingNames() {
      super(dev.attain.model.MissingPolicy.class);
    }
  }

  static final class ColorNames extends EnumNames<Color> {
    ColorNames() {
      super(Color.class);
    }
  }

  /** {@code --color}. */
  enum Color {
    AUTO,
    ALWAYS,
    NEVER
  }

  /** One {@code -o FMT=PATH}. */
  record Output(ReportFormat format, String path) {}
}
