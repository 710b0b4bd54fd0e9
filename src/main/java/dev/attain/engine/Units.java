package dev.attain.engine;

import dev.attain.model.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The units of figures kept in a packed form, each named by a small index: a run sees a few, and
 * the rows of a series mostly have the unit of the row before. Not thread-safe.
 */
final class Units {
  private final int capacity;
  private final List<Unit> units = new ArrayList<>();
  private final Map<Unit, Integer> index = new HashMap<>();
  /** The unit looked up last, and its index. */
  private Unit last;
  private int lastAt;

  /** A table of at most {@code capacity} units. */
  Units(int capacity) {
    this.capacity = capacity;
  }

  /** The index of {@code unit}, or the table's capacity when it is full and the unit not in it. */
  int index(Unit unit) {
    if (unit != last) {
      Integer at = index.get(unit);
      if (at == null && units.size() < capacity) {
        at = units.size();
        units.add(unit);
        index.put(unit, at);
      }
      last = unit;
      lastAt = at == null ? capacity : at;
    }
    return lastAt;
  }

  Unit get(int index) {
    return units.get(index);
  }
}
