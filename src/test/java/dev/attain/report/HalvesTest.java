package dev.attain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HalvesTest {
  @ParameterizedTest
  @ValueSource(ints = {0, 1, 7, Halves.MIN - 1, Halves.MIN, Halves.MIN + 1, 10_007})
  void mapKeepsOrder(int size) {
    List<Integer> items = IntStream.range(0, size).boxed().toList();
    List<String> mapped = Halves.map(items, i -> "#" + i);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      expected.add("#" + i);
    }
    assertThat(mapped).isEqualTo(expected);
  }

  @Test
  void shortListsStayOnTheCallingThreadLongOnesAreShared() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    Halves.map(IntStream.range(0, Halves.MIN - 1).boxed().toList(), i -> threads.add(Thread.currentThread()));
    assertThat(threads).containsExactly(Thread.currentThread());
    threads.clear();
    Halves.map(IntStream.range(0, Halves.MIN).boxed().toList(), i -> threads.add(Thread.currentThread()));
    assertThat(threads).hasSize(2).contains(Thread.currentThread());
  }

  @Test
  void splitIsInTheMiddleFromMinOn() {
    assertThat(Halves.split(Halves.MIN - 1)).isEqualTo(Halves.MIN - 1);
    assertThat(Halves.split(Halves.MIN)).isEqualTo(Halves.MIN / 2);
    assertThat(Halves.split(5001)).isEqualTo(2500);
  }

  @Test
  void aFailureOnTheHelperIsThrownAsItWas() {
    IllegalStateException boom = new IllegalStateException("row 4000");
    List<Integer> items = IntStream.range(0, 5000).boxed().toList();
    assertThatThrownBy(() -> Halves.map(items, i -> {
      if (i == 4000) {
        throw boom;
      }
      return i;
    })).isSameAs(boom);
    AssertionError error = new AssertionError("row 4999");
    assertThatThrownBy(() -> Halves.map(items, i -> {
      if (i == 4999) {
        throw error;
      }
      return i;
    })).isSameAs(error);
  }

  @Test
  void aFailureInTheFirstHalfWinsOverOneInTheSecond() {
    List<Integer> items = IntStream.range(0, 5000).boxed().toList();
    assertThatThrownBy(() -> Halves.map(items, i -> {
      if (i == 10 || i == 4000) {
        throw new IllegalArgumentException("row " + i);
      }
      return i;
    })).isInstanceOf(IllegalArgumentException.class).hasMessage("row 10");
  }

  @Test
  void mapEachGivesEachHalfAFunctionOfItsOwnMadeOnItsThread() {
    List<Integer> items = IntStream.range(0, Halves.MIN + 3).boxed().toList();
    Set<Thread> madeOn = ConcurrentHashMap.newKeySet();
    List<String> mapped = Halves.mapEach(items, () -> {
      madeOn.add(Thread.currentThread());
      int[] count = {0}; // state of this half's function alone
      Thread mine = Thread.currentThread();
      return i -> {
        assertThat(Thread.currentThread()).isSameAs(mine);
        return i + ":" + count[0]++;
      };
    });
    int mid = Halves.split(items.size());
    assertThat(mapped).hasSize(items.size());
    assertThat(mapped.get(0)).isEqualTo("0:0");
    assertThat(mapped.get(mid - 1)).isEqualTo((mid - 1) + ":" + (mid - 1));
    assertThat(mapped.get(mid)).isEqualTo(mid + ":0");
    assertThat(mapped.get(items.size() - 1)).isEqualTo((items.size() - 1) + ":" + (items.size() - 1 - mid));
    assertThat(madeOn).hasSize(2).contains(Thread.currentThread());

    madeOn.clear();
    assertThat(Halves.mapEach(List.of(1, 2, 3), () -> {
      madeOn.add(Thread.currentThread());
      return i -> i * 2;
    })).containsExactly(2, 4, 6);
    assertThat(madeOn).containsExactly(Thread.currentThread());
  }
}
