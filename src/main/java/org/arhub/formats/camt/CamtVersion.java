package org.arhub.formats.camt;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A camt message version as its Document namespace names it, e.g.
 * "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08" is camt.053 version 8. Versions 001.02 to 001.13
 * share the elements this reader uses (001.01 of 2006 does not).
 */
record CamtVersion(CamtMessageType type, String id) {
  static final int FIRST = 2;
  static final int LAST = 13;
  private static final Pattern NAMESPACE =
      Pattern.compile("urn:iso:std:iso:20022:tech:xsd:(camt\\.(05[234])\\.001\\.(\\d{2}))");

  /** The version named by a Document namespace, or a reason why it is not one this reader reads. */
  static Result of(String namespace, CamtMessageType expected) {
    Matcher m = NAMESPACE.matcher(namespace);
    if (!m.matches()) {
      return new Result(
          null,
          namespace.isEmpty()
              ? "the Document has no namespace; an ISO 20022 "
                  + expected.id()
                  + " Document declares urn:iso:std:iso:20022:tech:xsd:"
                  + expected.id()
                  + ".001.nn"
              : "the Document namespace '"
                  + namespace
                  + "' is not an ISO 20022 camt.052/053/054 message");
    }
    String id = m.group(1);
    if (!expected.id().equals("camt." + m.group(2))) {
      return new Result(null, "the Document is " + id + ", not " + expected.id());
    }
    int number = Integer.parseInt(m.group(3));
    if (number < FIRST || number > LAST) {
      return new Result(
          null,
          id
              + " is not a supported version ("
              + expected.id()
              + ".001.02 to .001."
              + LAST
              + " are)");
    }
    return new Result(new CamtVersion(expected, id), null);
  }

  /** Either a version or the reason there is none. */
  record Result(CamtVersion version, String problem) {}
}
