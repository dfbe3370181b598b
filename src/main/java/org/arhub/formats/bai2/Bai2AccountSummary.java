package org.arhub.formats.bai2;

/**
 * BAI2 v2, 03 Account Identifier record, one status or summary entry: type code, amount, item
 * count, funds type (with the fields the funds type brings).
 */
record Bai2AccountSummary(
    Bai2TypeCode typeCode, Long amount, Long itemCount, Bai2FundsType fundsType) {

  /** Reads the next entry; null when it is blank (a 03 with no balances writes ",,,,"). */
  static Bai2AccountSummary read(Bai2Fields fields, Bai2TypeCodes codes) {
    Bai2TypeCode code = fields.typeCode(codes, "type code", false);
    boolean codeBlank = code == null && fields.lastEmpty();
    Long amount = fields.amount("amount", false);
    if (codeBlank && !fields.lastEmpty()) {
      fields.problem(
          fields.field("amount") + " " + fields.quotedValue() + " has no type code before it");
    }
    Long itemCount = fields.number("item count", false);
    Bai2FundsType funds = Bai2FundsType.read(fields);
    if (codeBlank && amount == null && itemCount == null && !funds.reported()) {
      return null;
    }
    return new Bai2AccountSummary(code, amount, itemCount, funds);
  }
}
