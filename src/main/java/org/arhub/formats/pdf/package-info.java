/**
 * The readable invoice PDF. {@link org.arhub.formats.pdf.InvoicePdf} renders a canonical invoice as
 * PDF/A-3b through the XHTML template and the per-language labels in mappings/invoice (data, not
 * code; {@link org.arhub.formats.pdf.InvoiceTemplate} is a small escaped-only placeholder syntax).
 * {@link org.arhub.formats.pdf.InvoiceView} decides what is printed and formats it: amounts exact
 * at the currency's scale, the VAT summary per rate checked against the invoice's totals. Pure
 * Java, no Spring or Camel.
 */
package org.arhub.formats.pdf;
