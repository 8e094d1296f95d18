package org.fordra.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.fordra.audit.AuditEntry;
import org.fordra.audit.AuditTrail;
import org.fordra.customer.Customer;
import org.fordra.customer.CustomerRepository;
import org.fordra.customer.CustomerType;
import org.fordra.customer.Delivery;
import org.fordra.invoice.Invoice;
import org.fordra.invoice.InvoiceRepository;
import org.fordra.money.Money;
import org.fordra.reporting.NeedsAttention;
import org.fordra.testing.FordraTestSendingMail;
import org.fordra.testing.FordraTestSendingMail.Smtp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notices go out the way each customer asked, and the stored copy is exactly what went out; they
 * go out after their step committed (the outbox, {@link NoticeDispatcher}), never for a step that
 * rolled back, and never as two different messages.
 */
@FordraTestSendingMail
class NoticeDeliveryTest {

  @RegisterExtension static GreenMailExtension smtp = Smtp.server();

  static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  static final LocalDate PAY_BY = LocalDate.of(2026, 4, 14);

  @Autowired Notices notices;
  @Autowired NoticeRepository stored;
  @Autowired DispatchRepository dispatches;
  @Autowired CustomerRepository customers;
  @Autowired InvoiceRepository invoices;
  @Autowired AuditTrail audit;
  @Autowired TransactionTemplate transaction;
  @Autowired NoticeDispatcher dispatcher;
  @Autowired NeedsAttention attention;
  @Autowired JdbcTemplate jdbc;
  @Autowired NoticeMail mail;
  @Autowired NoticeOutbox printOutbox;
  @Autowired Clock clock;
  @Autowired PlatformTransactionManager transactions;

  @Value("${fordra.notices.outbox}")
  Path outbox;

  @BeforeEach
  void morningOfTheSixthOfApril() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-06T07:00:00Z")));
  }

  @Test
  void aSwedeWhoWantsBothGetsAnEmailAndALetterBothStoredAsSent() throws Exception {
    String number = register("sv", "SE", "SEK", Delivery.EMAIL_AND_LETTER);

    List<Notice> sent = send(number, NoticeKind.REMINDER_1);

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("kund@exempel.se");
    assertThat(mail.getSubject()).isEqualTo("Påminnelse: faktura " + number + " är obetald");
    assertThat(mail.getFrom()[0].toString()).contains("collections@fordra.example");
    List<Part> parts = leaves(mail);
    Part plain = parts.stream().filter(p -> isType(p, "text/plain")).findFirst().orElseThrow();
    Part html = parts.stream().filter(p -> isType(p, "text/html")).findFirst().orElseThrow();
    assertThat((String) plain.getContent())
        .contains("Betalningspåminnelse")
        .contains("1\u00a0250,00\u00a0kr")
        .contains("14 april 2026");
    assertThat((String) html.getContent()).contains("<h1>Betalningspåminnelse</h1>");
    // Two ways of showing one message, nothing attached; each part's encoding said, not guessed
    // from its bytes (NoticeMail.part).
    assertThat(mail.isMimeType("multipart/alternative")).isTrue();
    assertThat(parts).hasSize(2);
    for (Part part : parts) {
      assertThat(part.getHeader("Content-Transfer-Encoding")).containsExactly("quoted-printable");
    }

    assertThat(sent).extracting(Notice::getChannel)
        .containsExactly(NoticeChannel.EMAIL, NoticeChannel.LETTER);
    Notice email = sent.get(0);
    assertThat(new String(email.content(), StandardCharsets.UTF_8)).isEqualTo(html.getContent());
    assertThat(email.getContentType()).startsWith("text/html");
    assertThat(email.getLanguage()).isEqualTo("sv");
    assertThat(email.getRecipient()).isEqualTo("kund@exempel.se");
    assertThat(email.getChecksum()).isEqualTo(Notices.sha256(email.content()));

    Notice letter = sent.get(1);
    assertThat(letter.getContentType()).isEqualTo("application/pdf");
    assertThat(letter.getChecksum()).isEqualTo(Notices.sha256(letter.content()));
    assertThat(letter.getRecipient()).contains("Drottninggatan 5");
    try (var pdf = Loader.loadPDF(letter.content())) {
      String text = new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
      assertThat(text).contains(number).contains("1 250,00 kr").contains("14 april 2026");
    }
    Path printed = outbox.resolve(number + "-reminder-1-2026-04-06-n" + letter.getId() + ".pdf");
    assertThat(Files.readAllBytes(printed)).isEqualTo(letter.content());

    List<String> trail = audit.of(number).stream().map(AuditEntry::getDetail).toList();
    assertThat(trail)
        .anySatisfy(d -> assertThat(d).contains("EMAIL").endsWith("/api/notices/" + email.getId()))
        .anySatisfy(d -> assertThat(d).contains("LETTER").endsWith("/api/notices/" + letter.getId()));
  }

  @Test
  void byDefaultACustomerGetsOneEmailInTheirLanguage() throws Exception {
    String number = register("de", "DE", "EUR", null);

    List<Notice> sent = send(number, NoticeKind.FINAL_NOTICE);

    assertThat(sent).extracting(Notice::getChannel).containsExactly(NoticeChannel.EMAIL);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(smtp.getReceivedMessages()[0].getSubject())
        .isEqualTo("Letzte Mahnung: Rechnung " + number);
    assertThat(outbox.toFile().list((dir, name) -> name.startsWith(number) && name.endsWith(".pdf")))
        .isEmpty();
  }

  @Test
  void aCustomerWhoWantsLettersGetsNoEmail() {
    String number = register("nb", "NO", "NOK", Delivery.LETTER);

    List<Notice> sent = send(number, NoticeKind.DUE_NOTICE);

    assertThat(sent).extracting(Notice::getChannel).containsExactly(NoticeChannel.LETTER);
    assertThat(sent.get(0).getLanguage()).isEqualTo("nb");
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void aMailServerOutageKeepsTheNoticeQueuedAndARetrySendsItOnce() throws Exception {
    String number = register("en", "GB", "GBP", Delivery.EMAIL_AND_LETTER);
    smtp.stop();

    List<Notice> stored = send(number, NoticeKind.REMINDER_2);

    // The step committed: its copies and audit lines stay; the letter went to the printer, the
    // e-mail waits for its next try.
    assertThat(stored).extracting(Notice::getChannel)
        .containsExactly(NoticeChannel.EMAIL, NoticeChannel.LETTER);
    Notice email = stored.get(0);
    assertThat(dispatchOf(email).getState()).isEqualTo(NoticeDispatch.PENDING);
    assertThat(dispatchOf(email).getDispatchedAt()).isNull();
    assertThat(dispatchOf(email).getAttempts()).isEqualTo(1);
    assertThat(dispatchOf(email).getLastError()).isNotBlank();
    assertThat(dispatchOf(email).getNextAttemptAt())
        .isEqualTo(Instant.parse("2026-04-06T07:01:00Z"));
    assertThat(dispatchOf(stored.get(1)).getState()).isEqualTo(NoticeDispatch.SENT);
    assertThat(audit.of(number)).filteredOn(e -> e.getAction().equals("NOTICE_SENT")).hasSize(2);
    assertThat(outbox.toFile().list((dir, name) -> name.startsWith(number))).hasSize(1);

    smtp.start();
    // Not before its time ...
    assertThat(dispatcher.sweep()).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();
    // ... then once.
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-06T07:01:00Z")));
    assertThat(dispatcher.sweep()).isEqualTo(1);
    assertThat(dispatcher.sweep()).isZero();

    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(smtp.getReceivedMessages()[0].getMessageID())
        .isEqualTo(dispatchOf(email).getMessageId());
    Notice sent = copiesOf(number).get(0);
    assertThat(dispatchOf(sent).getState()).isEqualTo(NoticeDispatch.SENT);
    assertThat(dispatchOf(sent).getDispatchedAt()).isEqualTo(Instant.parse("2026-04-06T07:01:00Z"));
    assertThat(sent.getSentAt()).as("the notice's date").isEqualTo(email.getSentAt());
  }

  @Test
  void aNoticeTheMailServerRefusesAtEveryTryFailsAndNeedsAttention() {
    String number = register("en", "GB", "GBP", Delivery.EMAIL);
    smtp.stop();
    Notice email = send(number, NoticeKind.REMINDER_1).get(0);
    long failedBefore = failedMail();
    try {
      // Retried after 1, 2, 4 ... minutes, eight tries in all.
      for (int tries = 1; tries < 8; tries++) {
        ClockUtil.setCurrentTime(Date.from(dispatchOf(copiesOf(number).get(0)).getNextAttemptAt()));
        assertThat(dispatcher.sweep()).isZero();
      }
      Notice failed = copiesOf(number).get(0);
      assertThat(dispatchOf(failed).getState()).isEqualTo(NoticeDispatch.FAILED);
      assertThat(dispatchOf(failed).getAttempts()).isEqualTo(8);
      assertThat(dispatchOf(failed).getDispatchedAt()).isNull();
      assertThat(ClockUtil.getCurrentTime().toInstant())
          .isEqualTo(email.getSentAt().plus(java.time.Duration.ofMinutes(1 + 2 + 4 + 8 + 16 + 32 + 64)));
      assertThat(audit.of(number)).filteredOn(e -> e.getAction().equals("NOTICE_FAILED"))
          .singleElement()
          .satisfies(e -> assertThat(e.getDetail()).endsWith("/api/notices/" + email.getId()));
      assertThat(failedMail()).isEqualTo(failedBefore + 1);

      // Given up: the mail server back, nothing goes out on its own.
      smtp.start();
      ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-08T07:00:00Z")));
      assertThat(dispatcher.sweep()).isZero();
      assertThat(smtp.getReceivedMessages()).isEmpty();
    } finally {
      // The shared database's "needs attention" panel is empty again for the tests after this.
      jdbc.update("delete from notice where id = ?", email.getId());
    }
  }

  private long failedMail() {
    return attention.now().items().stream()
        .filter(item -> item.kind().equals("failedMail"))
        .mapToLong(NeedsAttention.Item::count)
        .sum();
  }

  @Test
  void aStepThatRollsBackAfterStoringItsNoticeSendsNothing() {
    String number = register("sv", "SE", "SEK", Delivery.EMAIL_AND_LETTER);

    transaction.executeWithoutResult(
        status -> {
          notices.send(invoice(number), NoticeKind.REMINDER_1, NoticeFacts.payBy(PAY_BY));
          // Something later in the same step fails.
          status.setRollbackOnly();
        });

    assertThat(copiesOf(number)).isEmpty();
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(outbox.toFile().list((dir, name) -> name.startsWith(number))).isNullOrEmpty();
    assertThat(dispatcher.sweep()).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void aNoticeLeftBehindByANodeThatDiedAfterTheCommitIsSentByTheSweep() throws Exception {
    String number = register("sv", "SE", "SEK", Delivery.EMAIL_AND_LETTER);

    List<Notice> stored = storeAndDieBeforeSending(number);

    assertThat(stored).extracting(n -> dispatchOf(n).getState())
        .containsOnly(NoticeDispatch.PENDING);
    assertThat(smtp.getReceivedMessages()).isEmpty();
    assertThat(outbox.toFile().list((dir, name) -> name.startsWith(number))).isNullOrEmpty();

    assertThat(dispatcher.sweep()).isEqualTo(2);

    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(smtp.getReceivedMessages()[0].getMessageID())
        .isEqualTo(dispatchOf(stored.get(0)).getMessageId())
        .matches("<notice-" + stored.get(0).getId() + "\\.[0-9a-f]{32}@fordra\\.example>");
    assertThat(outbox.toFile().list((dir, name) -> name.startsWith(number))).hasSize(1);
    assertThat(copiesOf(number)).extracting(n -> dispatchOf(n).getState())
        .containsOnly(NoticeDispatch.SENT);
  }

  @Test
  void aCrashBetweenTheMailServersAcceptAndTheMarkResendsTheSameMessageOnlyOnce()
      throws Exception {
    String number = register("de", "DE", "EUR", Delivery.EMAIL);
    Notice stored = storeAndDieBeforeSending(number).get(0);

    // A node claims the notice, the mail server accepts it, and the node dies before its mark.
    NoticeDispatcher.Outgoing claimed = dispatcher.claim(stored.getId());
    dispatcher.deliver(claimed);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    assertThat(dispatchOf(copiesOf(number).get(0)).getState()).isEqualTo(NoticeDispatch.SENDING);

    // While its claim holds, nobody sends it again.
    assertThat(dispatcher.sweep()).isZero();
    // Once it ran out, the sweep sends it again: the same message, the same Message-ID.
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-06T07:05:01Z")));
    assertThat(dispatcher.sweep()).isEqualTo(1);

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(2);
    assertThat(received[1].getMessageID())
        .isEqualTo(received[0].getMessageID())
        .isEqualTo(dispatchOf(stored).getMessageId());
    assertThat(received[1].getSentDate()).isEqualTo(received[0].getSentDate());
    assertThat(dispatchOf(copiesOf(number).get(0)).getState()).isEqualTo(NoticeDispatch.SENT);

    // A normal run afterwards sends nothing new.
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-07T07:00:00Z")));
    assertThat(dispatcher.sweep()).isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(2);
  }

  @Test
  void twoDispatchersRacingForTheSameNoticesSendEachOnce() throws Exception {
    String first = register("de", "DE", "EUR", Delivery.EMAIL);
    String second = register("de", "DE", "EUR", Delivery.EMAIL);
    storeAndDieBeforeSending(first);
    storeAndDieBeforeSending(second);

    CyclicBarrier start = new CyclicBarrier(2);
    Callable<Integer> node =
        () -> {
          start.await(10, TimeUnit.SECONDS);
          return dispatcher.sweep();
        };
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> sent = nodes.invokeAll(List.of(node, node), 60, TimeUnit.SECONDS);
      assertThat(sent.get(0).get() + sent.get(1).get()).isEqualTo(2);
    } finally {
      nodes.shutdownNow();
    }

    assertThat(smtp.getReceivedMessages()).hasSize(2);
    assertThat(smtp.getReceivedMessages())
        .extracting(MimeMessage::getSubject)
        .containsExactlyInAnyOrder(
            "Zahlungserinnerung: Rechnung " + first, "Zahlungserinnerung: Rechnung " + second);
    for (String number : List.of(first, second)) {
      Notice notice = copiesOf(number).get(0);
      assertThat(dispatchOf(notice).getState()).isEqualTo(NoticeDispatch.SENT);
      assertThat(dispatchOf(notice).getAttempts()).as("claimed once").isEqualTo(1);
    }
  }

  @Test
  void noticesOfSeveralStepsGoOutTogetherEachOnceWithItsOwnMessageId() throws Exception {
    List<Notice> waiting = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      waiting.add(storeAndDieBeforeSending(register("de", "DE", "EUR", Delivery.EMAIL)).get(0));
    }

    assertThat(dispatcher.sendAll(waiting.stream().map(Notice::getId).toList())).isEqualTo(3);

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(3);
    for (int i = 0; i < 3; i++) {
      Dispatch dispatch = dispatchOf(waiting.get(i));
      assertThat(dispatch.getState()).isEqualTo(NoticeDispatch.SENT);
      assertThat(dispatch.getAttempts()).isEqualTo(1);
      assertThat(dispatch.getDispatchedAt()).isEqualTo(Instant.parse("2026-04-06T07:00:00Z"));
      assertThat(received[i].getMessageID()).isEqualTo(dispatch.getMessageId());
    }
    assertThat(dispatcher.sweep()).isZero();
    assertThat(smtp.getReceivedMessages()).hasSize(3);
  }

  @Test
  void aBatchHoldingANoticeAnotherNodeIsSendingSendsOnlyTheOthersEachClaimedOnce()
      throws Exception {
    String first = register("de", "DE", "EUR", Delivery.EMAIL);
    String second = register("de", "DE", "EUR", Delivery.EMAIL);
    String third = register("de", "DE", "EUR", Delivery.EMAIL);
    List<Notice> waiting =
        List.of(storeAndDieBeforeSending(first).get(0), storeAndDieBeforeSending(second).get(0),
            storeAndDieBeforeSending(third).get(0));
    // Another node has taken the second and is sending it.
    assertThat(dispatcher.claim(waiting.get(1).getId())).isNotNull();

    assertThat(dispatcher.sendAll(waiting.stream().map(Notice::getId).toList())).isEqualTo(2);

    assertThat(smtp.getReceivedMessages())
        .extracting(MimeMessage::getSubject)
        .containsExactlyInAnyOrder(
            "Zahlungserinnerung: Rechnung " + first, "Zahlungserinnerung: Rechnung " + third);
    // The batch's claim of all three was undone, not counted as a try.
    assertThat(waiting).extracting(n -> dispatchOf(n).getAttempts()).containsExactly(1, 1, 1);
    assertThat(waiting).extracting(n -> dispatchOf(n).getState())
        .containsExactly(NoticeDispatch.SENT, NoticeDispatch.SENDING, NoticeDispatch.SENT);

    // That node dies before sending it: once its claim runs out, a sweep sends it, once.
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-04-06T07:05:01Z")));
    assertThat(dispatcher.sweep()).isEqualTo(1);
    assertThat(smtp.getReceivedMessages()).hasSize(3);
    assertThat(waiting).extracting(n -> dispatchOf(n).getState()).containsOnly(NoticeDispatch.SENT);
  }

  @Test
  void theDispatchersThreadsSendWhatManyCommittedStepsLeftEachOnce() throws Exception {
    List<Notice> waiting = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      waiting.add(storeAndDieBeforeSending(register("de", "DE", "EUR", Delivery.EMAIL)).get(0));
    }
    // As in production: two threads of its own, which the tests' configuration leaves out.
    NoticeDispatcher threaded =
        new NoticeDispatcher(
            stored, dispatches, mail, printOutbox, audit, clock, transactions, 2,
            java.time.Duration.ofMinutes(5), java.time.Duration.ofMinutes(1), 8,
            java.time.Duration.ofMillis(200));
    try {
      // Committed steps hand their notices on one or two at a time, faster than they go out.
      for (int i = 0; i < waiting.size(); i += 2) {
        threaded.sendAfterCommit(List.of(waiting.get(i).getId(), waiting.get(i + 1).getId()));
      }
      Awaitility.await()
          .atMost(java.time.Duration.ofSeconds(30))
          .until(() -> waiting.stream()
              .allMatch(n -> dispatchOf(n).getState() == NoticeDispatch.SENT));
    } finally {
      threaded.stop();
    }

    assertThat(smtp.getReceivedMessages()).hasSize(12)
        .extracting(MimeMessage::getMessageID)
        .containsExactlyInAnyOrderElementsOf(
            waiting.stream().map(n -> dispatchOf(n).getMessageId()).toList());
    assertThat(waiting).extracting(n -> dispatchOf(n).getAttempts()).containsOnly(1);
  }

  /**
   * Stores the notice as its step does, and "dies" right after the commit: the node's own
   * after-commit send never runs (the synchronisation before it throws, which stops the rest).
   */
  private List<Notice> storeAndDieBeforeSending(String number) {
    assertThatThrownBy(
            () ->
                transaction.executeWithoutResult(
                    status -> {
                      TransactionSynchronizationManager.registerSynchronization(
                          new TransactionSynchronization() {
                            @Override
                            public void afterCommit() {
                              throw new IllegalStateException("the node died");
                            }
                          });
                      notices.send(invoice(number), NoticeKind.REMINDER_1, NoticeFacts.payBy(PAY_BY));
                    }))
        .hasMessage("the node died");
    return copiesOf(number);
  }

  private Invoice invoice(String number) {
    return invoices.findByNumber(number).orElseThrow();
  }

  @Test
  void twoLettersOfOneKindForOneInvoiceOnOneDayAreTwoFilesEachItsOwnCopy() throws Exception {
    String number = register("sv", "SE", "SEK", Delivery.LETTER);

    send(number, NoticeKind.REMINDER_1, PAY_BY);
    // Resent the same morning with a later date to pay by.
    List<Notice> sent = send(number, NoticeKind.REMINDER_1, PAY_BY.plusDays(7));

    assertThat(sent).hasSize(2).extracting(Notice::getKind).containsOnly(NoticeKind.REMINDER_1);
    String[] files = outbox.toFile().list((dir, name) -> name.startsWith(number));
    assertThat(files).hasSize(2);
    String[] payBy = {"14 april 2026", "21 april 2026"};
    for (int i = 0; i < 2; i++) {
      Notice copy = sent.get(i);
      Path file = outbox.resolve(number + "-reminder-1-2026-04-06-n" + copy.getId() + ".pdf");
      assertThat(Files.readAllBytes(file)).isEqualTo(copy.content());
      try (var pdf = Loader.loadPDF(Files.readAllBytes(file))) {
        assertThat(new PDFTextStripper().getText(pdf).replace('\u00a0', ' '))
            .contains(payBy[i])
            .doesNotContain(payBy[1 - i]);
      }
    }
  }

  private Dispatch dispatchOf(Notice notice) {
    return dispatches.findById(notice.getId()).orElseThrow();
  }

  private List<Notice> copiesOf(String number) {
    return transaction.execute(
        status ->
            stored.findByInvoiceIdOrderByIdAsc(invoices.findByNumber(number).orElseThrow().getId()));
  }

  private List<Notice> send(String number, NoticeKind kind) {
    return send(number, kind, PAY_BY);
  }

  private List<Notice> send(String number, NoticeKind kind, LocalDate payBy) {
    transaction.executeWithoutResult(
        status ->
            notices.send(invoices.findByNumber(number).orElseThrow(), kind, NoticeFacts.payBy(payBy)));
    return copiesOf(number);
  }

  private String register(String language, String country, String currency, Delivery delivery) {
    String number = "N-" + UUID.randomUUID().toString().substring(0, 8);
    transaction.executeWithoutResult(
        status -> {
          Customer customer =
              new Customer(
                  "Kund AB",
                  CustomerType.BUSINESS,
                  country,
                  language,
                  "kund@exempel.se",
                  "+46 8 000 00 00",
                  STOCKHOLM,
                  Instant.now());
          customer.setDelivery(delivery);
          customer.setPostalAddress("Drottninggatan 5\n111 51 Stockholm");
          customers.save(customer);
          invoices.save(
              new Invoice(
                  number,
                  customer,
                  LocalDate.of(2026, 3, 2),
                  LocalDate.of(2026, 4, 1),
                  Money.exact(new BigDecimal("1250.00"), Currency.getInstance(currency)),
                  Instant.now()));
        });
    return number;
  }

  private static boolean isType(Part part, String type) {
    try {
      return part.isMimeType(type);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Part> leaves(Part part) throws Exception {
    List<Part> leaves = new ArrayList<>();
    if (part.isMimeType("multipart/*")) {
      Multipart multipart = (Multipart) part.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart child = multipart.getBodyPart(i);
        leaves.addAll(leaves(child));
      }
    } else {
      leaves.add(part);
    }
    return leaves;
  }
}
