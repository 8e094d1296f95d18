package org.fordra.money;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Every decimal a request sends (amounts, percentages, rates) is a string, "1250.00", as the
 * contract says: a JSON number is refused, because a client that sends one has usually been
 * through a binary double on the way (1250.1 + 0.2 = 1250.3000000000002) and its amounts are not
 * what the books say. Registered only with the mapper that reads HTTP request bodies
 * ({@code api/RequestBodies}), so it holds for every request body of every feature, while
 * Fordra's own JSON (stored events, files it wrote) reads its numbers as before.
 */
public class DecimalStrings extends SimpleModule {

  /** Plain decimal notation only: no exponent (1e9999999 is a denial of service), no spaces. */
  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,30}(\\.\\d{1,30})?");

  public DecimalStrings() {
    super("fordra-decimal-strings");
    addDeserializer(BigDecimal.class, new Reader());
  }

  /** A decimal sent the wrong way: the reason, for the API's field error. */
  public static final class NotADecimalString extends MismatchedInputException {

    private final String reason;

    NotADecimalString(JsonParser parser, String reason) {
      super(parser, reason, BigDecimal.class);
      this.reason = reason;
    }

    public String reason() {
      return reason;
    }
  }

  private static final class Reader extends StdScalarDeserializer<BigDecimal> {

    Reader() {
      super(BigDecimal.class);
    }

    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        String text = p.getText().trim();
        if (DECIMAL.matcher(text).matches()) {
          return new BigDecimal(text);
        }
        throw new NotADecimalString(
            p, "'" + p.getText() + "' is not a decimal " + what(p) + ", e.g. " + example(p));
      }
      throw new NotADecimalString(
          p, "send the " + what(p) + " as a decimal string, e.g. " + example(p));
    }

    private static String what(JsonParser p) {
      return isRate(p) ? "percentage" : "amount";
    }

    private static String example(JsonParser p) {
      return isRate(p) ? "\"2.5\"" : "\"1250.00\"";
    }

    private static boolean isRate(JsonParser p) {
      String name = p.getParsingContext().getCurrentName();
      String field = name == null ? "" : name.toLowerCase(Locale.ROOT);
      return field.contains("percent") || field.contains("rate");
    }
  }
}
