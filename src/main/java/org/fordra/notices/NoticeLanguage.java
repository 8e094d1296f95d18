package org.fordra.notices;

import java.util.List;
import java.util.Locale;

/** The languages notices are written in, and which one a customer gets. */
final class NoticeLanguage {

  /** English first: it is what a customer gets whose language Fordra does not write. */
  static final List<String> SUPPORTED = List.of("en", "sv", "nb", "nl", "de");

  private NoticeLanguage() {}

  /**
   * The notice language for a customer's ISO 639-1 code. Norwegian is written in bokmål: "no" is
   * the macrolanguage code many systems still send, and bokmål is what most Norwegians read.
   */
  static String of(String customerLanguage) {
    if (customerLanguage == null) {
      return "en";
    }
    String code = customerLanguage.strip().toLowerCase(Locale.ROOT);
    if (code.equals("no")) {
      return "nb";
    }
    return SUPPORTED.contains(code) ? code : "en";
  }
}
