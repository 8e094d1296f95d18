package org.fordra.dunning.contact;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The creditor's contact policy ({@code fordra.contact.*}): the hours of the day a customer may be
 * contacted in their own time zone, how many contacts in any seven days, and which region's
 * holidays stand for a country where holidays differ by region.
 *
 * @param earliest first moment of the day a notice may go out or a call fall due (08:00)
 * @param latest the moment contact stops for the day (20:00); the law may be wider (Regulation F
 *     allows 21:00 in the US) but never narrower, see {@link ContactCalendar}
 * @param maxPerWeek most contacts, notices and calls together, per customer in any 7 days
 * @param holidayRegions a Jollyday region per country, e.g. {@code GB: eng} (England and Wales
 *     bank holidays; the customer record has no region)
 */
@ConfigurationProperties("fordra.contact")
public record ContactSettings(
    @DefaultValue("08:00") LocalTime earliest,
    @DefaultValue("20:00") LocalTime latest,
    @DefaultValue("3") int maxPerWeek,
    @DefaultValue Map<String, String> holidayRegions) {

  public ContactSettings {
    if (!earliest.isBefore(latest)) {
      throw new IllegalArgumentException(
          "fordra.contact.earliest (" + earliest + ") must be before latest (" + latest + ")");
    }
    if (maxPerWeek < 1) {
      throw new IllegalArgumentException("fordra.contact.max-per-week must be at least 1");
    }
    // England and Wales unless configured otherwise: most UK customers live there.
    var regions = new HashMap<String, String>(Map.of("GB", "eng"));
    if (holidayRegions != null) {
      holidayRegions.forEach(
          (country, region) -> regions.put(country.toUpperCase(Locale.ROOT), region));
    }
    holidayRegions = Map.copyOf(regions);
  }

  public static ContactSettings defaults() {
    return new ContactSettings(LocalTime.of(8, 0), LocalTime.of(20, 0), 3, Map.of());
  }
}
