package org.fordra.reporting;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Currency;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fordra.fees.MissingRates;
import org.fordra.invoice.DunningStage;
import org.fordra.money.Money;
import org.fordra.pages.PageFormat;
import org.fordra.pages.PageFormats;
import org.fordra.security.PageFor;
import org.fordra.api.StaffGroups;
import org.fordra.security.StaffMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /}: the managers' dashboard. Other staff land on the invoice list instead, which is
 * where their work starts.
 */
@Controller
class DashboardPage {

  private final ReceivablesDashboard dashboard;
  private final MissingRates missingRates;
  private final PageFormats formats;
  private final NeedsAttention attention;

  DashboardPage(
      ReceivablesDashboard dashboard,
      MissingRates missingRates,
      PageFormats formats,
      NeedsAttention attention) {
    this.dashboard = dashboard;
    this.missingRates = missingRates;
    this.formats = formats;
    this.attention = attention;
  }

  @GetMapping("/")
  @PageFor({StaffGroups.MANAGERS, StaffGroups.ADMIN, StaffGroups.COLLECTORS, StaffGroups.SALES})
  String dashboard(HttpServletRequest request, Model model) {
    if (!StaffMember.of(request).map(StaffMember::seesReceivables).orElse(false)) {
      return "redirect:/invoices";
    }
    ReceivablesDashboard.Dashboard today = dashboard.today();
    model.addAttribute("dashboard", today);
    model.addAttribute("attention", attention.now());
    model.addAttribute("stages", DunningStage.values());
    model.addAttribute("charts", stageCharts(today, formats.of(request)));
    model.addAttribute("missingRates", missingRates.all());
    java.time.LocalDate halfYear = org.fordra.fees.ReferenceRates.halfYearStart(today.today());
    model.addAttribute("halfYear", halfYear);
    model.addAttribute("notKnownYet", missingRates.notKnownFor(halfYear));
    return "pages/dashboard";
  }

  /** Per currency: outstanding principal by the dunning stage the claims have reached. */
  private static List<BarChart> stageCharts(
      ReceivablesDashboard.Dashboard today, PageFormat format) {
    Map<String, Map<DunningStage, Money>> byCurrency = new LinkedHashMap<>();
    for (AgingReport.StatusStageLine line : today.byStatusAndStage()) {
      byCurrency
          .computeIfAbsent(line.currency(), c -> new LinkedHashMap<>())
          .merge(line.stage(), line.outstanding(), Money::plus);
    }
    List<BarChart> charts = new ArrayList<>();
    byCurrency.forEach(
        (currency, stages) -> {
          List<BarChart.Entry> entries = new ArrayList<>();
          for (DunningStage stage : DunningStage.values()) {
            Money amount =
                stages.getOrDefault(stage, Money.zero(Currency.getInstance(currency)));
            entries.add(
                new BarChart.Entry(
                    format.label("stage", stage),
                    amount.amount(),
                    format.amount(amount),
                    null));
          }
          charts.add(BarChart.of(currency, entries));
        });
    return charts;
  }
}
