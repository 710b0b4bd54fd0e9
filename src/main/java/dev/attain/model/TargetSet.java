package dev.attain.model;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a targets file defines.
 *
 * @param file the targets file as the user named it (for messages)
 * @param title shown in report headers
 * @param period the default period of targets, or {@code null} when every target gives its own
 * @param entity entity of data rows that have no entity column, or {@code null}
 * @param actuals data files to use when the command line names none, resolved against the
 *     targets file's folder
 * @param indicators the vocabulary by id, in file order
 * @param targets in file order
 * @param units the built-in units plus the file's own
 * @param schedule the file-wide seasonal schedule, or {@code null} for even months
 */
public record TargetSet(
    String file,
    String title,
    Period period,
    String entity,
    List<Path> actuals,
    Map<String, Indicator> indicators,
    List<Target> targets,
    UnitTable units,
    Schedule schedule) {
  public TargetSet {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(title, "title");
    actuals = List.copyOf(actuals);
    indicators = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(indicators));
    targets = List.copyOf(targets);
    Objects.requireNonNull(units, "units");
  }

  public Optional<Indicator> indicator(String id) {
    return Optional.ofNullable(indicators.get(id));
  }

  /** The schedule that applies to {@code indicator}: its own, else the file's, else even months. */
  public Schedule scheduleOf(Indicator indicator) {
    if (indicator.schedule() != null) {
      return indicator.schedule();
    }
    return schedule != null ? schedule : Schedule.EVEN;
  }
}
