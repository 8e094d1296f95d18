package org.fordra.statements;

import java.util.List;

/** A bank file as read: its format, its own id and its entries in file order. */
public record ReportedStatement(StatementFormat format, String reference, List<ReportedEntry> entries) {

  public ReportedStatement {
    entries = List.copyOf(entries);
  }
}
