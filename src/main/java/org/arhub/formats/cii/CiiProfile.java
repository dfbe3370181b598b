package org.arhub.formats.cii;

/**
 * Which specification a CII invoice claims to follow (BT-24, GuidelineSpecifiedDocumentContext).
 * EN16931 is also the Factur-X / ZUGFeRD 2 "EN 16931" (comfort) profile; XRechnung 3.0 is the
 * German CIUS, which in addition needs the buyer reference (BR-DE-15), a seller contact with name,
 * phone and e-mail (BR-DE-2, -5, -6, -7), the seller's and buyer's city and post code (BR-DE-3, -4,
 * -8, -9) and payment instructions (BR-DE-1).
 */
public enum CiiProfile {
  EN16931("urn:cen.eu:en16931:2017"),
  XRECHNUNG("urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0");

  private final String guideline;

  CiiProfile(String guideline) {
    this.guideline = guideline;
  }

  public String guideline() {
    return guideline;
  }
}
