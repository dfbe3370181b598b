package org.arhub.formats.einvoice;

import com.helger.diver.api.coord.DVRCoordinate;
import com.helger.phive.en16931.EN16931Validation;
import com.helger.phive.peppol.PeppolValidation2026_05;

/**
 * The official rule sets this build checks, as phive ships them (phive-rules 4.3.7): the CEN EN
 * 16931 validation artefacts 1.3.16 (UBL and CII: XSD + Schematron) and OpenPeppol BIS Billing 3.0
 * (release 2026.5: UBL XSD + the CEN rules Peppol pins + the PEPPOL-EN16931 rules). Peppol
 * publishes its BIS rules for UBL only in phive, so a CII document gets the EN 16931 rules.
 */
public enum OfficialRules {
  EN16931_UBL_INVOICE(EN16931Validation.VID_UBL_INVOICE_1316),
  EN16931_UBL_CREDIT_NOTE(EN16931Validation.VID_UBL_CREDIT_NOTE_1316),
  EN16931_CII(EN16931Validation.VID_CII_1316),
  PEPPOL_INVOICE(PeppolValidation2026_05.VID_OPENPEPPOL_INVOICE_UBL_V3),
  PEPPOL_CREDIT_NOTE(PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3);

  private final DVRCoordinate id;

  OfficialRules(DVRCoordinate id) {
    this.id = id;
  }

  DVRCoordinate id() {
    return id;
  }
}
