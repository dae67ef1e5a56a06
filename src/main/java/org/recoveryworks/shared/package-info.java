/** Small shared building blocks: web layout support, error handling, mail, places (ZIP/town locations). */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.recoveryworks.shared;
