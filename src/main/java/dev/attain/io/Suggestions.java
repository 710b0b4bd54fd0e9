package dev.attain.io;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean …?": the nearest known word to a misspelt one, by edit distance. */
final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate nearest to {@code word} within {@code maxDistance} edits (the first in
   * {@code candidates}' order on a tie), never one that differs in every character (so that {@code a}
   * does not suggest {@code id}, nor {@code 箱} suggest {@code 个}).
   */
  static Optional<String> nearest(String word, Collection<String> candidates, int maxDistance) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(word, c);
      if (d <= maxDistance && d < word.length() && d < c.length() && d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance between two strings, by code point. */
  static int distance(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int[] prev = new int[y.length + 1];
    int[] cur = new int[y.length + 1];
    for (int j = 0; j <= y.length; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= x.length; i++) {
      cur[0] = i;
      for (int j = 1; j <= y.length; j++) {
        int cost = x[i - 1] == y[j - 1] ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[y.length];
  }
}
