package org.fordra.notices;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.fordra.invoice.Invoice;
import org.springframework.stereotype.Component;

/** TEMPORARY placeholder until the notices branch lands. */
@Component
public class Notices {
  private final NoticeRepository repository;
  private final Clock clock;

  Notices(NoticeRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  public Notice send(Invoice invoice, NoticeKind kind, NoticeFacts facts) {
    byte[] body = (kind + " " + invoice.getNumber() + " " + facts).getBytes(StandardCharsets.UTF_8);
    return repository.save(new Notice(invoice, kind, NoticeChannel.EMAIL, "en",
        invoice.getCustomer().getEmail(), kind.name(), "text/html", body, "x", clock.instant()));
  }
}
