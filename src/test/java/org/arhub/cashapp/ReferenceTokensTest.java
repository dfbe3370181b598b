package org.arhub.cashapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReferenceTokensTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "INV-000123|123",
        "inv 123|123",
        "Invoice No. 123|123",
        "123|123",
        "RE: 00123|123",
        "CN-0005|CN5",
        "inv/2026/0042|20260042",
      })
  void referenceKeysIgnorePrefixSeparatorsLeadingZerosAndCase(String written, String key) {
    assertThat(ReferenceKey.of(written)).isEqualTo(key);
  }

  @Test
  void findsSeveralInvoicesAndExpandsRanges() {
    assertThat(ReferenceTokens.in("Payment INV-1001-1003 and INV 2001, thanks"))
        .containsExactly("1001", "1002", "1003", "2001");
    assertThat(ReferenceTokens.in("Rechnungen 4711-13")).containsExactly("4711", "4712", "4713");
  }

  @Test
  void aWordSayingInvoiceBeforeAFullInvoiceNumberIsNotPartOfIt() {
    assertThat(ReferenceTokens.in("INVOICE INV-127951")).containsExactly("127951");
    assertThat(ReferenceTokens.in("Rechnung INV-114118")).containsExactly("114118");
  }

  @Test
  void leavesOutOrderNumbersDatesAndAmounts() {
    assertThat(
            ReferenceTokens.in(
                "PO 4711 INV-555 dated 15.10.2026 PO-4712 2026-11-20 EUR 1,234.56 Order 999"))
        .containsExactly("555");
  }

  @Test
  void oneEditIsASubstitutionInsertionDeletionOrSwap() {
    assertThat(ReferenceKey.withinOneEdit("12345", "12346")).isTrue();
    assertThat(ReferenceKey.withinOneEdit("12345", "1245")).isTrue();
    assertThat(ReferenceKey.withinOneEdit("12345", "123456")).isTrue();
    assertThat(ReferenceKey.withinOneEdit("12345", "12354")).isTrue();
    assertThat(ReferenceKey.withinOneEdit("12345", "12543")).isFalse();
    assertThat(ReferenceKey.withinOneEdit("12345", "22346")).isFalse();
  }

  @Test
  void companyNamesCompareWithoutLegalFormsCaseAndPunctuation() {
    assertThat(CompanyName.key("ACME RETAIL, INC."))
        .isEqualTo(CompanyName.key("Acme Retail Incorporated"));
    assertThat(CompanyName.key("Société Générale S.A.")).isEqualTo("societe generale");
    assertThat(CompanyName.similarity("Keller Metallbau AG", "Keller Metallbau Zürich AG"))
        .isGreaterThan(0.6);
  }
}
