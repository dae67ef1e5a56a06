package org.recoveryworks.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --audit-verify}: seals what is waiting, checks the whole chain, prints the result and
 * exits (0 intact, 1 broken). See the README for the command.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditVerifyCommand implements ApplicationRunner {

	private final AuditChain chain;
	private final ConfigurableApplicationContext context;

	AuditVerifyCommand(AuditChain chain, ConfigurableApplicationContext context) {
		this.chain = chain;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption("audit-verify")) {
			return;
		}
		while (chain.seal() > 0) {
			// Seal everything waiting, 5,000 entries at a time.
		}
		AuditChain.Verification result = chain.verify();
		System.out.println(result.describe());
		int code = result.intact() ? 0 : 1;
		System.exit(SpringApplication.exit(context, () -> code));
	}
}
