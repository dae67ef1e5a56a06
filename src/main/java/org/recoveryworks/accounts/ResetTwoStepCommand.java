package org.recoveryworks.accounts;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --reset-two-step=<e-mail>}: for a staff member who lost both their phone and their
 * recovery codes. Turns two-step sign-in off for the account (their next sign-in sets it up
 * again), records it in the audit trail, prints what it did and exits (0 done, 1 no such account).
 * An operator with access to the server runs it; see the README.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ResetTwoStepCommand implements ApplicationRunner {

	private final TwoStepSignIn twoStep;
	private final ConfigurableApplicationContext context;

	ResetTwoStepCommand(TwoStepSignIn twoStep, ConfigurableApplicationContext context) {
		this.twoStep = twoStep;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> emails = args.getOptionValues("reset-two-step");
		if (emails == null) {
			return;
		}
		int code = 0;
		for (String email : emails) {
			boolean done = twoStep.reset(email);
			System.out.println(done ? "Two-step sign-in is off for " + email + ": their next sign-in sets it up again."
					: "No account has the address " + email + ".");
			code = done ? code : 1;
		}
		int exit = code;
		System.exit(SpringApplication.exit(context, () -> exit));
	}
}
