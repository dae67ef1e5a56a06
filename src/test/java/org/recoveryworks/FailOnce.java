package org.recoveryworks;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Makes the next call of one method of an application bean fail, once: for tests that show what happens when a step
 * that is not the test's own fails (a reaction to an event, say). Unarmed, the beans behave as they always do.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FailOnce {

	/** The beans that can be made to fail. */
	static final Class<?>[] TYPES = { org.recoveryworks.coaching.CaseFiles.class };

	private static final Map<String, RuntimeException> ARMED = new ConcurrentHashMap<>();

	/** The next call of {@code method} on the bean of {@code type} throws {@code failure}; later calls run. */
	public static void nextCall(Class<?> type, String method, RuntimeException failure) {
		ARMED.put(type.getName() + "#" + method, failure);
	}

	/** Whether an armed failure is still waiting for its call. */
	public static boolean armed(Class<?> type, String method) {
		return ARMED.containsKey(type.getName() + "#" + method);
	}

	@Bean
	static BeanPostProcessor failOnceBeans() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				for (Class<?> type : TYPES) {
					if (type.isInstance(bean)) {
						MethodInterceptor failing = invocation -> {
							RuntimeException failure = ARMED.remove(type.getName() + "#" + invocation.getMethod().getName());
							if (failure != null) {
								throw failure;
							}
							return invocation.proceed();
						};
						if (bean instanceof Advised advised) {
							advised.addAdvice(0, failing);
							return bean;
						}
						ProxyFactory proxy = new ProxyFactory(bean);
						proxy.setProxyTargetClass(true);
						proxy.addAdvice(failing);
						return proxy.getProxy();
					}
				}
				return bean;
			}
		};
	}
}
