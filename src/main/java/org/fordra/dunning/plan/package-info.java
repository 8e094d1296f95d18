/**
 * The payment plan's steps ({@code payment-plan.bpmn}): setting up and checking installments,
 * reminding of a missed one, keeping or breaking the plan. They read the plan from
 * {@code payments}; they live with the process that calls them, so {@code payments} never
 * imports {@code dunning}.
 */
package org.fordra.dunning.plan;
