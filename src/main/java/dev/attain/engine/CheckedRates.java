package dev.attain.engine;

import dev.attain.model.FailOn;
import dev.attain.model.Finding;
import dev.attain.model.FindingStatus;
import dev.attain.model.FindingsMode;
import dev.attain.model.GrowthBasis;
import dev.attain.model.Indicator;
import dev.attain.model.MissingPolicy;
import dev.attain.model.RealGrowthRates;
import dev.attain.model.Result;
import dev.attain.model.Summary;
import dev.attain.model.TargetSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of the consistency check of reported growth rates: the findings a report lists, how
 * many rates there were of each status, and the rates of each real-growth indicator. A streaming
 * check counts consistent rates, and the rates of real-growth indicators, without holding them
 * unless they are listed ({@code --findings all}).
 *
 * @param listed the findings to list, in data order
 * @param uncheckable every uncheckable rate, real-growth ones included
 * @param realGrowth per real-growth indicator, in the targets file's order, how many rates it had
 *     (all of them uncheckable)
 */
public record CheckedRates(List<Finding> listed, int consistent, int inconsistent, int uncheckable,
    List<RealGrowthRates> realGrowth) {
  public CheckedRates {
    listed = List.copyOf(listed);
    realGrowth = List.copyOf(realGrowth);
  }

  /** Every finding listed, counted from the list; no rate counted per indicator. */
  public static CheckedRates of(List<Finding> findings) {
    Tally tally = new Tally();
    for (Finding f : findings) {
      tally.add(f.status());
    }
    return tally.rates(findings, null);
  }

  /**
   * The findings of a whole run as {@code mode} lists them: counted from {@code findings}; the
   * rates of {@code targets}' real-growth indicators counted per indicator too, and listed only
   * under {@link FindingsMode#ALL}, as are consistent ones.
   */
  public static CheckedRates of(TargetSet targets, List<Finding> findings, FindingsMode mode) {
    Tally tally = new Tally();
    List<Finding> listed = new ArrayList<>();
    for (Finding f : findings) {
      tally.count(f, targets.indicators().get(f.indicator()), mode, listed);
    }
    return tally.rates(listed, targets);
  }

  /** The summary of {@code results} and these rates under the given policies ({@link Summary#of}). */
  public Summary summary(List<Result> results, FailOn failOn, MissingPolicy missingPolicy) {
    return Summary.of(results, consistent, inconsistent, uncheckable, failOn, missingPolicy);
  }

  /** Counts statuses one rate at a time: the one place a status is counted. */
  static final class Tally {
    private int consistent;
    private int inconsistent;
    private int uncheckable;
    /** Rates per real-growth indicator id. */
    private final Map<String, Count> realGrowth = new HashMap<>();

    private static final class Count {
      final Indicator indicator;
      int rates;

      Count(Indicator indicator) {
        this.indicator = indicator;
      }
    }

    void add(FindingStatus status) {
      switch (status) {
        case CONSISTENT -> consistent++;
        case INCONSISTENT -> inconsistent++;
        case UNCHECKABLE -> uncheckable++;
      }
    }

    /** Takes back one {@link #add} of {@code status} (a rate checked again, more precise). */
    void remove(FindingStatus status) {
      switch (status) {
        case CONSISTENT -> consistent--;
        case INCONSISTENT -> inconsistent--;
        case UNCHECKABLE -> uncheckable--;
      }
    }

    /**
     * Counts the finding {@code f} of {@code indicator} (null when the targets do not name it) and
     * adds it to {@code listed} when {@code mode} lists it: every finding under {@link
     * FindingsMode#ALL}; else the inconsistent and uncheckable ones, not those of real-growth
     * indicators, which are counted per indicator.
     */
    void count(Finding f, Indicator indicator, FindingsMode mode, List<Finding> listed) {
      boolean real = indicator != null && indicator.growth() == GrowthBasis.REAL;
      if (real) {
        addRealGrowth(indicator);
      } else {
        add(f.status());
      }
      if (mode == FindingsMode.ALL || !real && f.status() != FindingStatus.CONSISTENT) {
        listed.add(f);
      }
    }

    /** One rate of the real-growth {@code indicator}: uncheckable, counted for its indicator too. */
    void addRealGrowth(Indicator indicator) {
      uncheckable++;
      realGrowth.computeIfAbsent(indicator.id(), id -> new Count(indicator)).rates++;
    }

    /**
     * The rates counted so far, listing {@code listed}; real-growth indicators in {@code targets}'
     * order (in order of id when {@code targets} is {@code null}, for counts made without one).
     */
    CheckedRates rates(List<Finding> listed, TargetSet targets) {
      List<RealGrowthRates> grouped = new ArrayList<>(realGrowth.size());
      if (!realGrowth.isEmpty()) {
        Iterable<String> order = targets != null ? targets.indicators().keySet()
            : realGrowth.keySet().stream().sorted().toList();
        for (String id : order) {
          Count c = realGrowth.get(id);
          if (c != null) {
            grouped.add(new RealGrowthRates(id, c.indicator.name(), c.rates));
          }
        }
      }
      return new CheckedRates(listed, consistent, inconsistent, uncheckable, grouped);
    }
  }
}
