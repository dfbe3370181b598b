/**
 * The matching rules, one class each, in the order mappings/cashapp/rules.yaml lists them by
 * default: exact reference, remittance lines, references in free text, unique amount, subset sum,
 * fuzzy reference.
 */
package org.arhub.cashapp.rules;
