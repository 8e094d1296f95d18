package org.fordra.fees;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fordra.api.Conflict;
import org.fordra.api.InvalidField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Fetches the figures the statutory rates come from, from their official publishers, and adds
 * every half-year Fordra does not have yet the same way a manager does ({@link ReferenceRateBook}):
 *
 * <ul>
 *   <li>ECB Data Portal, series {@code FM.B.U2.EUR.4F.KR.MRR_FR.LEV} (main refinancing rate,
 *       SDMX-CSV): ECB_MRO and NL_HANDELSRENTE ({@link StatutoryDerivation});
 *   <li>Deutsche Bundesbank time series {@code BBK01.SU0115} (Basiszinssatz § 247 BGB, SDMX-CSV):
 *       DE_BASISZINSSATZ as published; derived from the ECB rate if the Bundesbank is unreachable;
 *   <li>Riksbank SWEA API, series {@code SECBREPOEFF} (policy rate, JSON): SE_REFERENSRANTA;
 *   <li>Bank of England interactive database, series {@code IUDBEDR} (Bank Rate, CSV):
 *       UK_LATE_PAYMENT_REFERENCE.
 * </ul>
 * Norway's forsinkelsesrente and standardkompensasjon and the Dutch wettelijke rente are fixed by
 * regulation, not by a published series: a manager adds them. Off unless
 * {@code fordra.rates.updater.enabled} is true ({@link RateUpdaterSchedule}); an unreachable
 * publisher is logged in one plain line and tried again next time.
 */
@Component
public class RateUpdater {

  private static final Logger log = LoggerFactory.getLogger(RateUpdater.class);

  /** Who added a rate the updater found, in the list of rates and the cases' trails. */
  static final String ACTOR = "rate-updater";

  /** Gets one published document; an {@link IOException} if the publisher cannot be reached. */
  public interface Fetch {
    String get(URI uri) throws IOException;
  }

  /** What one run did. */
  public record Run(List<ReferenceRates.Rate> added, List<String> unreachable) {}

  private final ReferenceRateBook book;
  private final ReferenceRates rates;
  private final Clock clock;
  private final Map<String, String> urls;

  RateUpdater(
      ReferenceRateBook book,
      ReferenceRates rates,
      Clock clock,
      @Value("${fordra.rates.updater.ecb-url:https://data-api.ecb.europa.eu/service/data/FM/B.U2.EUR.4F.KR.MRR_FR.LEV?format=csvdata&startPeriod={from}}") String ecb,
      @Value("${fordra.rates.updater.bundesbank-url:https://api.statistiken.bundesbank.de/rest/data/BBK01/SU0115?format=sdmx_csv&startPeriod={from}}") String bundesbank,
      @Value("${fordra.rates.updater.riksbank-url:https://api.riksbank.se/swea/v1/Observations/SECBREPOEFF/{from}}") String riksbank,
      @Value("${fordra.rates.updater.boe-url:https://www.bankofengland.co.uk/boeapps/database/_iadb-fromshowcolumns.asp?csv.x=yes&Datefrom={from}&Dateto=now&SeriesCodes=IUDBEDR&CSVF=TN&UsingCodes=Y&VPD=Y&VFD=N}") String boe) {
    this.book = book;
    this.rates = rates;
    this.clock = clock;
    this.urls = Map.of(
        StatutoryDerivation.ECB, ecb,
        "DE_BASISZINSSATZ", bundesbank,
        StatutoryDerivation.RIKSBANK, riksbank,
        StatutoryDerivation.BOE, boe);
  }

  /** One run over the network. */
  public Run update() {
    HttpClient client = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
    return update(uri -> {
      try {
        HttpResponse<String> response = client.send(
            HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("User-Agent", "Fordra rate updater").GET().build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
          throw new IOException("HTTP " + response.statusCode());
        }
        return response.body();
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted");
      }
    });
  }

  /**
   * One run with the given way of fetching: the half-years from a year back to the next one that
   * Fordra does not have and the publishers' figures now give are added.
   */
  public Run update(Fetch fetch) {
    LocalDate today = LocalDate.now(clock);
    LocalDate since = ReferenceRates.halfYearStart(today).minusYears(1);
    List<String> unreachable = new ArrayList<>();
    Map<String, PublishedSeries.Observations> policy = new HashMap<>();
    read(fetch, StatutoryDerivation.ECB, "the ECB Data Portal", since, unreachable,
        body -> PublishedSeries.sdmxCsv(StatutoryDerivation.ECB, "ECB Data Portal FM.B.U2.EUR.4F.KR.MRR_FR.LEV", body))
        .ifPresent(o -> policy.put(o.series(), o));
    read(fetch, StatutoryDerivation.RIKSBANK, "the Riksbank's SWEA API", since, unreachable,
        body -> PublishedSeries.swea(StatutoryDerivation.RIKSBANK, "Riksbank SWEA SECBREPOEFF", body))
        .ifPresent(o -> policy.put(o.series(), o));
    read(fetch, StatutoryDerivation.BOE, "the Bank of England's database", since, unreachable,
        body -> PublishedSeries.iadbCsv(StatutoryDerivation.BOE, "Bank of England IADB IUDBEDR", body))
        .ifPresent(o -> policy.put(o.series(), o));
    Optional<PublishedSeries.Observations> basiszinssatz =
        read(fetch, "DE_BASISZINSSATZ", "the Bundesbank's time series", since, unreachable,
            body -> PublishedSeries.sdmxCsv("DE_BASISZINSSATZ", "Deutsche Bundesbank BBK01.SU0115", body));

    StatutoryDerivation.PolicyRates lookup = (series, day) ->
        rates.policyOn(series, day).or(() -> Optional.ofNullable(policy.get(series))
            .flatMap(o -> o.on(day).map(found -> new ReferenceRates.Rate(series, found.day(), day,
                found.value(), o.publisher() + ", observation of " + found.day()
                    + " (fetched " + today + ")"))));

    List<ReferenceRates.Rate> added = new ArrayList<>();
    LocalDate last = ReferenceRates.halfYearStart(today).plusMonths(6);
    for (LocalDate half = since; !half.isAfter(last); half = half.plusMonths(6)) {
      for (String series : StatutoryDerivation.SERIES) {
        LocalDate end = half.plusMonths(6).minusDays(1);
        if (book.has(series, half, end)) {
          continue;
        }
        Optional<ReferenceRates.Rate> rate = series.equals("DE_BASISZINSSATZ")
            ? basiszinssatz(half, end, basiszinssatz, lookup, today)
            : StatutoryDerivation.halfYear(series, half, lookup, null);
        rate.flatMap(this::add).ifPresent(added::add);
      }
    }
    if (!added.isEmpty()) {
      log.info("Rate updater added {} rate(s): {}", added.size(), added.stream()
          .map(r -> r.series() + " " + r.from() + " " + r.percent().toPlainString()).toList());
    }
    return new Run(added, unreachable);
  }

  private interface Parse {
    PublishedSeries.Observations parse(String body) throws IOException;
  }

  private Optional<PublishedSeries.Observations> read(
      Fetch fetch, String key, String publisher, LocalDate since, List<String> unreachable,
      Parse parse) {
    String from = key.equals(StatutoryDerivation.BOE)
        ? since.minusMonths(1).format(DateTimeFormatter.ofPattern("dd/MMM/yyyy", Locale.ENGLISH))
        : since.minusMonths(1).toString();
    URI uri = URI.create(urls.get(key).replace("{from}", from));
    try {
      return Optional.of(parse.parse(fetch.get(uri)).fetchedOn(LocalDate.now(clock)));
    } catch (IOException | RuntimeException failed) {
      log.info("Rate updater: {} could not be read ({}: {}); no new rates from it this time. "
              + "Published rates can be added on /reference-rates.",
          publisher, failed.getClass().getSimpleName(), failed.getMessage());
      unreachable.add(publisher);
      return Optional.empty();
    }
  }

  /** The Bundesbank's published value for the half-year; else § 247 BGB from the ECB rate. */
  private Optional<ReferenceRates.Rate> basiszinssatz(
      LocalDate half, LocalDate end, Optional<PublishedSeries.Observations> published,
      StatutoryDerivation.PolicyRates lookup, LocalDate today) {
    if (published.isPresent()) {
      Optional<PublishedSeries.Observation> value = published.get().values().stream()
          .filter(o -> !o.day().isBefore(half) && !o.day().isAfter(end))
          .findFirst();
      if (value.isPresent()) {
        return Optional.of(new ReferenceRates.Rate("DE_BASISZINSSATZ", half, end,
            value.get().value(), "§ 247 BGB: " + published.get().publisher() + ", value for "
                + value.get().day() + " (fetched " + today + ")"));
      }
    }
    LocalDate before = half.minusDays(1);
    if (!rates.has("DE_BASISZINSSATZ", before)) {
      return Optional.empty();
    }
    return StatutoryDerivation.halfYear("DE_BASISZINSSATZ", half, lookup,
        rates.on("DE_BASISZINSSATZ", before));
  }

  private Optional<ReferenceRates.Rate> add(ReferenceRates.Rate rate) {
    String source = rate.source().length() > 500 ? rate.source().substring(0, 500) : rate.source();
    try {
      ReferenceRates.Rate checked =
          book.checked(rate.series(), rate.from(), rate.to(), rate.percent(), source);
      return Optional.of(book.add(checked, ACTOR).rate());
    } catch (Conflict | DataIntegrityViolationException addedMeanwhile) {
      return Optional.empty();
    } catch (InvalidField refused) {
      log.warn("Rate updater: {} {} {} refused: {}", rate.series(), rate.from(),
          rate.percent().toPlainString(), refused.getMessage());
      return Optional.empty();
    }
  }
}
