package org.fordra.time;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public holidays of a customer's country, from Jollyday (de.focus-shift), a maintained
 * holiday library, rather than a list of our own that would go stale. A country the library does
 * not know has no holidays here: only weekends keep the customer free of contact.
 */
public class PublicHolidays {

  private final Map<String, String> regions;
  private final Set<String> known;
  private final Map<String, Optional<HolidayManager>> managers = new ConcurrentHashMap<>();

  public PublicHolidays(Map<String, String> regions) {
    this.regions = Map.copyOf(regions);
    this.known = HolidayManager.getSupportedCalendarCodes();
  }

  /** True when the library has a calendar for the ISO 3166-1 alpha-2 code. */
  public boolean knows(String country) {
    return manager(country).isPresent();
  }

  public boolean isHoliday(LocalDate day, String country) {
    return manager(country)
        .map(
            manager -> {
              String region = regions.get(country.toUpperCase(Locale.ROOT));
              return region == null ? manager.isHoliday(day) : manager.isHoliday(day, region);
            })
        .orElse(false);
  }

  private Optional<HolidayManager> manager(String country) {
    String code = country == null ? "" : country.toUpperCase(Locale.ROOT);
    return managers.computeIfAbsent(
        code,
        c ->
            known.contains(c)
                ? Optional.of(HolidayManager.getInstance(ManagerParameters.create(c)))
                : Optional.empty());
  }
}
