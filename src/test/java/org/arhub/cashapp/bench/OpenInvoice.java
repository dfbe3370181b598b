package org.arhub.cashapp.bench;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An open invoice of invoices.csv. Terms and dates stay adjustable until the file is written, so
 * that a discount scenario can give the invoice it picks terms it is still inside of; {@code used}
 * marks an invoice some labelled payment already pays, so that no two payments claim one invoice.
 */
final class OpenInvoice {
  private final String number;
  private final String customerId;
  private final String currency;
  private final BigDecimal amount;
  private final BigDecimal openAmount;
  private LocalDate issueDate;
  private String terms;
  private boolean used;

  OpenInvoice(
      String number,
      String customerId,
      String currency,
      LocalDate issueDate,
      String terms,
      BigDecimal amount,
      BigDecimal openAmount) {
    this.number = number;
    this.customerId = customerId;
    this.currency = currency;
    this.issueDate = issueDate;
    this.terms = terms;
    this.amount = amount;
    this.openAmount = openAmount;
  }

  String number() {
    return number;
  }

  String customerId() {
    return customerId;
  }

  String currency() {
    return currency;
  }

  LocalDate issueDate() {
    return issueDate;
  }

  /** "NET30", "2/10 NET30": due the net days after issue. */
  LocalDate dueDate() {
    return issueDate.plusDays(Integer.parseInt(terms.substring(terms.indexOf("NET") + 3)));
  }

  String terms() {
    return terms;
  }

  BigDecimal amount() {
    return amount;
  }

  BigDecimal openAmount() {
    return openAmount;
  }

  /** Nothing of it paid yet: only such an invoice can be discounted, short-paid or part-paid. */
  boolean fullyOpen() {
    return amount.compareTo(openAmount) == 0;
  }

  boolean used() {
    return used;
  }

  void markUsed() {
    used = true;
  }

  void giveTerms(String newTerms, LocalDate newIssueDate) {
    terms = newTerms;
    issueDate = newIssueDate;
  }
}
