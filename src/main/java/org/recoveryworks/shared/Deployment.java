package org.recoveryworks.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What this deployment is: its name, the states it serves (one, several, or {@code US} for all), its
 * time zone and the support address shown to users. The first administrator sets it up in the product;
 * until then the defaults come from configuration ({@code recoveryworks.deployment-name}, {@code
 * recoveryworks.states}, {@code recoveryworks.time-zone}, {@code recoveryworks.support-email}).
 */
@Service
public class Deployment implements SmartInitializingSingleton {

	/** All of the United States. */
	public static final String ALL_STATES = "US";

	/** The two-letter codes of the states, the District of Columbia and the territories with ZIP codes. */
	public static final Set<String> STATE_CODES = new TreeSet<>(List.of("AK", "AL", "AR", "AS", "AZ", "CA", "CO", "CT", "DC", "DE",
			"FL", "GA", "GU", "HI", "IA", "ID", "IL", "IN", "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MP", "MS", "MT", "NC",
			"ND", "NE", "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VI", "VT",
			"WA", "WI", "WV", "WY"));

	/** The settings, as the rest of the product reads them. */
	public record Settings(String name, List<String> states, ZoneId zone, String supportEmail, boolean setUp, long version) {

		/** Whether a place in this state is served. */
		public boolean serves(String state) {
			return state != null && (states.contains(ALL_STATES) || states.contains(state.toUpperCase(Locale.ROOT)));
		}

		/** The states, as a person reads them ("CT", "CT, MA", "all states"). */
		public String statesText() {
			return states.contains(ALL_STATES) ? ALL_STATES : String.join(", ", states);
		}
	}

	private final DeploymentSettingsRepository repository;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final Settings defaults;
	private volatile Settings current;

	Deployment(DeploymentSettingsRepository repository, TransactionTemplate transactions, Clock clock,
			@Value("${recoveryworks.deployment-name:RecoveryWorks}") String name,
			@Value("${recoveryworks.states:CT}") String states,
			@Value("${recoveryworks.time-zone:America/New_York}") String zone,
			@Value("${recoveryworks.support-email:${recoveryworks.mail-from:no-reply@recoveryworks.example.org}}") String supportEmail) {
		this.repository = repository;
		this.transactions = transactions;
		this.clock = clock;
		this.defaults = new Settings(name, parseStates(states), ZoneId.of(zone), supportEmail, false, -1);
		this.current = defaults;
	}

	@Override
	public void afterSingletonsInstantiated() {
		reload();
	}

	/** Picks up a change another node saved (cluster mode). */
	@Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
	void reload() {
		Settings loaded = transactions.execute(status -> repository.findById(DeploymentSettings.ID).map(DeploymentSettings::toSettings)
			.orElse(defaults));
		use(loaded);
	}

	public Settings settings() {
		return current;
	}

	public boolean isSetUp() {
		return current.setUp();
	}

	/**
	 * Saves the settings (an administrator's set-up or later change) unless someone saved them since
	 * {@code settings.version()}; the clock's zone changes at once.
	 */
	public void save(Settings settings, Long adminId) {
		Settings saved = transactions.execute(status -> {
			DeploymentSettings row = repository.findById(DeploymentSettings.ID).orElse(null);
			if (row == null) {
				row = repository.save(new DeploymentSettings(settings, Instant.now(clock), adminId));
			}
			else {
				if (settings.version() >= 0 && row.getVersion() != settings.version()) {
					throw new ObjectOptimisticLockingFailureException(DeploymentSettings.class, DeploymentSettings.ID);
				}
				row.apply(settings, Instant.now(clock), adminId);
			}
			repository.flush();
			return row.toSettings();
		});
		use(saved);
	}

	private void use(Settings settings) {
		current = settings;
		if (clock instanceof DeploymentClock deploymentClock) {
			deploymentClock.setZone(settings.zone());
		}
	}

	/** Whether the text names at least one state and nothing that is not a state's code (or US). */
	public static boolean validStates(String text) {
		if (text == null) {
			return false;
		}
		for (String part : text.split("[,\\s]+")) {
			String code = part.trim().toUpperCase(Locale.ROOT);
			if (!code.isEmpty() && !code.equals(ALL_STATES) && !STATE_CODES.contains(code)) {
				return false;
			}
		}
		return !parseStates(text).isEmpty();
	}

	/** "CT", "ct, ma", "US": the codes, upper case, known ones only, in order. */
	public static List<String> parseStates(String text) {
		if (text == null) {
			return List.of();
		}
		Set<String> codes = new TreeSet<>();
		for (String part : text.split("[,\\s]+")) {
			String code = part.trim().toUpperCase(Locale.ROOT);
			if (code.equals(ALL_STATES)) {
				return List.of(ALL_STATES);
			}
			if (STATE_CODES.contains(code)) {
				codes.add(code);
			}
		}
		return List.copyOf(codes);
	}
}
