package org.fordra.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-computes an invoice's audit chain and names every line that does not fit: a changed
 * detail, time, actor or action, or a line that links to one that is gone. A pseudonymised line
 * is checked by the hash of its original detail, kept beside it, so erasure does not break the
 * chain. Lines written before the chain existed (V130) carry no hashes and are not checked.
 *
 * <p>A line links to the invoice's latest line when it was written; two steps writing to the same
 * trail at once may both link to that one, so a link must name an earlier line of the trail, not
 * necessarily the one right before it.
 */
@Component
public class AuditChainCheck {

  private final AuditEntryRepository entries;

  AuditChainCheck(AuditEntryRepository entries) {
    this.entries = entries;
  }

  /** Each line that breaks the chain, with why; empty when the trail is whole. */
  @Transactional(readOnly = true)
  public List<String> problems(String invoiceNumber) {
    List<String> problems = new ArrayList<>();
    Set<String> earlier = new HashSet<>();
    boolean first = true;
    for (AuditEntry entry : entries.findByInvoiceNumberOrderByIdAsc(invoiceNumber)) {
      if (entry.getEntryHash() == null) {
        continue;
      }
      String line = "line " + entry.getId() + ": ";
      if (entry.getPseudonymisedAt() == null
          && !AuditChain.detailHash(entry.getDetail()).equals(entry.getDetailHash())) {
        problems.add(line + "its detail was changed");
      }
      String recomputed =
          AuditChain.entryHash(
              entry.getPrevHash(), entry.getInvoiceNumber(), entry.getAt(), entry.getActor(),
              entry.getAction(), entry.getDetailHash());
      if (!recomputed.equals(entry.getEntryHash())) {
        problems.add(line + "its time, actor, action or detail hash was changed");
      }
      if (first ? entry.getPrevHash() != null : !earlier.contains(entry.getPrevHash())) {
        problems.add(line + "the line it follows is missing or was changed");
      }
      earlier.add(entry.getEntryHash());
      first = false;
    }
    return problems;
  }
}
