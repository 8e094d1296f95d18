package org.fordra.customer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fordra.api.InvalidField.FieldError;

/**
 * A customer's state or region as ISO 3166-2 writes it ({@code US-MA}): some creditor rules are
 * set by state (940 CMR 7.00 in Massachusetts), so the region must belong to the customer's country.
 */
final class CustomerRegion {

  private static final Pattern ISO_3166_2 = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");

  private CustomerRegion() {}

  /** The region in upper case, none when blank; an error under {@code field} when it is wrong. */
  static Optional<String> checked(
      String region, String country, String field, List<FieldError> errors) {
    if (region == null || region.isBlank()) {
      return Optional.empty();
    }
    String code = region.trim().toUpperCase(Locale.ROOT);
    String prefix = "UK".equals(country) ? "GB" : country;
    if (!ISO_3166_2.matcher(code).matches() || !code.startsWith(prefix + "-")) {
      errors.add(new FieldError(field, "'" + region
          + "' is not an ISO 3166-2 subdivision code of the customer's country, such as US-MA"));
      return Optional.empty();
    }
    return Optional.of(code);
  }
}
