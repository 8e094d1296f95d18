package org.fordra.notices;

import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The creditor's own name and payment details, printed on every notice: a demand that does not
 * say whom to pay, where and with which reference is one nobody can act on.
 */
@ConfigurationProperties("fordra.creditor")
public record Creditor(
    String name,
    String address,
    String email,
    String phone,
    String iban,
    String bic,
    String bankgiro,
    String account) {

  public List<String> addressLines() {
    return address == null
        ? List.of()
        : Arrays.stream(address.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
  }
}
