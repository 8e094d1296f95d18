package org.fordra.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fordra.notices.NoticeFixtures.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.fordra.customer.Customer;
import org.fordra.fees.Payoff;
import org.fordra.invoice.Invoice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every notice kind in every language: complete, and stating the amounts and dates it must. */
class NoticeRenderingTest {

  final NoticeRenderer renderer = new NoticeRenderer(CREDITOR);

  static Stream<Arguments> everyKindInEveryLanguage() {
    return Stream.of(NoticeKind.values())
        .flatMap(kind -> NoticeLanguage.SUPPORTED.stream().map(lang -> Arguments.of(kind, lang)));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("everyKindInEveryLanguage")
  void everyKindRendersCompletelyWithTheAmountsAndTheDeadline(NoticeKind kind, String language) {
    Customer customer = customer(language, COUNTRY_OF.get(language));
    Invoice invoice = invoice(customer, "INV-2026-0042");
    Payoff payoff = payoff(invoice);
    NoticeFacts facts = factsFor(kind, invoice);
    CustomerFormat format = new CustomerFormat(customer.locale());

    RenderedNotice notice =
        renderer.email(new NoticeRenderer.Request(invoice, kind, facts, payoff, TODAY));

    assertThat(notice.language()).isEqualTo(language);
    for (String output : new String[] {notice.subject(), notice.html(), notice.text()}) {
      assertThat(output).doesNotContain("??").doesNotContain("{0}").doesNotContain("{1}");
    }
    assertThat(notice.subject()).contains("INV-2026-0042");
    String total = format.money(payoff.total());
    for (String body : new String[] {notice.html(), notice.text()}) {
      assertThat(body)
          .contains("INV-2026-0042")
          .contains(format.date(ISSUED))
          .contains(format.date(DUE))
          .contains(total)
          .contains(format.money(invoice.principal()))
          .contains("BGB § 288 (5)");
      if (facts.payBy() != null) {
        assertThat(body).contains(format.date(facts.payBy()));
      }
      if (kind == NoticeKind.SETTLEMENT_OFFER) {
        assertThat(body).contains(format.money(facts.settlementAmount()));
      }
      if (kind == NoticeKind.PAYMENT_PLAN_CONFIRMATION) {
        facts.installments().forEach(
            i -> assertThat(body).contains(format.money(i.amount())).contains(format.date(i.dueDate())));
      }
      if (kind == NoticeKind.PAID_RECEIPT) {
        assertThat(body).contains(format.money(payoff.paid()));
      }
    }
    // The creditor's bank details tell the customer how to pay, except where paying us would be
    // wrong (after the hand-over to the agency) or pointless (paid in full).
    boolean showsBankDetails =
        notice.html().contains(ACCOUNT_SHOWN_FOR.get(invoice.currency().getCurrencyCode()));
    assertThat(showsBankDetails)
        .isEqualTo(kind != NoticeKind.AGENCY_HANDOVER && kind != NoticeKind.PAID_RECEIPT);
  }

  @Test
  void amountsAndDatesAreWrittenTheWayTheCustomerWritesThem() {
    RenderedNotice german = reminder1("de", "DE");
    assertThat(german.html()).contains("1.202,34\u00a0€").contains("12. Mai 2026");
    assertThat(german.subject()).isEqualTo("Zahlungserinnerung: Rechnung INV-1");

    RenderedNotice swedish = reminder1("sv", "SE");
    assertThat(swedish.text()).contains("1\u00a0202,34\u00a0kr").contains("12 maj 2026");
    assertThat(swedish.subject()).isEqualTo("Påminnelse: faktura INV-1 är obetald");

    RenderedNotice british = reminder1("en", "GB");
    assertThat(british.html()).contains("£1,202.34").contains("12 May 2026");

    RenderedNotice dutch = reminder1("nl", "NL");
    assertThat(dutch.text()).contains("12 mei 2026").contains("1.202,34");
    assertThat(dutch.subject()).isEqualTo("Herinnering: factuur INV-1 is nog niet betaald");
  }

  @Test
  void norwegianIsWrittenInBokmalWhateverCodeTheCustomerHas() {
    assertThat(reminder1("no", "NO").language()).isEqualTo("nb");
    assertThat(reminder1("no", "NO").subject()).isEqualTo("Påminnelse: faktura INV-1 er ikke betalt");
    assertThat(reminder1("nb", "NO").language()).isEqualTo("nb");
  }

  @Test
  void aLanguageFordraDoesNotWriteGetsEnglish() {
    RenderedNotice french = reminder1("fr", "FR");
    assertThat(french.language()).isEqualTo("en");
    assertThat(french.subject()).isEqualTo("Reminder: invoice INV-1 is overdue");
    // ...with the amounts still in the customer's own format.
    assertThat(french.html()).contains("1\u202f202,34\u00a0€");
  }

  @Test
  void theLevelsOfOverdueNoticesRiseFromOversightToAgency() {
    assertThat(reminder("en", NoticeKind.REMINDER_1).text()).contains("probably just an oversight");
    assertThat(reminder("en", NoticeKind.REMINDER_2).text())
        .contains("is something wrong?")
        .contains("payment plan");
    assertThat(reminder("en", NoticeKind.FINAL_NOTICE).text())
        .contains("Final notice")
        .contains("debt collection agency")
        .contains("12 May 2026");
    assertThat(reminder("nl", NoticeKind.FINAL_NOTICE).text())
        .contains("veertien dagen na de dag van ontvangst");
    assertThat(reminder("nb", NoticeKind.FINAL_NOTICE).subject()).startsWith("Inkassovarsel");
  }

  @Test
  void aDutchConsumersFinalNoticeIsTheFourteenDayLetterWithTheCostsItMustState() {
    Customer customer = customer("nl", "NL");
    Invoice invoice = invoice(customer, "INV-1");
    // WIK on EUR 1,000.00: 15 % = 150.00 (BIK art. 2), announced as art. 6:96(6) BW demands.
    RenderedNotice letter =
        renderer.email(
            new NoticeRenderer.Request(
                invoice,
                NoticeKind.FINAL_NOTICE,
                factsFor(NoticeKind.FINAL_NOTICE, invoice),
                payoff(invoice),
                TODAY,
                java.util.List.of(),
                new org.fordra.money.Money(new java.math.BigDecimal("150.00"), invoice.currency()),
                List.of(NoticeKind.REMINDER_1, NoticeKind.REMINDER_2)));
    assertThat(letter.text())
        .contains("veertien dagen na de dag van ontvangst van deze brief")
        .contains("buitengerechtelijke incassokosten van €\u00a0150,00");
    assertThat(letter.html()).contains("buitengerechtelijke incassokosten van €\u00a0150,00");
    // Without costs to announce (a business, another country) the sentence is not there.
    assertThat(reminder("nl", NoticeKind.FINAL_NOTICE).text()).doesNotContain("incassokosten van");
  }

  /** The label of the interest line and the word between the period's two dates, per language. */
  static Stream<Arguments> interestWordsByLanguage() {
    return Stream.of(
        Arguments.of("en", "Late-payment interest to date", " to ", "10.27 % (1.27 + 9)"),
        Arguments.of("de", "Verzugszinsen bis heute", " bis ", "10,27 % (1,27 + 9)"),
        Arguments.of("sv", "Dröjsmålsränta hittills", " till och med ", "10,27 % (1,27 + 9)"),
        Arguments.of("nb", "Forsinkelsesrente hittil", " til og med ", "10,27 % (1,27 + 9)"),
        Arguments.of("nl", "Rente tot heden", " tot en met ", "10,27 % (1,27 + 9)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("interestWordsByLanguage")
  void interestIsALineOfItsOwnWithItsLawPeriodAndRate(
      String language, String label, String to, String rate) {
    Customer customer = customer(language, COUNTRY_OF.get(language));
    Invoice invoice = invoice(customer, "INV-1");
    CustomerFormat format = new CustomerFormat(customer.locale());
    RenderedNotice notice =
        renderer.email(
            new NoticeRenderer.Request(
                invoice, NoticeKind.REMINDER_2, NoticeFacts.payBy(PAY_BY), payoff(invoice), TODAY));
    String basis =
        INTEREST_LAW + "; " + format.date(INTEREST_FROM) + to + format.date(TODAY) + ": " + rate;
    String amount = format.money(money("12.34", invoice.currency()));
    // Plain text: "  label, date (basis): amount" on one line of the owed-today table.
    assertThat(notice.text())
        .contains("  " + label + ", " + format.date(TODAY) + " (" + basis + "): " + amount);
    // HTML: the same four cells in one row (Thymeleaf escapes the "&" of no text here).
    String row = notice.html().substring(notice.html().indexOf(label));
    row = row.substring(0, row.indexOf("</tr>"));
    assertThat(row).contains(basis).contains(amount).contains(format.date(TODAY));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sv", "nb", "nl", "de"})
  void interestWhoseRateIsNotYetPublishedIsALineWithItsLawAndPeriodButNoFigure(String language) {
    Customer customer = customer(language, COUNTRY_OF.get(language));
    Invoice invoice = invoice(customer, "INV-1");
    CustomerFormat format = new CustomerFormat(customer.locale());
    Payoff pending = payoffWithInterestPending(invoice);
    RenderedNotice notice =
        renderer.email(
            new NoticeRenderer.Request(
                invoice, NoticeKind.REMINDER_2, NoticeFacts.payBy(PAY_BY), pending, TODAY));
    String pendingLabel =
        NoticeRenderer.messages().getMessage("line.interestPending", null, java.util.Locale.forLanguageTag(language));
    assertThat(notice.text())
        .contains(pendingLabel)
        .contains(INTEREST_LAW + "; " + format.date(INTEREST_FROM))
        .contains(format.money(pending.total()))
        .doesNotContain(format.money(money("12.34", invoice.currency())));
  }

  @ParameterizedTest
  @ValueSource(strings = {"sv", "nb", "nl", "de"})
  void everyLanguageHasEverySentenceEnglishHas(String language) throws IOException {
    Properties english = bundle("messages.properties");
    Properties other = bundle("messages_" + language + ".properties");
    assertThat(other.stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    for (String key : other.stringPropertyNames()) {
      assertThat(other.getProperty(key)).as(key).isNotBlank();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "_sv", "_nb", "_nl", "_de"})
  void noMessageHasAStraightQuoteThatMessageFormatWouldSwallow(String suffix) throws IOException {
    Properties messages = bundle("messages" + suffix + ".properties");
    for (String key : messages.stringPropertyNames()) {
      assertThat(messages.getProperty(key)).as(key).doesNotContain("'");
    }
  }

  @Test
  void everyKindHasItsSentences() throws IOException {
    Properties english = bundle("messages.properties");
    for (NoticeKind kind : NoticeKind.values()) {
      for (String part : new String[] {"subject", "title", "p1", "p2", "p3"}) {
        assertThat(english.getProperty(kind.name() + "." + part)).as(kind + "." + part).isNotBlank();
      }
    }
  }

  /**
   * Per language: the words of reminder 2 and the final notice that refer to reminders sent
   * before, the singular one a final notice after exactly one reminder uses, and what reminder 2
   * calls itself when a reminder came before it.
   */
  static Stream<Arguments> wordsThatReferToEarlierReminders() {
    return Stream.of(
        Arguments.of("en", "despite our earlier reminder", "Despite our reminders",
            "Despite our reminder,", "Second reminder"),
        Arguments.of("sv", "trots vår tidigare påminnelse", "Trots våra påminnelser",
            "Trots vår påminnelse är", "Andra påminnelsen"),
        Arguments.of("nb", "til tross for vår forrige påminnelse", "Til tross for våre påminnelser",
            "Til tross for vår påminnelse er", "Andre påminnelse"),
        Arguments.of("nl", "ondanks onze eerdere herinnering", "Ondanks onze herinneringen",
            "Ondanks onze herinnering is", "Tweede herinnering"),
        Arguments.of("de", "trotz unserer Erinnerung", "trotz unserer Mahnungen",
            "trotz unserer Mahnung ist", "Zweite Mahnung"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wordsThatReferToEarlierReminders")
  void aFirstLetterNeverMentionsAReminderThatWasNotSent(
      String language, String reminder2Despite, String finalDespite, String afterOne,
      String secondReminder) {
    RenderedNotice reminder2 = reminderAfter(language, NoticeKind.REMINDER_2, List.of());
    assertThat(reminder2.subject()).doesNotContain(secondReminder);
    assertThat(reminder2.text()).doesNotContain(secondReminder);
    assertThat(reminder2.text().toLowerCase()).doesNotContain(reminder2Despite.toLowerCase());
    assertThat(reminder2.html()).doesNotContain(reminder2Despite);

    RenderedNotice finalNotice = reminderAfter(language, NoticeKind.FINAL_NOTICE, List.of());
    assertThat(finalNotice.text()).doesNotContain(finalDespite).doesNotContain(afterOne);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wordsThatReferToEarlierReminders")
  void aLetterRefersToTheRemindersThatWereSent(
      String language, String reminder2Despite, String finalDespite, String afterOne,
      String secondReminder) {
    RenderedNotice reminder2 =
        reminderAfter(language, NoticeKind.REMINDER_2, List.of(NoticeKind.REMINDER_1));
    assertThat(reminder2.subject()).contains(secondReminder);
    assertThat(reminder2.text().toLowerCase()).contains(reminder2Despite.toLowerCase());

    // One reminder before the final notice (reminder 2 was the first letter): singular.
    RenderedNotice afterOneReminder =
        reminderAfter(language, NoticeKind.FINAL_NOTICE, List.of(NoticeKind.REMINDER_2));
    assertThat(afterOneReminder.text()).contains(afterOne).doesNotContain(finalDespite);

    RenderedNotice afterTwo =
        reminderAfter(
            language,
            NoticeKind.FINAL_NOTICE,
            List.of(NoticeKind.DUE_NOTICE, NoticeKind.REMINDER_1, NoticeKind.REMINDER_2));
    assertThat(afterTwo.text()).contains(finalDespite);
  }

  @Test
  void everyLanguageHasEveryVariantTheEnglishBundleHas() throws IOException {
    Properties english = bundle("messages.properties");
    List<String> variants =
        english.stringPropertyNames().stream()
            .filter(key -> key.endsWith("." + NoticeWording.NO_REMINDER)
                || key.endsWith("." + NoticeWording.ONE_REMINDER))
            .toList();
    assertThat(variants).hasSize(7);
    for (String language : List.of("sv", "nb", "nl", "de")) {
      Properties bundle = bundle("messages_" + language + ".properties");
      for (String key : variants) {
        assertThat(bundle.getProperty(key)).as(language + " " + key).isNotBlank();
      }
    }
  }

  private RenderedNotice reminderAfter(String language, NoticeKind kind, List<NoticeKind> sent) {
    Customer customer = customer(language, COUNTRY_OF.get(language));
    Invoice invoice = invoice(customer, "INV-1");
    return renderer.email(
        new NoticeRenderer.Request(invoice, kind, factsFor(kind, invoice), payoff(invoice), TODAY)
            .after(sent));
  }

  private RenderedNotice reminder1(String language, String country) {
    Customer customer = customer(language, country);
    Invoice invoice = invoice(customer, "INV-1");
    return renderer.email(
        new NoticeRenderer.Request(
            invoice, NoticeKind.REMINDER_1, NoticeFacts.payBy(PAY_BY), payoff(invoice), TODAY));
  }

  private RenderedNotice reminder(String language, NoticeKind kind) {
    Customer customer = customer(language, COUNTRY_OF.get(language));
    Invoice invoice = invoice(customer, "INV-1");
    return renderer.email(
        new NoticeRenderer.Request(invoice, kind, factsFor(kind, invoice), payoff(invoice), TODAY));
  }

  private static Properties bundle(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        NoticeRenderingTest.class.getResourceAsStream("/templates/notices/" + name)) {
      assertThat(in).as(name).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
