package org.arhub.formats.einvoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.function.Consumer;
import org.arhub.formats.ubl.UblInvoiceWriter;
import org.arhub.model.Invoice;
import org.arhub.model.InvoiceJson;
import org.junit.jupiter.api.Test;

/**
 * Tax arithmetic and broken canonical invoices: one field of a golden invoice broken at a time, and
 * the exact error.
 */
class InvoiceFiguresTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Invoice golden(String name, Consumer<ObjectNode> mutation) throws IOException {
    ObjectNode root =
        (ObjectNode)
            JSON.readTree(
                Files.readAllBytes(EInvoiceGoldenFileTest.FOLDER.resolve(name + ".json")));
    mutation.accept(root);
    return InvoiceJson.read(new ByteArrayInputStream(JSON.writeValueAsBytes(root)));
  }

  @Test
  void lineNetsRoundHalfUpAndTaxRoundsOncePerCategoryAndRate() throws IOException {
    InvoiceFigures figures = InvoiceFigures.of(golden("multi-line", n -> {}));
    // 12.5 m × 4.19 = 52.375 → 52.38; 3 × 3.35 = 10.05
    assertThat(figures.lineNets())
        .extracting(BigDecimal::toPlainString)
        .containsExactly("2498.00", "10.05", "584.35", "52.38");
    // 19 % of 3144.78 = 597.5082 → 597.51, once for the whole category (not per line)
    assertThat(figures.subtotals())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.taxable()).isEqualByComparingTo("3144.78");
              assertThat(s.tax()).isEqualByComparingTo("597.51");
            });
  }

  @Test
  void twoRatesGiveTwoBreakdowns() throws IOException {
    InvoiceFigures figures = InvoiceFigures.of(golden("discount-terms", n -> {}));
    assertThat(figures.subtotals())
        .extracting(
            s ->
                s.category().code()
                    + " "
                    + InvoiceFigures.formatRate(s.rate())
                    + " "
                    + s.taxable()
                    + " "
                    + s.tax())
        .containsExactly("S 20 212.50 42.50", "S 5.5 151.92 8.36");
  }

  @Test
  void yenHasNoDecimals() throws IOException {
    InvoiceFigures figures = InvoiceFigures.of(golden("jpy", n -> {}));
    assertThat(figures.scale()).isZero();
    // 19 % of 123283 = 23423.77 → 23424
    assertThat(figures.format(figures.taxTotal())).isEqualTo("23424");
  }

  @Test
  void allowancesAndChargesEnterTheirBreakdown() throws IOException {
    InvoiceFigures figures = InvoiceFigures.of(golden("allowance-charge", n -> {}));
    assertThat(figures.lineTotal()).isEqualByComparingTo("916.60");
    assertThat(figures.taxExclusive()).isEqualByComparingTo("901.10");
    assertThat(figures.subtotals().get(0).taxable()).isEqualByComparingTo("901.10");
  }

  @Test
  void totalsThatDoNotAddUpAreRefusedNamingInvoiceAndFigure() {
    assertThatThrownBy(
            () -> InvoiceFigures.of(golden("multi-line", n -> totals(n).put("tax", "597.52"))))
        .isInstanceOf(InvalidInvoiceException.class)
        .hasMessage(
            "invoice INV-2026-000101: totals.tax is 597.52 but the invoice adds up to 597.51 EUR"
                + " (the VAT breakdown, rounded half-up per category and rate)");
  }

  @Test
  void everyDifferingTotalIsNamedAtOnce() {
    assertThatThrownBy(
            () ->
                InvoiceFigures.of(
                    golden(
                        "multi-rate",
                        n -> totals(n).put("net", "1315.00").put("payable", "1498.30"))))
        .isInstanceOf(InvalidInvoiceException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInvoiceException) e).problems())
                    .containsExactly(
                        "totals.net is 1315.00 but the invoice adds up to 1315.50 EUR"
                            + " (lines − allowances + charges)",
                        "totals.payable is 1498.30 but the invoice adds up to 1498.31 EUR"
                            + " (gross − prepaid)"));
  }

  @Test
  void aMissingRequiredKeyIsNamedByItsPath() {
    assertThatThrownBy(() -> golden("multi-line", n -> n.remove("currency")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("$.currency: required");
  }

  @Test
  void aMissingCountryIsRefusedBeforeRendering() {
    assertThatThrownBy(
            () ->
                new UblInvoiceWriter()
                    .write(
                        golden(
                            "multi-line",
                            n ->
                                ((ObjectNode) n.with("seller").with("address")).remove("country"))))
        .isInstanceOf(InvalidInvoiceException.class)
        .hasMessage("invoice INV-2026-000101: seller.address.country: required (BR-09)");
  }

  @Test
  void anUnknownTaxCategoryIsRefused() {
    assertThatThrownBy(
            () ->
                InvoiceFigures.of(
                    golden(
                        "multi-rate",
                        n -> ((ObjectNode) n.withArray("lines").get(1)).put("taxCategory", "V"))))
        .isInstanceOf(InvalidInvoiceException.class)
        .hasMessage(
            "invoice INV-2026-000102: lines[1].taxCategory: 'V' is not an EN 16931 VAT category"
                + " (S, Z, E, AE, K, G, O, L, M)");
  }

  @Test
  void aRateThatDoesNotFitTheCategoryIsRefused() {
    assertThatThrownBy(
            () ->
                InvoiceFigures.of(
                    golden(
                        "multi-rate",
                        n -> ((ObjectNode) n.withArray("lines").get(0)).put("taxCategory", "Z"))))
        .hasMessageContaining("lines[0].taxRate: category Z is at 0 %, not 19");
  }

  @Test
  void anAmountWithMoreDecimalsThanTheCurrencyIsRefused() {
    assertThatThrownBy(() -> InvoiceFigures.of(golden("jpy", n -> totals(n).put("tax", "23424.5"))))
        .isInstanceOf(InvalidInvoiceException.class)
        .hasMessageContaining("totals.tax: 23424.5 has more decimals than JPY allows (0)");
    assertThatThrownBy(
            () ->
                InvoiceFigures.of(
                    golden(
                        "allowance-charge",
                        n ->
                            ((ObjectNode) n.withArray("allowances").get(0))
                                .put("amount", "45.005"))))
        .hasMessageContaining("allowances[0].amount: 45.005 has more decimals than EUR allows (2)");
  }

  @Test
  void anAllowanceNeedsItsCategoryAndAReason() {
    assertThatThrownBy(
            () ->
                InvoiceFigures.of(
                    golden(
                        "allowance-charge",
                        n -> {
                          ObjectNode a = (ObjectNode) n.withArray("allowances").get(0);
                          a.remove("taxCategory");
                          a.remove("reason");
                          a.remove("reasonCode");
                        })))
        .isInstanceOf(InvalidInvoiceException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInvoiceException) e).problems())
                    .containsExactly(
                        "allowances[0]: a reason or reasonCode is required (BR-33, BR-38)",
                        "allowances[0].taxCategory: required (BR-32, BR-37)"));
  }

  @Test
  void anUnknownCurrencyOrTypeOrEndpointIsRefused() {
    assertThatThrownBy(() -> InvoiceFigures.of(golden("usd", n -> n.put("currency", "USX"))))
        .hasMessageContaining("currency: 'USX' is not an ISO 4217 currency code");
    assertThatThrownBy(() -> InvoiceFigures.of(golden("usd", n -> n.put("type", "receipt"))))
        .hasMessageContaining("type: 'receipt' is neither 'invoice' nor 'credit_note'");
    assertThatThrownBy(
            () ->
                InvoiceFigures.of(
                    golden("usd", n -> n.with("buyer").put("endpointId", "4000002987657"))))
        .hasMessageContaining("buyer.endpointId: '4000002987657' is not SCHEME:ID");
  }

  private static ObjectNode totals(ObjectNode root) {
    return (ObjectNode) root.get("totals");
  }
}
