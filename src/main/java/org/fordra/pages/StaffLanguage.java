package org.fordra.pages;

import java.time.ZoneId;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Fordra's own pages speak, each with the time zone a reader of it most likely
 * works in (the default until they choose another).
 */
public enum StaffLanguage {
  ENGLISH("en", "English", "Europe/London"),
  SWEDISH("sv", "Svenska", "Europe/Stockholm"),
  NORWEGIAN("nb", "Norsk", "Europe/Oslo"),
  DUTCH("nl", "Nederlands", "Europe/Amsterdam"),
  GERMAN("de", "Deutsch", "Europe/Berlin");

  private final Locale locale;
  private final String name;
  private final ZoneId zone;

  StaffLanguage(String tag, String name, String zone) {
    this.locale = Locale.forLanguageTag(tag);
    this.name = name;
    this.zone = ZoneId.of(zone);
  }

  public Locale locale() {
    return locale;
  }

  public String tag() {
    return locale.getLanguage();
  }

  /** The language's name in itself, as a speaker looks for it in a list. */
  public String displayName() {
    return name;
  }

  public ZoneId zone() {
    return zone;
  }

  /** The staff language of a locale; Norwegian as "no", "nb" or "nn" is Bokmål here. */
  public static Optional<StaffLanguage> of(Locale locale) {
    if (locale == null) {
      return Optional.empty();
    }
    String language = locale.getLanguage();
    if (language.equals("no") || language.equals("nn")) {
      language = "nb";
    }
    for (StaffLanguage candidate : values()) {
      if (candidate.tag().equals(language)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The first of the browser's languages (Accept-Language, best first) the pages speak. */
  public static StaffLanguage firstOf(Enumeration<Locale> preferred) {
    while (preferred != null && preferred.hasMoreElements()) {
      Optional<StaffLanguage> known = of(preferred.nextElement());
      if (known.isPresent()) {
        return known.get();
      }
    }
    return ENGLISH;
  }
}
