package org.recoveryworks.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code --generate-data}: writes generated data into the configured database (README, "Generated data"), prints what
 * it wrote and exits. Options: {@code --postings=N} (10,000), {@code --seed=S} (1), {@code --as-of=YYYY-MM-DD}
 * (today), {@code --state=CT} (or US), {@code --label=L} (G and the seed), and {@code --seekers},
 * {@code --applications}, {@code --participants}, {@code --sessions}, {@code --placements} to change the proportions.
 */
@Component
@Order(10)
class GenerateDataCommand implements ApplicationRunner {

	private final DataGenerator generator;
	private final ConfigurableApplicationContext context;
	private final Clock clock;

	GenerateDataCommand(DataGenerator generator, ConfigurableApplicationContext context, Clock clock) {
		this.generator = generator;
		this.context = context;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!args.containsOption("generate-data")) {
			return;
		}
		int code;
		try {
			DataGenerator.Sizes d = DataGenerator.Sizes.forPostings(number(args, "postings", 10_000));
			DataGenerator.Sizes sizes = new DataGenerator.Sizes(d.postings(), number(args, "seekers", d.seekers()),
					number(args, "applications", d.applications()), number(args, "participants", d.participants()),
					number(args, "sessions", d.sessions()), number(args, "placements", d.placements()));
			long seed = Long.parseLong(option(args, "seed", "1"));
			LocalDate asOf = LocalDate.parse(option(args, "as-of", LocalDate.now(clock).toString()));
			DataGenerator.Summary summary = generator.generate(sizes, seed, asOf, option(args, "state", "CT"), option(args, "label", null));
			System.out.println(summary.describe());
			code = 0;
		}
		catch (RuntimeException e) {
			System.err.println("Data generation stopped: " + e.getMessage());
			code = 1;
		}
		int exit = code;
		System.exit(SpringApplication.exit(context, () -> exit));
	}

	private static int number(ApplicationArguments args, String name, int otherwise) {
		int n = Integer.parseInt(option(args, name, String.valueOf(otherwise)).replace("_", "").replace(",", ""));
		if (n < 0) {
			throw new IllegalArgumentException("--" + name + " cannot be negative");
		}
		return n;
	}

	private static String option(ApplicationArguments args, String name, String otherwise) {
		List<String> values = args.getOptionValues(name);
		return values == null || values.isEmpty() ? otherwise : values.get(0);
	}
}
