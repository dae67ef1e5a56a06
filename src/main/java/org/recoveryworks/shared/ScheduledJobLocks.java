package org.recoveryworks.shared;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock.InterceptMode;

/**
 * Scheduled jobs marked {@code @SchedulerLock} (closing postings, reminders) take a lock in the database's
 * {@code shedlock} table before they run, so that with several nodes each run happens on one node only. Only the
 * scheduler's runs are locked: a direct call (at start-up, in a test) always runs. Lock times come from the database's
 * clock, so nodes whose clocks differ a little still agree.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(interceptMode = InterceptMode.PROXY_SCHEDULER, defaultLockAtMostFor = "PT30M")
class ScheduledJobLocks {

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}
}
