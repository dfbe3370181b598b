/**
 * Cash application: which invoices a payment pays. Pure Java (no Camel, no Spring): {@link
 * org.arhub.cashapp.CashApplicationEngine} identifies the customer, runs the configured {@link
 * org.arhub.cashapp.MatchingRule}s in order, settles differences with the {@link
 * org.arhub.cashapp.SettlementPolicy} and returns a {@link org.arhub.cashapp.Decision} with the
 * evidence for it. The hub posts decisions to PostgreSQL; the {@code apply} command writes them to
 * CSV.
 */
package org.arhub.cashapp;
