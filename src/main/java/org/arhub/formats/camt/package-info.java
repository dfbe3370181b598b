/**
 * ISO 20022 bank-to-customer cash management: camt.053 statements, camt.052 intraday reports and
 * camt.054 debit/credit notifications, versions 001.02 to 001.13, read in one streaming StAX pass
 * into the canonical model ({@link org.arhub.formats.camt.CamtReader} is the entry point).
 *
 * <p>One small type per message component, named after the ISO element it reads: {@link
 * org.arhub.formats.camt.CamtGroupHeader} (GrpHdr), {@link org.arhub.formats.camt.CamtStatement}
 * (Stmt/Rpt/Ntfctn), {@link org.arhub.formats.camt.CamtBalance} (Bal), {@link
 * org.arhub.formats.camt.CamtEntry} (Ntry), {@link org.arhub.formats.camt.CamtTransactionDetails}
 * (TxDtls), {@link org.arhub.formats.camt.CamtRemittance} (RmtInf), ... Each reads its element from
 * an {@link org.arhub.formats.camt.XmlCursor}, which knows the XML path and line for error
 * messages. Test fixtures: src/test/resources/formats/camt (input beside expected canonical JSON).
 */
package org.arhub.formats.camt;
