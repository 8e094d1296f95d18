/**
 * When a customer may be contacted (days, hours, holidays, moratoria): the part of dunning other
 * modules (the diagram checks in processes) may use.
 */
@NamedInterface("contact")
package org.fordra.dunning.contact;

import org.springframework.modulith.NamedInterface;
