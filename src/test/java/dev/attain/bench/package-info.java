/**
 * Timing harnesses run by hand, never by the build: {@link dev.attain.bench.HotLoop} times the
 * hot loop of a check (parse, convert, accumulate) on data from {@code scripts/bench}.
 */
package dev.attain.bench;
