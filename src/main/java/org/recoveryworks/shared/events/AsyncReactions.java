package org.recoveryworks.shared.events;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Reactions marked {@code @ApplicationModuleListener} (sending mail over SMTP) run after the change is committed, on
 * the application's task executor, not on the request thread.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncReactions {
}
