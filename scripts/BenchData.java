import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a reproducible benchmark dataset for attain: a long-layout actuals CSV of county
 * figures (entities × indicators × years, with a reported growth column) and its targets file.
 *
 * <p>Run on any machine with Java 17: {@code java scripts/BenchData.java --out target/bench}.
 * Options: {@code --entities N} (2800), {@code --indicators M} (40, at most 40), {@code --years
 * FIRST-LAST} (2016-2024), {@code --seed S} (20240302), {@code --split K} (also write the same rows
 * dealt round-robin into K files under {@code split/}), {@code --shuffle} (rows in a random order,
 * so base years may come after the years they are the base of).
 *
 * <p>The figures look like the real thing: levels with their published precision (亿元 to two
 * decimals, 元 whole), a growth rate to one decimal computed from the published levels — mostly
 * consistent, about 2% off by 0.5 to 3 points, 1% left empty — real growth (GDP, value added)
 * below nominal, percentage indicators with no growth column, and some values written with
 * thousands separators. Same options, same bytes.
 */
public final class BenchData {
  /** name, id, unit, decimals of the level, kind: F flow, S stock, R rate (%), G real-growth flow; scale. */
  record Ind(String id, String name, String unit, int decimals, char kind, double scale) {}

  static final List<Ind> INDICATORS = List.of(
      new Ind("gdp", "地区生产总值", "亿元", 2, 'G', 80),
      new Ind("primary_va", "第一产业增加值", "亿元", 2, 'G', 12),
      new Ind("secondary_va", "第二产业增加值", "亿元", 2, 'G', 30),
      new Ind("tertiary_va", "第三产业增加值", "亿元", 2, 'G', 38),
      new Ind("industry_va", "规模以上工业增加值", "亿元", 2, 'G', 22),
      new Ind("fixed_investment", "全社会固定资产投资", "亿元", 2, 'F', 60),
      new Ind("retail_sales", "社会消费品零售总额", "亿元", 2, 'F', 35),
      new Ind("fiscal_revenue", "地方一般公共预算收入", "万元", 0, 'F', 45000),
      new Ind("fiscal_spending", "一般公共预算支出", "万元", 0, 'F', 180000),
      new Ind("tax_revenue", "税收收入", "万元", 0, 'F', 30000),
      new Ind("urban_income", "城镇居民人均可支配收入", "元", 0, 'F', 38000),
      new Ind("rural_income", "农村居民人均可支配收入", "元", 0, 'F', 16000),
      new Ind("consumption", "居民人均消费支出", "元", 0, 'F', 21000),
      new Ind("grain_output", "粮食产量", "万斤", 0, 'F', 6000),
      new Ind("grain_area", "粮食播种面积", "万亩", 2, 'S', 8),
      new Ind("farmland", "耕地保有量", "万亩", 2, 'S', 16),
      new Ind("meat_output", "肉类总产量", "吨", 0, 'F', 9000),
      new Ind("vegetables", "蔬菜产量", "万吨", 2, 'F', 6),
      new Ind("cpi", "居民消费价格涨幅", "%", 1, 'R', 2),
      new Ind("unemployment", "城镇调查失业率", "%", 1, 'R', 5),
      new Ind("population", "常住人口", "万人", 2, 'S', 35),
      new Ind("urbanisation", "常住人口城镇化率", "%", 1, 'R', 50),
      new Ind("trade", "进出口总额", "万元", 0, 'F', 40000),
      new Ind("fdi", "实际利用外资", "万元", 0, 'F', 8000),
      new Ind("investment_attraction", "招商引资到位资金", "亿元", 2, 'F', 9),
      new Ind("deposits", "金融机构各项存款余额", "亿元", 2, 'S', 150),
      new Ind("loans", "金融机构各项贷款余额", "亿元", 2, 'S', 110),
      new Ind("tourists", "接待游客", "万人次", 1, 'F', 300),
      new Ind("tourism_revenue", "旅游总收入", "亿元", 2, 'F', 25),
      new Ind("new_jobs", "城镇新增就业", "人", 0, 'F', 4000),
      new Ind("labour_transfer", "富余劳动力转移就业", "人次", 0, 'F', 11000),
      new Ind("afforestation", "国土绿化面积", "亩", 0, 'F', 5000),
      new Ind("forestation", "造林面积", "公顷", 1, 'F', 900),
      new Ind("public_housing", "公租房建设", "套", 0, 'F', 70),
      new Ind("schools", "新建改扩建学校", "个", 0, 'F', 6),
      new Ind("facility_farming", "设施农业面积", "万亩", 2, 'S', 2),
      new Ind("livestock", "牲畜出栏", "万头", 2, 'F', 20),
      new Ind("firms", "规模以上工业企业", "家", 0, 'S', 60),
      new Ind("patents", "专利授权量", "件", 0, 'F', 400),
      new Ind("parcels", "快递业务量", "万件", 1, 'F', 900));

  public static void main(String[] args) throws IOException {
    int entities = 2800;
    int indicators = INDICATORS.size();
    int first = 2016;
    int last = 2024;
    long seed = 20240302L;
    int split = 0;
    boolean shuffle = false;
    Path out = Path.of("target/bench");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--entities" -> entities = Integer.parseInt(args[++i]);
        case "--indicators" -> indicators = Math.min(INDICATORS.size(), Integer.parseInt(args[++i]));
        case "--years" -> {
          String[] y = args[++i].split("-");
          first = Integer.parseInt(y[0]);
          last = Integer.parseInt(y[1]);
        }
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--split" -> split = Integer.parseInt(args[++i]);
        case "--shuffle" -> shuffle = true;
        case "--out" -> out = Path.of(args[++i]);
        default -> {
          System.err.println("usage: java scripts/BenchData.java [--entities N] [--indicators M] [--years 2016-2024] "
              + "[--seed S] [--split K] [--shuffle] [--out DIR]");
          System.exit(2);
        }
      }
    }
    Files.createDirectories(out);
    List<Ind> used = INDICATORS.subList(0, indicators);
    List<String> rows = rows(used, entities, first, last, seed);
    if (shuffle) {
      SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
      for (int i = rows.size() - 1; i > 0; i--) {
        int j = r.nextInt(i + 1);
        String t = rows.get(i);
        rows.set(i, rows.get(j));
        rows.set(j, t);
      }
    }
    String header = "地区,指标,时期,数值,单位,增速(%)\n";
    try (Writer w = writer(out.resolve("actuals.csv"))) {
      w.write(header);
      for (String row : rows) {
        w.write(row);
      }
    }
    if (split > 0) {
      Path dir = out.resolve("split");
      Files.createDirectories(dir);
      List<Writer> ws = new ArrayList<>();
      try {
        for (int k = 0; k < split; k++) {
          Writer w = writer(dir.resolve(String.format("part-%02d.csv", k)));
          ws.add(w);
          w.write(header);
        }
        for (int i = 0; i < rows.size(); i++) {
          ws.get(i % split).write(rows.get(i));
        }
      } finally {
        for (Writer w : ws) {
          w.close();
        }
      }
    }
    Files.writeString(out.resolve("targets.yaml"), targets(used, last), StandardCharsets.UTF_8);
    System.err.printf("BenchData: %d rows (%d entities × %d indicators × %d years) in %s%n",
        rows.size(), entities, used.size(), last - first + 1, out.resolve("actuals.csv"));
  }

  static Writer writer(Path p) throws IOException {
    return new BufferedWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8), 1 << 16);
  }

  static List<String> rows(List<Ind> used, int entities, int first, int last, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> rows = new ArrayList<>(entities * used.size() * (last - first + 1));
    StringBuilder sb = new StringBuilder(64);
    for (int e = 1; e <= entities; e++) {
      String entity = String.format(java.util.Locale.ROOT, "县%04d", e);
      for (Ind ind : used) {
        double size = ind.scale * StrictMath.exp(0.6 * r.nextDouble(-1.5, 1.5));
        double trend = ind.kind == 'S' ? 0.01 : 0.07;
        BigDecimal previous = null;
        double level = size;
        for (int y = first; y <= last; y++) {
          double rate = trend + 0.04 * gaussian(r);
          sb.setLength(0);
          sb.append(entity).append(',').append(ind.name).append(',').append(y).append(',');
          if (ind.kind == 'R') {
            double v = ind.scale + (ind.id.equals("urbanisation") ? 1.2 * (y - first) : 0) + ind.scale * 0.2 * gaussian(r);
            sb.append(BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).toPlainString());
            sb.append(',').append(ind.unit).append(",\n");
            rows.add(sb.toString());
            continue;
          }
          level = y == first ? level : level * (1 + rate);
          BigDecimal published = BigDecimal.valueOf(level).setScale(ind.decimals, RoundingMode.HALF_UP);
          String text = published.toPlainString();
          if (ind.decimals == 0 && published.compareTo(BigDecimal.valueOf(10000)) >= 0 && r.nextInt(20) == 0) {
            text = "\"" + String.format(java.util.Locale.ROOT, "%,d", published.longValueExact()) + "\"";
          }
          sb.append(text).append(',').append(ind.unit).append(',');
          BigDecimal growth;
          if (previous == null || previous.signum() == 0) {
            growth = BigDecimal.valueOf(rate * 100).setScale(1, RoundingMode.HALF_UP);
          } else {
            growth = published.divide(previous, 10, RoundingMode.HALF_UP).subtract(BigDecimal.ONE)
                .movePointRight(2).setScale(1, RoundingMode.HALF_UP);
          }
          if (ind.kind == 'G') {
            growth = growth.subtract(BigDecimal.valueOf(1 + r.nextInt(25), 1)); // the deflator
          } else if (r.nextInt(50) == 0) {
            BigDecimal off = BigDecimal.valueOf(5 + r.nextInt(26), 1);
            growth = r.nextBoolean() ? growth.add(off) : growth.subtract(off);
          }
          if (r.nextInt(100) != 0) {
            sb.append(growth.toPlainString());
          }
          sb.append('\n');
          rows.add(sb.toString());
          previous = published;
        }
      }
    }
    return rows;
  }

  static double gaussian(SplittableRandom r) {
    // Irwin–Hall: close enough to normal, and the same on every JDK.
    double s = 0;
    for (int i = 0; i < 6; i++) {
      s += r.nextDouble();
    }
    return (s - 3) / StrictMath.sqrt(0.5);
  }

  static String targets(List<Ind> used, int year) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Generated by scripts/BenchData.java: a dozen ").append(year)
        .append(" targets over a national county table.\n");
    sb.append("title: 全国县域").append(year).append("年主要预期目标（基准测试）\n");
    sb.append("period: ").append(year).append('\n');
    sb.append("indicators:\n");
    for (Ind ind : used) {
      sb.append("  ").append(ind.id).append(": {name: ").append(ind.name).append(", unit: ");
      sb.append(ind.unit.equals("%") ? "\"%\"" : ind.unit);
      switch (ind.kind) {
        case 'G' -> sb.append(", growth: real");
        case 'S' -> sb.append(", type: stock");
        default -> { }
      }
      sb.append("}\n");
    }
    sb.append("targets:\n");
    String[][] targets = {
      {"gdp", "growth: {at_least: 5, tolerance: 0.5}", "地区生产总值增长5%左右"},
      {"fixed_investment", "growth: {at_least: 6}", "全社会固定资产投资增长6%"},
      {"retail_sales", "growth: {at_least: 6}", "社会消费品零售总额增长6%"},
      {"fiscal_revenue", "growth: {at_least: 5}", "地方一般公共预算收入增长5%"},
      {"urban_income", "growth: {at_least: 6}", "城镇居民人均可支配收入增长6%"},
      {"rural_income", "growth: {at_least: 7}", "农村居民人均可支配收入增长7%"},
      {"cpi", "value: {at_most: 3, tolerance: 0.5}", "居民消费价格涨幅3%左右"},
      {"unemployment", "value: {at_most: 5.5}", "城镇调查失业率5.5%以内"},
      {"grain_output", "value: {at_least: 2.5, unit: 万吨}", "粮食产量2.5万吨以上"},
      {"farmland", "value: {at_least: 15}", "耕地保有量15万亩以上"},
      {"tourism_revenue", "growth: {at_least: 8}", "旅游总收入增长8%"},
      {"deposits", "change: {at_least: 5}", "存款余额增加5亿元以上"},
    };
    for (String[] t : targets) {
      if (used.stream().noneMatch(i -> i.id.equals(t[0]))) {
        continue;
      }
      sb.append("  - indicator: ").append(t[0]).append('\n');
      sb.append("    ").append(t[1]).append('\n');
      sb.append("    text: ").append(t[2]).append('\n');
    }
    if (used.stream().anyMatch(i -> i.id.equals("farmland"))) {
      // the farmland target is a warning, as in the county reports
      int at = sb.lastIndexOf("text: 耕地保有量");
      sb.insert(sb.indexOf("\n", at) + 1, "    severity: warn\n");
    }
    return sb.toString();
  }
}
