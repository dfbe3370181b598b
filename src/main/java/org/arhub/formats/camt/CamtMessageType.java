package org.arhub.formats.camt;

import org.arhub.formats.FileFormat;

/**
 * The three bank-to-customer cash management messages: their message element and the element of
 * each account report inside it (ISO 20022 message definitions camt.052, camt.053, camt.054).
 */
enum CamtMessageType {
  CAMT_052(FileFormat.CAMT_052, "BkToCstmrAcctRpt", "Rpt"),
  CAMT_053(FileFormat.CAMT_053, "BkToCstmrStmt", "Stmt"),
  CAMT_054(FileFormat.CAMT_054, "BkToCstmrDbtCdtNtfctn", "Ntfctn");

  private final FileFormat format;
  private final String messageElement;
  private final String reportElement;

  CamtMessageType(FileFormat format, String messageElement, String reportElement) {
    this.format = format;
    this.messageElement = messageElement;
    this.reportElement = reportElement;
  }

  FileFormat format() {
    return format;
  }

  /** "camt.053". */
  String id() {
    return format.id();
  }

  String messageElement() {
    return messageElement;
  }

  String reportElement() {
    return reportElement;
  }
}
