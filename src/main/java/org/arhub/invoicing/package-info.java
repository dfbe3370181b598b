/**
 * Invoices and customer master data in from the ERP (pure: no Spring, no Camel): layouts declared
 * as data in {@code mappings/erp/} ({@link org.arhub.invoicing.ErpLayout}), streaming CSV and XML
 * readers, the checks on the way in ({@link org.arhub.invoicing.InvoiceCheck}: arithmetic, tax per
 * rate, currency scale, known customer, terms) and the hub's number format. Payment terms are
 * {@link org.arhub.cashapp.PaymentTerms}, shared with cash application.
 */
package org.arhub.invoicing;
