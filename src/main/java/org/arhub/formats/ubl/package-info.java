/**
 * UBL 2.1 Invoice and CreditNote out, following Peppol BIS Billing 3.0: {@link
 * org.arhub.formats.ubl.UblInvoiceWriter} (document, tax, totals, lines) and {@code UblParties}
 * (seller and buyer). Figures come from {@link org.arhub.formats.einvoice.InvoiceFigures}.
 */
package org.arhub.formats.ubl;
