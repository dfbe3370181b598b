/**
 * The AR sub-ledger's journal rules: which accounts a cash-application event debits and credits
 * (mappings/ledger/ar-accounts.yaml), the deterministic posting ids that make a posting happen
 * once, and balanced journal entries. Plain Java: no Spring, no database.
 */
package org.arhub.ledger;
