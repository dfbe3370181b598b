/**
 * UN/CEFACT Cross Industry Invoice D16B out, per EN 16931 or XRechnung 3.0 ({@link
 * org.arhub.formats.cii.CiiProfile}): {@link org.arhub.formats.cii.CiiInvoiceWriter} writes the XML
 * a Factur-X PDF embeds (EN16931 profile). Figures come from {@link
 * org.arhub.formats.einvoice.InvoiceFigures}.
 */
package org.arhub.formats.cii;
