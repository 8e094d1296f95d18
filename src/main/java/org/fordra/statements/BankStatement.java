package org.fordra.statements;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A bank file as it was received: its format, its own id, who sent it in and when. */
@Entity
@Table(name = "bank_statement")
public class BankStatement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private StatementFormat format;

  private String statementRef;

  private Instant receivedAt;

  private String receivedBy;

  /** The file's name where it came from the inbox folder. */
  private String sourceName;

  protected BankStatement() {}

  BankStatement(
      StatementFormat format, String statementRef, Instant receivedAt, String receivedBy,
      String sourceName) {
    this.format = format;
    this.statementRef = statementRef.length() > 200 ? statementRef.substring(0, 200) : statementRef;
    this.receivedAt = receivedAt;
    this.receivedBy = receivedBy;
    this.sourceName = sourceName;
  }

  public Long getId() {
    return id;
  }

  public StatementFormat getFormat() {
    return format;
  }

  public String getStatementRef() {
    return statementRef;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public String getReceivedBy() {
    return receivedBy;
  }
}
