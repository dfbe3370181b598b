/**
 * What the EN 16931 renderings share, and their validation with the official rules. Pure Java, no
 * Spring or Camel.
 *
 * <h2>Figures</h2>
 *
 * {@link org.arhub.formats.einvoice.InvoiceFigures} derives every amount an e-invoice states from
 * the canonical invoice at the currency's ISO 4217 scale: line net amounts rounded half-up, one VAT
 * breakdown per category and rate with its tax rounded half-up once (BR-CO-17), and the document
 * totals (BR-CO-10 to BR-CO-16). It refuses ({@link
 * org.arhub.formats.einvoice.InvalidInvoiceException}, every problem with its JSON path) canonical
 * totals that differ, amounts with more decimals than the currency has, VAT categories EN 16931
 * does not know ({@link org.arhub.formats.einvoice.TaxCategory}) and what every rendering needs but
 * lacks. The UBL ({@code formats.ubl}) and CII ({@code formats.cii}) writers stream their XML
 * through {@link org.arhub.formats.einvoice.XmlElementWriter} (StAX).
 *
 * <h2>Validation</h2>
 *
 * {@link org.arhub.formats.einvoice.EInvoiceValidator} runs the official artefacts as phive ships
 * them ({@link org.arhub.formats.einvoice.OfficialRules}: CEN EN 16931 1.3.16 for UBL and CII,
 * OpenPeppol BIS Billing 3.0 release 2026.5 for UBL with the Peppol CustomizationID) and reports
 * every failed assertion ({@link org.arhub.formats.einvoice.RuleFinding}: rule id, fatal or
 * warning, message, XPath). A schema error is fatal and stops the Schematron run, as phive does.
 * Not checked by this build, and said so in the report's notes: the XRechnung CIUS (BR-DE-*; no
 * phive-rules-xrechnung is served here), Peppol rules on CII (phive has none), ZUGFeRD 1.0
 * (reported as not validated). A PDF goes through {@link
 * org.arhub.formats.einvoice.EmbeddedInvoiceExtractor} once the Factur-X side provides one; until
 * then it is reported as not supported.
 */
package org.arhub.formats.einvoice;
