package org.fordra.payments;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.fordra.money.Money;

@Entity
public class Installment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id")
  private PaymentPlan plan;

  @jakarta.persistence.Column(name = "installment_number")
  private int number;

  private LocalDate dueDate;

  private BigDecimal amount;

  protected Installment() {}

  Installment(PaymentPlan plan, int number, LocalDate dueDate, Money amount) {
    this.plan = plan;
    this.number = number;
    this.dueDate = dueDate;
    this.amount = amount.amount();
  }

  public int getNumber() {
    return number;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public Money amount() {
    return Money.exact(amount, plan.getInvoice().currency());
  }
}
