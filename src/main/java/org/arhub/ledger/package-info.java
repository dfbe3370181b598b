/**
 * The AR sub-ledger's journal rules: which accounts each AR event debits and credits (the chart of
 * accounts, mappings/ledger/ar-accounts.yaml), the deterministic posting ids that make a posting
 * happen once, and balanced journal entries for invoices, credit notes, cash application, refunds
 * and realised FX differences. Plain Java: no Spring, no database.
 */
package org.arhub.ledger;
