package org.fordra.fees;

import org.fordra.ledger.ChargeType;
import org.fordra.money.Money;

/** The most the law allows for one charge at one step, with the statute that allows it. */
public record Allowance(ChargeType type, Money max, String basis) {}
