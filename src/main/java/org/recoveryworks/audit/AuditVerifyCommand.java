package org.recoveryworks.audit;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The audit trail from the command line; each prints its result and exits (0 done or intact, 1 not).
 * See the README for the commands.
 * <ul>
 * <li>{@code --audit-verify}: checks the whole trail as it is (sealing nothing) against the checkpoints.</li>
 * <li>{@code --audit-checkpoint}: seals what is waiting, checks, and saves a checkpoint (e-mailed to the privacy officers).</li>
 * <li>{@code --audit-upgrade-broken-chain}: seals a trail made before the audit key with the key although its old chain
 * is broken, once the privacy officer has looked into the break; the break is written into the trail.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditVerifyCommand implements ApplicationRunner {

	private final AuditChain chain;
	private final AuditCheckpoints checkpoints;
	private final ConfigurableApplicationContext context;

	AuditVerifyCommand(AuditChain chain, AuditCheckpoints checkpoints, ConfigurableApplicationContext context) {
		this.chain = chain;
		this.checkpoints = checkpoints;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean ok;
		if (args.containsOption("audit-verify")) {
			AuditChain.Verification result = chain.verify();
			System.out.println(result.describe());
			ok = result.intact();
		}
		else if (args.containsOption("audit-checkpoint")) {
			AuditCheckpoints.Outcome outcome = checkpoints.save();
			System.out.println(outcome.saved() ? "Checkpoint saved: link " + outcome.checkpoint().sequence() + ", "
					+ outcome.checkpoint().hash() + ", in " + outcome.checkpoint().file() + "; its digest was e-mailed to the privacy officers."
					: "No checkpoint was saved. " + outcome.verification().describe());
			ok = outcome.saved();
		}
		else if (args.containsOption("audit-upgrade-broken-chain")) {
			boolean upgraded = chain.upgradeEvenIfBroken();
			System.out.println(upgraded ? "The audit trail is now sealed with the audit key; the old break is recorded in it."
					: "Nothing to do: the audit trail was already sealed with the audit key.");
			ok = true;
		}
		else {
			return;
		}
		int code = ok ? 0 : 1;
		System.exit(SpringApplication.exit(context, () -> code));
	}
}
