package org.arhub.formats.bai2;

import java.util.List;

/**
 * BAI2 v2, 16 Transaction Detail record: type code, amount, funds type (and its fields), bank
 * reference number, customer reference number, text. The text runs to the end of the record, commas
 * included, and each 88 that continues it is one more line of it.
 */
record Bai2TransactionDetail(
    Bai2TypeCode typeCode,
    Long amount,
    Bai2FundsType fundsType,
    String bankReference,
    String customerReference,
    List<String> text) {

  static Bai2TransactionDetail read(Bai2Fields fields, Bai2TypeCodes codes) {
    Bai2TypeCode code = fields.typeCode(codes, "type code", true);
    if (code != null && code.level() == Bai2TypeCode.Level.STATUS) {
      fields.problem(
          fields.field("type code")
              + " "
              + code.code()
              + " ("
              + code.description()
              + ") is an account status code: a 16 transaction detail needs a credit or debit type code");
    } else if (code != null && code.direction().isEmpty() && !code.nonMonetaryDetail()) {
      fields.problem(
          fields.field("type code")
              + " "
              + code.code()
              + " ("
              + code.description()
              + ") is neither credit nor debit in the type-code table");
    }
    Long amount = fields.amount("amount", true);
    if (amount != null && amount < 0) {
      fields.problem(
          fields.field("amount")
              + " "
              + fields.quotedValue()
              + " is negative: a 16 amount has no sign, its type code gives the direction");
    }
    Bai2FundsType funds = Bai2FundsType.read(fields);
    String bankReference = fields.text("bank reference number", false);
    String customerReference = fields.text("customer reference number", false);
    return new Bai2TransactionDetail(
        code, amount, funds, bankReference, customerReference, fields.textLines());
  }
}
