/**
 * X12 EDI on StAEDI: 820 remittance advice in, 810 invoices out, 997/999/TA1 acknowledgments both
 * ways. Pure Java, no Spring or Camel; the implementation schemas are data in mappings/x12.
 *
 * <h2>Reading</h2>
 *
 * <ul>
 *   <li>{@link org.arhub.formats.x12.X12Input} hands StAEDI the bytes: a UTF-8 BOM and blank lines
 *       before the first ISA are skipped, a missing terminator after the last segment is added, and
 *       every ISA is checked first ({@link org.arhub.formats.x12.X12InterchangeHeader}: 106
 *       characters, fixed widths, separators). Whatever delimiters an ISA declares are used, per
 *       interchange; line breaks and indentation between segments are ignored.
 *   <li>{@link org.arhub.formats.x12.X12SegmentReader} turns StAEDI's events into segments with
 *       their syntax errors. StAEDI reads every interchange with mappings/x12/envelope.xml
 *       (lenient, for every ISA version partners send) and each transaction set with the schema
 *       mappings/x12/schemas.csv names for its type and GS08 version.
 *   <li>{@link org.arhub.formats.x12.X12EnvelopeReader} checks the envelopes and hands each
 *       transaction set's segments to the reader of its type (820: {@link
 *       org.arhub.formats.x12.X12Remittance820}, 810: {@link org.arhub.formats.x12.X12Invoice810},
 *       997/999: {@link org.arhub.formats.x12.X12FunctionalAcknowledgment}).
 * </ul>
 *
 * <h2>What is rejected, what is noted</h2>
 *
 * Problems stay with what they concern, and the file goes on:
 *
 * <ul>
 *   <li>The file is refused ({@link org.arhub.formats.InvalidFileException} with the segment
 *       number): not X12, a broken ISA, StAEDI cannot tokenize it (e.g. other delimiters than the
 *       ISA declares), or it ends inside an interchange (truncated; also an ISA before the previous
 *       IEA). A broken ISA that can still be answered is recorded as a rejected interchange for a
 *       TA1.
 *   <li>A transaction set is rejected (AK5/IK5 R, its content not handed on): SE01 count or SE02
 *       control number wrong, SE missing, ST01/ST02 missing, a type the reader does not read, or
 *       content the hub cannot use (no BPR/TRN, an amount that is not a number or has more decimals
 *       than its currency, an unknown currency, an 810 without BIG/TDS).
 *   <li>Noted, the set still used (AK5/IK5 E): schema syntax errors (AK3/AK4, IK3/IK4), an SE02
 *       equal to ST02 but for leading zeros, a duplicate ST02 in the group.
 *   <li>Group errors (AK905-AK909): GE01 count or GE02 control number wrong, GE missing, a GS06
 *       that is not a number. Its transaction sets were each checked and already handed on: the
 *       group is acknowledged as accepted with errors (E) or partially accepted (P), never as
 *       rejected while its sets were used.
 *   <li>Interchange notes (TA105): IEA01 count or IEA02 control number wrong, and odd ISA values
 *       (unknown version, bad date or time, blank ids, ISA14/ISA15 codes).
 * </ul>
 *
 * {@link org.arhub.formats.x12.AcknowledgmentCollector} records all of it per interchange, group
 * and transaction set; {@link org.arhub.formats.x12.X12RemittanceReader#read(String,
 * java.io.InputStream, org.arhub.formats.BankFileSink)} (the plain {@code BankFileReader}) is
 * strict: it throws naming the first rejection or envelope error, after reading the whole file.
 *
 * <h2>820 to the canonical remittance</h2>
 *
 * One 820 is one {@code Remittance}: trace TRN02; amount, credit/debit, method and date from BPR;
 * currency CUR02 (USD when there is no CUR, the X12 default); payer N1*PR, payee N1*PE with their
 * N104 ids; one line per RMR (qualifier RMR01, document RMR02, paid RMR04 (negative for a credit
 * memo), invoiced RMR05, discount RMR06, RMR07/RMR08 as an adjustment) with the REF and DTM after
 * it. An ADX adjusts the RMR before it in its ENT loop, else the whole payment. Every adjustment
 * reason (X12 data element 426) gets its category from mappings/reason-codes.csv. BPR02 is checked
 * against the RMR04s plus the payment's own ADXs; a difference is kept as the remittance's
 * discrepancy.
 *
 * <h2>Writing</h2>
 *
 * {@link org.arhub.formats.x12.X12InvoiceWriter} (810 004010) and {@link
 * org.arhub.formats.x12.X12AcknowledgmentWriter} (TA1, 997 004010, 999 005010X231A1) write through
 * StAEDI's writer ({@link org.arhub.formats.x12.X12EnvelopeWriter}) and validate against
 * mappings/x12 while writing; an 810 is also read back. What fails is never returned: {@link
 * org.arhub.formats.x12.X12ValidationException} lists every problem with its segment. Control
 * numbers and partner ids come from the caller ({@link org.arhub.formats.x12.X12Envelope}).
 */
package org.arhub.formats.x12;
