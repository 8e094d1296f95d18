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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fordra.invoice.Invoice;

/** Monthly installments agreed with the customer on a call. */
@Entity
public class PaymentPlan {

  public enum Outcome {
    ACTIVE,
    KEPT,
    BROKEN
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

  void add(Installment installment) {
    installments.add(installment);
  }

  public void end(Outcome outcome) {
    this.outcome = outcome;
  }
}
