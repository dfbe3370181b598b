package org.arhub.formats;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a bank or remittance file by its first bytes, never by its name: banks name files
 * freely, and a renamed file must still be read as what it is.
 */
public final class FormatDetector {

  /** How much of a file's head the detector needs to see. */
  public static final int HEAD_BYTES = 4096;

  private static final Pattern CAMT_NAMESPACE =
      Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.(05[234])\\.\\d{3}\\.\\d{2}");
  // BAI lockbox: record type 1 (immediate address header) followed by digits, fixed width.
  private static final Pattern LOCKBOX_HEADER = Pattern.compile("^1\\d{2}[ 0-9A-Z]{10}");

  private FormatDetector() {}

  public static Optional<FileFormat> detect(byte[] head) {
    String text =
        new String(head, 0, Math.min(head.length, HEAD_BYTES), StandardCharsets.ISO_8859_1);
    String start = stripBomAndSpace(text);
    if (start.startsWith("01,")) {
      return Optional.of(FileFormat.BAI2);
    }
    if (start.startsWith("ISA")) {
      String e = elementSeparator(start);
      if (start.contains("ST" + e + "820")) {
        return Optional.of(FileFormat.X12_820);
      }
      boolean acknowledgment =
          start.contains("ST" + e + "997")
              || start.contains("ST" + e + "999")
              || start.contains("TA1" + e);
      return acknowledgment ? Optional.of(FileFormat.X12_ACKNOWLEDGMENT) : Optional.empty();
    }
    if (start.startsWith("<")) {
      Matcher camt = CAMT_NAMESPACE.matcher(text);
      if (camt.find()) {
        return FileFormat.byId("camt." + camt.group(1));
      }
      return Optional.empty();
    }
    if (LOCKBOX_HEADER.matcher(start).find()) {
      return Optional.of(FileFormat.LOCKBOX);
    }
    return Optional.empty();
  }

  private static String elementSeparator(String isa) {
    return isa.length() > 3 ? String.valueOf(isa.charAt(3)) : "*";
  }

  private static String stripBomAndSpace(String text) {
    int i = 0;
    // UTF-8 BOM read as ISO-8859-1 is "ï»¿".
    if (text.startsWith("\u00ef\u00bb\u00bf")) {
      i = 3;
    }
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return text.substring(i);
  }
}
