package org.fordra.reporting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart drawn by the server as SVG: the page needs no script and prints as it looks. The
 * geometry is worked out here; the template only draws the rectangles.
 */
public final class BarChart {

  /** One bar: its label under it, its value over it, where it links to (may be null). */
  public record Bar(
      String label, String value, String link, int x, int y, int width, int height, int labelX) {}

  public static final int WIDTH = 640;
  public static final int HEIGHT = 240;
  private static final int TOP = 24;
  private static final int BOTTOM = 40;
  private static final int PLOT = HEIGHT - TOP - BOTTOM;

  private final String title;
  private final List<Bar> bars;

  private BarChart(String title, List<Bar> bars) {
    this.title = title;
    this.bars = bars;
  }

  /** An input bar before it is laid out. */
  public record Entry(String label, BigDecimal amount, String value, String link) {}

  public static BarChart of(String title, List<Entry> entries) {
    BigDecimal max =
        entries.stream().map(Entry::amount).reduce(BigDecimal.ZERO, BigDecimal::max);
    int slot = entries.isEmpty() ? WIDTH : WIDTH / entries.size();
    int width = Math.max(8, slot * 3 / 5);
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      int height =
          max.signum() <= 0 || entry.amount().signum() <= 0
              ? 0
              : Math.max(
                  1,
                  entry.amount()
                      .multiply(BigDecimal.valueOf(PLOT))
                      .divide(max, MathContext.DECIMAL64)
                      .intValue());
      int x = i * slot + (slot - width) / 2;
      bars.add(
          new Bar(
              entry.label(),
              entry.value(),
              entry.link(),
              x,
              TOP + PLOT - height,
              width,
              height,
              x + width / 2));
    }
    return new BarChart(title, bars);
  }

  public String getTitle() {
    return title;
  }

  public List<Bar> getBars() {
    return bars;
  }

  public int getWidth() {
    return WIDTH;
  }

  public int getHeight() {
    return HEIGHT;
  }

  /** The base line the bars stand on. */
  public int getBaseline() {
    return TOP + PLOT;
  }

  public int getLabelY() {
    return HEIGHT - BOTTOM / 2;
  }
}
