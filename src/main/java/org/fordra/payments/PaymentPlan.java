package org.fordra.payments;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fordra.invoice.Invoice;
import org.fordra.money.Money;

/** Monthly installments agreed with the customer on a call. */
@Entity
public class PaymentPlan {

  public enum Outcome {
    ACTIVE,
    KEPT,
    BROKEN,
    /** A dispute stopped it; dunning resumes from the ladder once the dispute is closed. */
    INTERRUPTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "invoice_id")
  private Invoice invoice;

  private LocalDate agreedOn;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
  @OrderBy("number")
  private List<Installment> installments = new ArrayList<>();

  protected PaymentPlan() {}

  public PaymentPlan(Invoice invoice, LocalDate agreedOn) {
    this.invoice = invoice;
    this.agreedOn = agreedOn;
    this.outcome = Outcome.ACTIVE;
  }

  public Long getId() {
    return id;
  }

  public Invoice getInvoice() {
    return invoice;
  }

  public LocalDate getAgreedOn() {
    return agreedOn;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public List<Installment> getInstallments() {
    return installments;
  }

  /**
   * Splits {@code amount} into {@code count} monthly installments, the first on {@code firstDue}.
   * Each is the amount divided evenly and rounded down to the currency's scale; the last takes the
   * remainder, so the installments add up to the amount exactly.
   */
  public static PaymentPlan split(
      Invoice invoice, LocalDate agreedOn, Money amount, int count, LocalDate firstDue) {
    PaymentPlan plan = new PaymentPlan(invoice, agreedOn);
    Money share =
        new Money(
            amount.amount().divide(BigDecimal.valueOf(count), Money.scaleOf(amount.currency()),
                RoundingMode.DOWN),
            amount.currency());
    Money allocated = Money.zero(amount.currency());
    for (int number = 1; number <= count; number++) {
      Money installment = number < count ? share : amount.minus(allocated);
      allocated = allocated.plus(installment);
      plan.installments.add(
          new Installment(plan, number, firstDue.plusMonths(number - 1L), installment));
    }
    return plan;
  }

  public Installment installment(int number) {
    return installments.get(number - 1);
  }

  /** What is still to come after installment {@code number}: the balance may not exceed it. */
  public Money dueAfter(int number) {
    Money sum = Money.zero(invoice.currency());
    for (Installment later : installments.subList(number, installments.size())) {
      sum = sum.plus(later.amount());
    }
    return sum;
  }

  public void end(Outcome outcome) {
    this.outcome = outcome;
  }
}
