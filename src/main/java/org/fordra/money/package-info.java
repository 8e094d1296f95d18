/**
 * A shared module: every feature may use its types (ModularityTests, docs/modules).
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.fordra.money;

import org.springframework.modulith.ApplicationModule;
