/**
 * Factur-X / ZUGFeRD 2.x: {@link org.arhub.formats.facturx.FacturX#embed} puts a CII invoice into
 * the readable PDF/A-3 of {@code org.arhub.formats.pdf.InvoicePdf} (Mustang writes the attachment
 * and the XMP); {@link org.arhub.formats.facturx.FacturX#extractXml} takes it out again for
 * validation. Pure Java, no Spring or Camel.
 */
package org.arhub.formats.facturx;
