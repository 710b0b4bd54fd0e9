package dev.attain.engine;

import dev.attain.model.Figure;
import dev.attain.model.FigureRow;
import dev.attain.model.Finding;
import dev.attain.model.FindingStatus;
import dev.attain.model.FindingsMode;
import dev.attain.model.GrowthBasis;
import dev.attain.model.Indicator;
import dev.attain.model.Period;
import dev.attain.model.Relation;
import dev.attain.model.Report;
import dev.attain.model.TargetSet;
import dev.attain.model.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The streaming path of a check (SPEC §6): takes figures, or rows not yet made into figures
 * ({@link FigureRow}), as the reader produces them and keeps only what the evaluation needs, so
 * that memory grows with the figures the targets use, not with the size of the data. A row's plain
 * numbers go into the consistency check as they are; its figure is made only when kept.
 *
 * <ul>
 *   <li>Figures the targets need — of the indicators the targets (and their references) name, in
 *       the target years and the years before (every sub-period of both) — go into a {@link
 *       FigureTable}, merged and checked for conflicts as {@link FigureTable#accept} does.
 *   <li>Every entity is noted, in order of first appearance, whether or not its figures are kept.
 *   <li>Reported growth rates are checked for consistency as soon as a row's level, rate and base
 *       level are all present, with {@link ConsistencyChecker}'s rule. Per entity and indicator,
 *       a period is held while it can still be needed: until its own rate is checked and the next
 *       year's rate (for which it is the base) is checked too. Findings come out in data order (the
 *       order in which their rows first appeared), exactly as {@link
 *       ConsistencyChecker#check(TargetSet, FigureTable, Set)} gives them from the whole table.
 * </ul>
 *
 * <p>A row that repeats a period no longer held is compared with what {@link ReleasedPeriods}
 * kept of it (its numbers, unit, locations and place in data order, in 32 bytes), so a conflict is
 * an error here as in the whole table, in whatever order the rows come. A repeat more precise than
 * the copy held or kept ({@link FigureTable#merge}) takes its place, and a rate already checked
 * against it — its own, or the next year's for which it is the base — is checked again: its count
 * and its finding (in its place in data order) become what the whole table gives, in whatever
 * order the copies come. Only a repeat that changes a figure costs more than before.
 *
 * <p>Not thread-safe: one thread feeds it.
 */
public final class FigureStream implements Consumer<Figure> {
  private final TargetSet targets;
  private final Set<String> entityFilter;
  private final NeededFigures needed;
  private final FigureTable table;
  private final Map<String, Series[]> series = new HashMap<>();
  private final Map<String, Integer> indicatorIndex = new HashMap<>();
  /** The periods held, in a compact form, until they are no longer needed. */
  private final HeldPeriods slots = new HeldPeriods();
  /** Of the periods no longer held, what a repeated row is compared with. */
  private final ReleasedPeriods releasedPeriods = new ReleasedPeriods();
  /** The indicator, entity row and series {@link #series} found last. */
  private String lastIndicator;
  private Series[] lastRow;
  private Series lastSeries;
  /** The indicator {@link #needed} asked about last, and whether the targets need it. */
  private String lastAsked;
  private boolean lastNeeded;
  /** The entity of the last figure and its series: rows usually come grouped by entity. */
  private String entity;
  private Series[] row;
  /** Whether consistent findings are kept to be listed ({@code --findings all}); else only counted. */
  private final boolean listAll;
  private final CheckedRates.Tally tally = new CheckedRates.Tally();

  private Finding[] findings = new Finding[1024];
  private long[] order = new long[1024];
  private int findingCount;
  private boolean sorted = true;
  /** Where each listed finding is in {@link #findings}, by its row's seq: only once a rate is checked again. */
  private Map<Long, Integer> findingIndex;
  private long seq;
  private long held;
  private long peakHeld;

  /** A stream for {@code targets} evaluated under {@code options}. */
  public FigureStream(TargetSet targets, EvaluationOptions options) {
    this.targets = targets;
    this.entityFilter = options.entities();
    this.table = FigureTable.forTargets(targets);
    this.listAll = options.findings() == FindingsMode.ALL;
    this.needed = new NeededFigures(targets, options.period(), options.asOf());
  }

  /** Whether the targets need a figure of this indicator and period (in a target year or the year before). */
  boolean needed(String indicator, Period period) {
    if (indicator != lastAsked) { // rows come grouped by indicator: the answer of the row before, first
      lastAsked = indicator;
      lastNeeded = needed.indicator(indicator);
    }
    return lastNeeded && needed.year(period.year());
  }

  @Override
  public void accept(Figure f) {
    accept(FigureRow.of(f));
  }

  /**
   * As {@link #accept(Figure)}, for a row whose figure is not made yet: its numbers go into the
   * consistency check as they are, and the figure is made only when the targets need it (or a
   * repeated row must be merged with it).
   */
  public void accept(FigureRow r) {
    entity(r.entity());
    if (needed(r.indicator(), r.period())) {
      table.accept(r.figure());
    }
    consistency(r);
  }

  private void entity(String e) {
    if (e != entity) {
      entity = e;
      row = series.computeIfAbsent(entity, x -> new Series[Math.max(4, indicatorIndex.size() + 1)]);
      table.addEntity(entity);
    }
  }

  /** The figures the targets need, and every entity of the data. */
  public FigureTable table() {
    return table;
  }

  /**
   * The growth rates checked so far: the findings to list, in data order (consistent ones and
   * those of real-growth indicators only under {@code --findings all}), the count of each status,
   * and the rates of each real-growth indicator.
   */
  public CheckedRates rates() {
    if (!sorted) {
      sortFindings();
    }
    List<Finding> listed = new ArrayList<>(findingCount);
    for (int i = 0; i < findingCount; i++) {
      if (findings[i] != null) { // (null: a finding no longer listed once its rate was checked again)
        listed.add(findings[i]);
      }
    }
    return tally.rates(listed, targets);
  }

  /** The report: {@link Evaluator#evaluate(TargetSet, FigureTable, CheckedRates, EvaluationOptions)} on what was kept. */
  public Report evaluate(EvaluationOptions options) {
    return Evaluator.evaluate(targets, table, rates(), options);
  }

  /** Periods held for the consistency check now (for tests and diagnostics). */
  public long held() {
    return held;
  }

  /** The most periods held at once for the consistency check. */
  public long peakHeld() {
    return peakHeld;
  }

  // --- consistency, as rows stream ------------------------------------------------------------

  /**
   * One entity's one indicator: its held periods (a few: a chain of {@link #slots} searched in
   * place, indexed by a map only when many periods wait at once), and the periods already done with.
   */
  private static final class Series {
    private static final int SCAN = 16;
    /** The first held slot, chained by {@link HeldPeriods#next}; -1 for none. */
    int head = -1;
    int count;
    /** By {@link HeldPeriods#code}, once more than {@link #SCAN} periods are held. */
    Map<Integer, Integer> index;
    /** Released whole years from {@link #FIRST_YEAR}, one bit each: the common case, in 8 bytes. */
    long releasedYears;
    /** Released periods that do not fit in {@link #releasedYears}. */
    Set<Period> released;
    /** The first of this series' entries in {@link FigureStream#releasedPeriods}, chained; -1 for none. */
    int gone = -1;
    /** The indicator as the targets define it, or {@code null} when they do not; once {@link #resolved}. */
    Indicator indicator;
    boolean resolved;

    /** The slot of this period, or -1. */
    int find(HeldPeriods slots, int year, int months) {
      int code = HeldPeriods.code(year, months);
      if (index != null) {
        Integer slot = index.get(code);
        return slot == null ? -1 : slot;
      }
      for (int slot = head; slot >= 0; slot = slots.next(slot)) {
        if (slots.code(slot) == code) {
          return slot;
        }
      }
      return -1;
    }

    /** Takes {@code slot}, just made with {@link #head} as its next, as the first of the chain. */
    int link(HeldPeriods slots, int slot) {
      head = slot;
      count++;
      if (index != null) {
        index.put(slots.code(slot), slot);
      } else if (count > SCAN) {
        index = new HashMap<>();
        for (int s = head; s >= 0; s = slots.next(s)) {
          index.put(slots.code(s), s);
        }
      }
      return slot;
    }

    void remove(HeldPeriods slots, int slot) {
      if (head == slot) {
        head = slots.next(slot);
      } else {
        int before = head;
        while (slots.next(before) != slot) {
          before = slots.next(before);
        }
        slots.setNext(before, slots.next(slot));
      }
      count--;
      if (index != null) {
        index.remove(slots.code(slot));
      }
      slots.free(slot);
    }

    boolean isReleased(int year, int months) {
      int bit = bit(year, months);
      return bit >= 0 ? (releasedYears & (1L << bit)) != 0
          : released != null && released.contains(new Period(year, months));
    }

    void release(int year, int months) {
      int bit = bit(year, months);
      if (bit >= 0) {
        releasedYears |= 1L << bit;
      } else {
        if (released == null) {
          released = new HashSet<>(8);
        }
        released.add(new Period(year, months));
      }
    }

    private static int bit(int year, int months) {
      int b = year - FIRST_YEAR;
      return months == 12 && b >= 0 && b < 64 ? b : -1;
    }
  }

  private static final int FIRST_YEAR = 1990;

  /** The series of the current entity and {@code indicator}. */
  private Series series(String indicator) {
    if (indicator == lastIndicator && row == lastRow) { // an entity's years of one indicator come together
      return lastSeries;
    }
    Series s = seriesOf(indicator);
    lastIndicator = indicator;
    lastRow = row;
    lastSeries = s;
    return s;
  }

  /** Per entity, an array indexed by indicator. */
  private Series seriesOf(String indicator) {
    Integer boxed = indicatorIndex.get(indicator);
    int i;
    if (boxed == null) {
      i = indicatorIndex.size();
      indicatorIndex.put(indicator, i);
    } else {
      i = boxed;
    }
    if (i >= row.length) {
      row = Arrays.copyOf(row, Math.max(i + 1, row.length * 2));
      series.put(entity, row);
    }
    Series s = row[i];
    if (s == null) {
      s = new Series();
      row[i] = s;
    }
    return s;
  }

  private void consistency(FigureRow r) {
    String entity = r.entity();
    String indicator = r.indicator();
    Period period = r.period();
    Series s = series(indicator);
    int year = period.year();
    int months = period.months();
    int slot = s.find(slots, year, months);
    if (slot < 0) {
      if (s.isReleased(year, months)) { // checked and no longer held: a repeat is compared with what was kept
        int entry = releasedPeriods.find(s.gone, HeldPeriods.code(year, months));
        Figure kept = releasedPeriods.figure(entry, entity, indicator, period);
        Figure merged = table.merge(kept, r.figure());
        if (merged != kept) { // more precise: what was checked against it is checked again
          releasedPeriods.replace(entry, merged);
          changed(s, kept, merged, releasedPeriods.seq(entry), true, entity, indicator);
        }
        return;
      }
      slot = s.link(slots, slots.add(seq++, r, s.head));
      held++;
      peakHeld = Math.max(peakHeld, held);
    } else {
      Figure kept = slots.figure(slot, entity, indicator);
      Figure merged = table.merge(kept, r.figure());
      if (merged != kept) {
        slots.set(slot, merged);
        changed(s, kept, merged, slots.seq(slot), slots.checked(slot), entity, indicator);
      }
    }
    check(s, slot, entity, indicator);
    if (year < 9999 && slots.hasValue(slot)) {
      int next = s.find(slots, year + 1, months);
      if (next >= 0) {
        check(s, next, entity, indicator);
        release(s, next, entity, indicator);
      }
    }
    release(s, slot, entity, indicator);
    if (year > 1) {
      int base = s.find(slots, year - 1, months);
      if (base >= 0) {
        release(s, base, entity, indicator);
      }
    }
  }

  /** Checks the rate of {@code slot} when its level, rate and base level are all there. */
  private void check(Series s, int slot, String entity, String indicatorId) {
    if (slots.checked(slot)) {
      return;
    }
    int code = slots.code(slot);
    int year = code >> 4;
    if (!slots.hasGrowth(slot) || !slots.hasValue(slot) || year <= 1) {
      return;
    }
    int base = s.find(slots, year - 1, code & 15);
    if (base < 0 || !slots.hasValue(base)) {
      return;
    }
    slots.markChecked(slot);
    if (!entityFilter.isEmpty() && !entityFilter.contains(entity)) {
      return;
    }
    Indicator indicator = indicator(s, indicatorId);
    if (indicator != null && indicator.growth() == GrowthBasis.REAL) {
      tally.addRealGrowth(indicator); // counted per indicator: a finding only to be listed
      if (listAll) {
        add(slots.seq(slot), ConsistencyChecker.check(slots.figure(slot, entity, indicatorId),
            slots.figure(base, entity, indicatorId), indicator));
      }
      return;
    }
    if (!listAll && slots.growthRelation(slot) == Relation.EQ && slots.valueRelation(slot) == Relation.EQ
        && slots.valueRelation(base) == Relation.EQ && isConsistent(slot, base)) {
      tally.add(FindingStatus.CONSISTENT); // counted, not listed: no finding to build
      return;
    }
    Finding finding = ConsistencyChecker.check(slots.figure(slot, entity, indicatorId),
        slots.figure(base, entity, indicatorId), indicator);
    tally.add(finding.status());
    if (listAll || finding.status() != FindingStatus.CONSISTENT) {
      add(slots.seq(slot), finding);
    }
  }

  /**
   * After a period's figure became {@code now} (from {@code before}, already stored): checks again
   * the rates already checked against it — its own when {@code checked}, and, when its level
   * changed, the next year's, for which it is the base.
   */
  private void changed(Series s, Figure before, Figure now, long seqOfRow, boolean checked, String entity,
      String indicator) {
    Period p = now.period();
    if (checked) {
      Figure base = figure(s, p.year() - 1, p.months(), entity, indicator);
      recheck(s, seqOfRow, before, now, base, base, entity, indicator);
    }
    boolean levelChanged = before.value() != now.value() || before.unit() != now.unit();
    if (!levelChanged || p.year() >= 9999) {
      return;
    }
    int year = p.year() + 1;
    int months = p.months();
    int slot = s.find(slots, year, months);
    if (slot >= 0) {
      if (slots.checked(slot)) {
        Figure next = slots.figure(slot, entity, indicator);
        recheck(s, slots.seq(slot), next, next, before, now, entity, indicator);
      }
    } else if (s.isReleased(year, months)) {
      int entry = releasedPeriods.find(s.gone, HeldPeriods.code(year, months));
      Figure next = releasedPeriods.figure(entry, entity, indicator, new Period(year, months));
      recheck(s, releasedPeriods.seq(entry), next, next, before, now, entity, indicator);
    }
  }

  /** The figure of a period held or released (the base of a checked rate is one of them). */
  private Figure figure(Series s, int year, int months, String entity, String indicator) {
    int slot = s.find(slots, year, months);
    if (slot >= 0) {
      return slots.figure(slot, entity, indicator);
    }
    return releasedPeriods.figure(s.gone, HeldPeriods.code(year, months), entity, indicator, new Period(year, months));
  }

  /**
   * A rate checked as {@code before} against {@code baseBefore}, checked again as {@code after}
   * against {@code baseAfter}: its count moves to the new status, and its finding, listed or not
   * as {@link #check} lists it, takes the old one's place in data order.
   */
  private void recheck(Series s, long seqOfRow, Figure before, Figure after, Figure baseBefore, Figure baseAfter,
      String entity, String indicatorId) {
    if (!entityFilter.isEmpty() && !entityFilter.contains(entity)) {
      return;
    }
    Indicator indicator = indicator(s, indicatorId);
    Finding was = ConsistencyChecker.check(before, baseBefore, indicator);
    Finding now = ConsistencyChecker.check(after, baseAfter, indicator);
    if (was.equals(now)) {
      return;
    }
    boolean real = indicator != null && indicator.growth() == GrowthBasis.REAL;
    if (!real) { // a real-growth rate is counted once for its indicator, whatever its precision
      tally.remove(was.status());
      tally.add(now.status());
    }
    boolean wasListed = listAll || !real && was.status() != FindingStatus.CONSISTENT;
    boolean nowListed = listAll || !real && now.status() != FindingStatus.CONSISTENT;
    if (wasListed) {
      findings[findingAt(seqOfRow)] = nowListed ? now : null; // (a null is dropped when the findings are given)
    } else if (nowListed) {
      add(seqOfRow, now);
    }
  }

  /** The series' indicator in the targets file (null when the file does not name it), looked up once. */
  private Indicator indicator(Series s, String indicatorId) {
    if (!s.resolved) {
      s.indicator = targets.indicators().get(indicatorId);
      s.resolved = true;
    }
    return s.indicator;
  }

  /** The index in {@link #findings} of the finding of row {@code seqOfRow}, which is listed. */
  private int findingAt(long seqOfRow) {
    if (findingIndex == null) { // made on the first re-check only
      findingIndex = new HashMap<>();
      for (int i = 0; i < findingCount; i++) {
        if (findings[i] != null) {
          findingIndex.put(order[i], i);
        }
      }
    }
    return findingIndex.get(seqOfRow);
  }

  /** {@link ConsistencyChecker#isConsistent(BigDecimal, BigDecimal, Unit, BigDecimal, Unit)} on what two slots hold. */
  private boolean isConsistent(int slot, int base) {
    Unit unit = slots.unit(slot);
    Unit baseUnit = slots.unit(base);
    if (slots.compact(slot) && slots.compact(base)
        && (unit == baseUnit || unit.factor().compareTo(baseUnit.factor()) == 0)) {
      int answer = ConsistencyChecker.isConsistent(slots.growthUnscaled(slot), slots.growthScale(slot),
          slots.valueUnscaled(slot), slots.valueScale(slot), slots.valueUnscaled(base), slots.valueScale(base));
      if (answer != ConsistencyChecker.TOO_LARGE) {
        return answer == ConsistencyChecker.YES;
      }
    }
    return ConsistencyChecker.isConsistent(slots.growth(slot), slots.value(slot), unit, slots.value(base), baseUnit);
  }

  /**
   * Drops {@code slot} once its rate is checked and it has served as the base of the next year's,
   * keeping its numbers compactly for a repeat to be compared with.
   */
  private void release(Series s, int slot, String entity, String indicator) {
    if (!slots.checked(slot)) {
      return;
    }
    int code = slots.code(slot);
    int year = code >> 4;
    int months = code & 15;
    boolean nextDone;
    if (year < 9999) {
      int after = s.find(slots, year + 1, months);
      nextDone = after >= 0 ? slots.checked(after) : s.isReleased(year + 1, months);
    } else {
      nextDone = false;
    }
    if (!nextDone) {
      return;
    }
    s.gone = releasedPeriods.keep(s.gone, slots, slot, entity, indicator);
    s.remove(slots, slot);
    held--;
    s.release(year, months);
  }

  private void add(long seqOfRow, Finding finding) {
    if (findingCount == findings.length) {
      findings = Arrays.copyOf(findings, findingCount * 2);
      order = Arrays.copyOf(order, findingCount * 2);
    }
    if (findingCount > 0 && order[findingCount - 1] > seqOfRow) {
      sorted = false;
    }
    findings[findingCount] = finding;
    order[findingCount] = seqOfRow;
    if (findingIndex != null) {
      findingIndex.put(seqOfRow, findingCount);
    }
    findingCount++;
  }

  private void sortFindings() {
    Integer[] idx = new Integer[findingCount];
    for (int i = 0; i < findingCount; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (a, b) -> Long.compare(order[a], order[b]));
    Finding[] f = new Finding[findings.length];
    long[] o = new long[order.length];
    for (int i = 0; i < findingCount; i++) {
      f[i] = findings[idx[i]];
      o[i] = order[idx[i]];
    }
    findings = f;
    order = o;
    sorted = true;
    findingIndex = null; // the places moved
  }
}
