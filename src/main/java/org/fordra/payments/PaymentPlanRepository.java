package org.fordra.payments;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PaymentPlanRepository extends JpaRepository<PaymentPlan, Long> {

  Optional<PaymentPlan> findFirstByInvoiceIdOrderByIdDesc(Long invoiceId);
}
