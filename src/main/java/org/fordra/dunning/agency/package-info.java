/** The part of dunning other modules may use: see ModularityTests and docs/modules. */
@NamedInterface("agency")
package org.fordra.dunning.agency;

import org.springframework.modulith.NamedInterface;
