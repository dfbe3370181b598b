package org.arhub.formats.pdf;

/**
 * The invoice template or its labels are broken (a file of mappings/invoice, or an operator's own
 * copy): the message names the file, the line and what is wrong. Not the invoice's fault: the same
 * template fails for every invoice until it is fixed.
 */
public final class InvoiceTemplateException extends RuntimeException {
  public InvoiceTemplateException(String message) {
    super(message);
  }

  public InvoiceTemplateException(String message, Throwable cause) {
    super(message, cause);
  }
}
