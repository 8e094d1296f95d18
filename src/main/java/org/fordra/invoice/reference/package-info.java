/** The part of invoice other modules may use: see ModularityTests and docs/modules. */
@NamedInterface("reference")
package org.fordra.invoice.reference;

import org.springframework.modulith.NamedInterface;
