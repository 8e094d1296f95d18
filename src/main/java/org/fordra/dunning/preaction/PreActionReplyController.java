package org.fordra.dunning.preaction;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import org.fordra.api.ApiFor;
import org.fordra.api.Staff;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The Reply Form a debtor returned to a Letter of Claim, as whoever received it records it. */
@RestController
class PreActionReplyController {

  /** The boxes of the Reply Form (Pre-Action Protocol for Debt Claims, Annex 1) Fordra acts on. */
  record NewReply(
      LocalDate receivedOn,
      boolean disputesDebt,
      boolean seekingAdvice,
      boolean wantsToPay,
      @Size(max = 2000) String notes) {}

  record ReplyView(
      Long id,
      String invoiceNumber,
      LocalDate receivedOn,
      boolean disputesDebt,
      boolean seekingAdvice,
      boolean wantsToPay,
      String notes,
      boolean heldForReview) {}

  private final PreActionReplies replies;

  PreActionReplyController(PreActionReplies replies) {
    this.replies = replies;
  }

  @ApiFor(Staff.CUSTOMER_CONTACT)
  @PostMapping("/api/invoices/{number}/pre-action-reply")
  ResponseEntity<ReplyView> record(
      @PathVariable String number, @Valid @RequestBody NewReply request) {
    PreActionReplies.Recorded recorded =
        replies.record(
            number,
            request.receivedOn(),
            request.disputesDebt(),
            request.seekingAdvice(),
            request.wantsToPay(),
            request.notes());
    PreActionReply r = recorded.reply();
    return ResponseEntity.created(URI.create("/api/invoices/" + number + "/pre-action-reply"))
        .body(
            new ReplyView(
                r.getId(), number, r.getReceivedOn(), r.isDisputesDebt(), r.isSeekingAdvice(),
                r.isWantsToPay(), r.getNotes(), recorded.heldForReview()));
  }
}
