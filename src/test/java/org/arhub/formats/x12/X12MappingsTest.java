package org.arhub.formats.x12;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The data of mappings/x12 and mappings/reason-codes.csv loads, and says what the code lists say.
 */
class X12MappingsTest {

  @Test
  void everySchemaLoads() {
    X12Schemas schemas = X12Schemas.standard();

    assertThat(schemas.envelope()).isNotNull();
    assertThat(schemas.transaction("820", "004010")).isPresent();
    assertThat(schemas.transaction("820", "005010X218")).isPresent();
    assertThat(schemas.transaction("810", "004010")).isPresent();
    assertThat(schemas.transaction("997", "004010")).isPresent();
    assertThat(schemas.transaction("999", "005010X231A1")).isPresent();
    assertThat(schemas.transaction("850", "004010")).isEmpty();
  }

  @ParameterizedTest(name = "x12 {0} is {1}")
  @CsvSource({
    "01,pricing",
    "03,pricing",
    "04,damage",
    "05,quality",
    "06,short_shipment",
    "11,returns",
    "19,billing_error",
    "24,discount",
    "43,discount",
    "54,freight",
    "55,tax",
    "56,promotion",
    "57,discount",
    "59,short_shipment",
    "72,returns",
    "ZZ,other"
  })
  void adjustmentReasonsFallIntoOneTaxonomy(String code, String category) {
    assertThat(ReasonCodes.standard().category("x12", code)).isEqualTo(category);
  }

  @Test
  void anUnknownCodeIsOther() {
    assertThat(ReasonCodes.standard().category("x12", "Q9")).isEqualTo("other");
    assertThat(ReasonCodes.standard().category("camt", "01")).isEqualTo("other");
    assertThat(ReasonCodes.standard().description("x12", "04"))
        .contains("Item Not Accepted - Damaged");
  }

  @Test
  void claimAdjustmentReasonCodesAreThereToo() {
    assertThat(ReasonCodes.standard().category("carc", "45")).isEqualTo("pricing");
  }

  @Test
  void aTaxonomyWithAnUnknownCategoryIsRefusedAtStartUp() {
    java.io.InputStream csv =
        new java.io.ByteArrayInputStream(
            "source,code,category,description\nx12,01,typo,Pricing Error\n".getBytes());

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ReasonCodes.read(csv, "reason-codes.csv"))
        .hasMessageStartingWith("reason-codes.csv line 2: unknown category 'typo'");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2/10 NET30|2|10|30",
        "1.5% / 15 NET 45|1.5|15|45",
        "NET 60|||60",
        "Due on receipt|||"
      })
  void paymentTermsAreReadForTheItd(
      String text, java.math.BigDecimal percent, Integer days, Integer net) {
    X12PaymentTerms terms = X12PaymentTerms.parse(text);

    assertThat(terms.discountPercent().orElse(null)).isEqualTo(percent);
    assertThat(terms.discountDays().orElse(null)).isEqualTo(days);
    assertThat(terms.netDays().orElse(null)).isEqualTo(net);
  }
}
