package org.recoveryworks.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.recoveryworks.accounts.AccountUser;
import org.recoveryworks.accounts.Accounts;
import org.recoveryworks.accounts.Role;
import org.recoveryworks.organizations.NewOrganization;
import org.recoveryworks.organizations.OrganizationKind;
import org.recoveryworks.organizations.Organizations;
import org.recoveryworks.jobs.JobBankLoader;
import org.recoveryworks.jobs.PostingDetails;
import org.recoveryworks.jobs.SalaryUnit;
import org.recoveryworks.outcomes.SampleImports;
import org.recoveryworks.shared.geo.Places;
import org.recoveryworks.shared.geo.Places.ZipCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes realistic data at any size through the application's own persistence: employers, postings (with the
 * employer form's checks; indexed once at the end, with the mass indexer), job seekers and their applications, and a
 * peer employment program's participants, sessions, jobs and follow-ups (through the spreadsheet import, with its
 * checks). Postings
 * take their texts from the demo postings and their places from real ZIP codes; pay, dates and people vary. The same
 * seed and the same "as of" day give the same data. Every name and e-mail address says it is generated.
 */
@Service
public class DataGenerator {

	/** How much to write. */
	public record Sizes(int postings, int seekers, int applications, int participants, int sessions, int placements) {

		/** A statewide job bank's proportions for a number of postings (C-RECS had 1,659 postings and 339 seekers). */
		public static Sizes forPostings(int postings) {
			int participants = Math.max(10, postings / 20);
			return new Sizes(postings, Math.max(10, postings / 10), postings / 4, participants, participants * 20,
					participants * 3 / 10);
		}

		/** Postings (and their employers) only: what the search benchmark needs. */
		public static Sizes postingsOnly(int postings) {
			return new Sizes(postings, 0, 0, 0, 0, 0);
		}
	}

	/** What was written, and how long it took. */
	public record Summary(int employers, int postings, int seekers, int applications, int participants, int sessions,
			int placements, int followUps, Duration took) {

		public String describe() {
			return String.format(Locale.ROOT, "Generated %,d employers, %,d postings, %,d job seekers, %,d applications, "
					+ "%,d participants, %,d sessions, %,d jobs and %,d follow-ups in %d s.", employers, postings, seekers,
					applications, participants, sessions, placements, followUps, took.toSeconds());
		}
	}

	/** Generated people's password (all generated accounts share it). */
	public static final String PASSWORD = "generated-data-2026";

	private static final Logger log = LoggerFactory.getLogger(DataGenerator.class);
	private static final int BATCH = 100;
	private static final int IMPORT_ROWS = 5_000;

	private static final String[] FIRST = { "Alex", "Jordan", "Taylor", "Morgan", "Casey", "Riley", "Jamie", "Avery", "Maria",
			"José", "Luis", "Ana", "Keisha", "Darnell", "Tanya", "Michael", "Jennifer", "David", "Linh", "Priya", "Omar", "Fatima",
			"Kevin", "Shanice", "Robert", "Patricia", "Carlos", "Nadia", "Tyrone", "Emily" };
	private static final String[] LAST = { "Rivera", "Smith", "Johnson", "Williams", "Brown", "Garcia", "Martinez", "Lopez",
			"Nguyen", "Patel", "Jackson", "Davis", "Rodriguez", "Wilson", "Anderson", "Thomas", "Moore", "Taylor", "Hernandez",
			"Clark", "Lewis", "Walker", "Young", "King", "Wright", "Torres", "Flores", "Green", "Baker", "Adams" };
	private static final String[] EMPLOYER_WORDS = { "Community Services", "Recovery Center", "Behavioral Health",
			"Grocers", "Logistics", "Public Library", "Health Network", "Food Co-op", "Landscaping", "Housing Partners",
			"Family Services", "Distribution Center", "Hospital", "Youth Services", "Transit" };
	private static final String[] BENEFITS = { "NONE", "NONE", "SSI", "SSDI", "SSI;SSDI", "OTHER" };
	private static final String[] STATUSES = { "unemployed_looking", "unemployed_looking", "unemployed_looking",
			"unemployed_not_looking", "employed_part_time", "volunteering", "in_school" };
	private static final String[] MODES = { "in_person", "in_person", "phone", "video", "accompanying" };
	private static final String[] KINDS = { "work_life_coaching", "job_search", "job_development", "benefits_counseling",
			"follow_along" };

	private final Organizations organizations;
	private final Accounts accounts;
	private final JobBankLoader jobBank;
	private final SampleImports imports;
	private final JsonMapper json;
	private final Places places;
	private final Clock clock;

	DataGenerator(Organizations organizations, Accounts accounts, JobBankLoader jobBank, SampleImports imports, JsonMapper json,
			Places places, Clock clock) {
		this.places = places;
		this.clock = clock;
		this.organizations = organizations;
		this.accounts = accounts;
		this.jobBank = jobBank;
		this.imports = imports;
		this.json = json;
	}

	/**
	 * Writes the data; {@code state} is a two-letter state for the ZIP codes, or "US" for all. Recruitment numbers,
	 * e-mail addresses and import ids start with the label ("G" and the seed when it is null), so that the same seed
	 * can be written twice into one database under two labels.
	 */
	public Summary generate(Sizes sizes, long seed, LocalDate asOf, String state, String label) {
		long started = System.nanoTime();
		// Applications come in during the day in the deployment's zone.
		ZoneId zone = clock.getZone();
		Random random = new Random(seed);
		String tag = label == null || label.isBlank() ? "G" + seed : label.trim();
		if (!tag.matches("[A-Za-z0-9]{1,12}")) {
			throw new IllegalArgumentException("A label is 1 to 12 letters or digits");
		}
		List<ZipCode> zips = zips(state);
		List<DemoData.DemoPosting> templates = templates();

		int employerCount = Math.max(5, Math.min(5_000, sizes.postings() / 100));
		List<Long> employers = new ArrayList<>(employerCount);
		List<String> employerNames = new ArrayList<>(employerCount);
		for (int i = 0; i < employerCount; i++) {
			ZipCode zip = zips.get(random.nextInt(zips.size()));
			String name = zip.town() + " " + EMPLOYER_WORDS[random.nextInt(EMPLOYER_WORDS.length)] + " " + (i + 1) + " (generated)";
			OrganizationKind kind = OrganizationKind.employerKinds().get(random.nextInt(OrganizationKind.employerKinds().size()));
			Long id = organizations.register(new NewOrganization(name, kind, (100 + random.nextInt(900)) + " Main Street",
					zip.town(), zip.zip(), "(860) 555-" + String.format(Locale.ROOT, "%04d", random.nextInt(10_000)), null,
					"Generated data for testing and benchmarks; not a real organization."));
			organizations.verify(id);
			employers.add(id);
			employerNames.add(name);
		}

		List<Long> postingIds = new ArrayList<>(sizes.postings());
		List<LocalDate[]> postingDates = new ArrayList<>(sizes.postings());
		List<JobBankLoader.LoadedPosting> batch = new ArrayList<>(BATCH);
		for (int i = 0; i < sizes.postings(); i++) {
			DemoData.DemoPosting t = templates.get(random.nextInt(templates.size()));
			ZipCode zip = zips.get(random.nextInt(zips.size()));
			LocalDate[] dates = postingDates(random, asOf);
			postingDates.add(dates);
			batch.add(new JobBankLoader.LoadedPosting(employers.get(random.nextInt(employers.size())),
					posting(t, tag + "-" + i, zip, dates, random)));
			if (batch.size() == BATCH || i == sizes.postings() - 1) {
				postingIds.addAll(jobBank.publish(batch));
				batch.clear();
				progress("postings", i + 1, sizes.postings());
			}
		}

		if (!postingIds.isEmpty()) {
			log.info("Indexing the postings");
			try {
				jobBank.reindex();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while indexing", e);
			}
		}

		List<Long> seekerIds = new ArrayList<>(sizes.seekers());
		List<String[]> seekerPeople = new ArrayList<>(sizes.seekers());
		List<Accounts.NewAccount> seekers = new ArrayList<>();
		for (int i = 0; i < sizes.seekers(); i++) {
			String[] person = person(random, tag + "s" + i);
			seekerPeople.add(person);
			seekers.add(new Accounts.NewAccount(person[1], person[0], person[2], Role.SEEKER, null));
			if (seekers.size() == 1_000 || i == sizes.seekers() - 1) {
				seekerIds.addAll(accounts.createAll(seekers, PASSWORD));
				seekers.clear();
				progress("job seekers", i + 1, sizes.seekers());
			}
		}

		int applications = 0;
		if (!seekerIds.isEmpty() && !postingIds.isEmpty()) {
			List<JobBankLoader.LoadedApplication> rows = new ArrayList<>();
			for (int i = 0; i < sizes.applications(); i++) {
				int p = random.nextInt(postingIds.size());
				int s = random.nextInt(seekerIds.size());
				LocalDate[] dates = postingDates.get(p);
				LocalDate last = dates[1] != null && dates[1].isBefore(asOf) ? dates[1] : asOf;
				long days = Math.max(0, ChronoUnit.DAYS.between(dates[0], last));
				Instant at = dates[0].plusDays(random.nextLong(days + 1)).atTime(8 + random.nextInt(12), random.nextInt(60))
					.atZone(zone).toInstant();
				String[] person = seekerPeople.get(s);
				rows.add(new JobBankLoader.LoadedApplication(postingIds.get(p), seekerIds.get(s), person[0], person[1], person[2], at));
				if (rows.size() == 1_000 || i == sizes.applications() - 1) {
					applications += jobBank.apply(rows);
					rows.clear();
					progress("applications", i + 1, sizes.applications());
				}
			}
		}

		int[] program = sizes.participants() > 0 ? program(sizes, random, tag, asOf, zips, employerNames, templates)
				: new int[3];
		Summary summary = new Summary(employers.size(), postingIds.size(), seekerIds.size(), applications, sizes.participants(),
				program[0], program[1], program[2], Duration.ofNanos(System.nanoTime() - started));
		log.info(summary.describe());
		return summary;
	}

	/** A peer employment program with a supervisor and coaches, and its records imported from spreadsheets. */
	private int[] program(Sizes sizes, Random random, String tag, LocalDate asOf, List<ZipCode> zips, List<String> employerNames,
			List<DemoData.DemoPosting> templates) {
		ZipCode home = zips.get(random.nextInt(zips.size()));
		Long programId = organizations.register(new NewOrganization(home.town() + " Peer Employment Program " + tag + " (generated)",
				OrganizationKind.PEER_EMPLOYMENT_PROGRAM, "1 Recovery Way", home.town(), home.zip(), "(860) 555-0100", null,
				"Generated data for testing and benchmarks; not a real program."));
		organizations.verify(programId);
		int coachCount = Math.max(1, sizes.participants() / 25);
		List<Accounts.NewAccount> staff = new ArrayList<>();
		staff.add(new Accounts.NewAccount("supervisor." + tag.toLowerCase(Locale.ROOT) + "@generated.example.org",
				"Program Supervisor " + tag + " (generated)", null, Role.SUPERVISOR, programId));
		List<String> coachEmails = new ArrayList<>();
		for (int i = 0; i < coachCount; i++) {
			String[] person = person(random, tag + "c" + i);
			coachEmails.add(person[1]);
			staff.add(new Accounts.NewAccount(person[1], person[0], null, Role.COACH, programId));
		}
		Long supervisorId = accounts.createAll(staff, PASSWORD).get(0);
		AccountUser supervisor = accounts.find(supervisorId).orElseThrow();

		LocalDate earliest = asOf.minusYears(3);
		LocalDate[] enrolled = new LocalDate[sizes.participants()];
		StringBuilder rows = new StringBuilder();
		for (int i = 0; i < sizes.participants(); i++) {
			String[] person = person(random, tag + "p" + i);
			ZipCode zip = zips.get(random.nextInt(zips.size()));
			enrolled[i] = earliest.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(earliest, asOf.minusDays(14))));
			rows.append(tag).append("-P").append(i).append(',').append(csv(person[0])).append(',').append(person[2]).append(',')
				.append(person[1]).append(',').append(csv(zip.town())).append(',').append(zip.zip()).append(',')
				.append(random.nextInt(5) == 0 ? "Spanish" : "English").append(',').append(enrolled[i]).append(",")
				.append(STATUSES[random.nextInt(STATUSES.length)]).append(',').append(BENEFITS[random.nextInt(BENEFITS.length)])
				.append(',').append(coachEmails.get(i % coachEmails.size())).append("\r\n");
			if ((i + 1) % IMPORT_ROWS == 0 || i == sizes.participants() - 1) {
				importRows(supervisor, "participants",
						"external_id,full_name,phone,email,town,zip,language,enrolled_on,employment_status,benefits,coach_email\r\n", rows);
				progress("participants", i + 1, sizes.participants());
			}
		}

		int sessions = 0;
		for (int j = 0; j < sizes.sessions(); j++) {
			int p = j % sizes.participants();
			long span = Math.max(1, ChronoUnit.DAYS.between(enrolled[p], asOf));
			LocalDate on = enrolled[p].plusDays(random.nextLong(span));
			rows.append(tag).append("-S").append(j).append(',').append(tag).append("-P").append(p).append(',').append(on).append(',')
				.append(String.format(Locale.ROOT, "%02d:%02d", 9 + random.nextInt(8), random.nextInt(4) * 15)).append(',')
				.append(30 + 15 * random.nextInt(5)).append(',').append(MODES[random.nextInt(MODES.length)]).append(',')
				.append(KINDS[random.nextInt(KINDS.length)]).append("\r\n");
			sessions++;
			if ((j + 1) % IMPORT_ROWS == 0 || j == sizes.sessions() - 1) {
				importRows(supervisor, "sessions", "external_id,participant_external_id,date,time,minutes,mode,kind\r\n", rows);
				progress("sessions", j + 1, sizes.sessions());
			}
		}

		int placements = 0;
		int followUps = 0;
		StringBuilder followUpRows = new StringBuilder();
		int count = Math.min(sizes.placements(), sizes.participants());
		for (int i = 0; i < count; i++) {
			int p = (int) ((long) i * sizes.participants() / Math.max(1, count));
			long span = ChronoUnit.DAYS.between(enrolled[p], asOf);
			// Someone enrolled in the last month has no job yet; the chunk's import below still runs.
			if (span >= 30) {
				placements++;
				if (placement(rows, followUpRows, tag, i, p, enrolled[p], span, asOf, random, employerNames, templates)) {
					followUps++;
				}
			}
			if ((i + 1) % IMPORT_ROWS == 0 || i == count - 1) {
				importRows(supervisor, "placements", "external_id,participant_external_id,employer_name,job_title,behavioral_health,"
						+ "peer_role,full_time,hours_per_week,hourly_wage,health_insurance,paid_leave,start_date\r\n", rows);
				importRows(supervisor, "follow-ups", "external_id,placement_external_id,months,contacted_on,reached,still_employed\r\n",
						followUpRows);
				progress("jobs", i + 1, count);
			}
		}
		return new int[] { sessions, placements, followUps };
	}

	/** One job (a row of the placements file) and, when six months have passed, its follow-up (then true). */
	private static boolean placement(StringBuilder rows, StringBuilder followUpRows, String tag, int i, int p, LocalDate enrolled,
			long span, LocalDate asOf, Random random, List<String> employerNames, List<DemoData.DemoPosting> templates) {
		LocalDate started = enrolled.plusDays(21 + random.nextLong(span - 20));
		DemoData.DemoPosting t = templates.get(random.nextInt(templates.size()));
		boolean fullTime = random.nextInt(3) == 0;
		BigDecimal wage = hourly(t, random);
		rows.append(tag).append("-J").append(i).append(',').append(tag).append("-P").append(p).append(',')
			.append(csv(employerNames.get(random.nextInt(employerNames.size())))).append(',').append(csv(t.title())).append(',')
			.append(yes(t.behavioralHealth())).append(',').append(yes(t.peerRole())).append(',').append(yes(fullTime)).append(',')
			.append(fullTime ? 40 : 12 + random.nextInt(20)).append(',').append(wage).append(',')
			.append(yes(fullTime && random.nextBoolean())).append(',').append(yes(random.nextBoolean())).append(',').append(started)
			.append("\r\n");
		LocalDate contacted = started.plusMonths(6).plusDays(random.nextInt(10));
		if (!contacted.isBefore(asOf)) {
			return false;
		}
		boolean reached = random.nextInt(5) != 0;
		followUpRows.append(tag).append("-F").append(i).append(',').append(tag).append("-J").append(i).append(",6,")
			.append(contacted).append(',').append(yes(reached)).append(',').append(reached ? yes(random.nextInt(10) < 7) : "")
			.append("\r\n");
		return true;
	}

	private void importRows(AccountUser supervisor, String kind, String header, StringBuilder rows) {
		if (rows.isEmpty()) {
			return;
		}
		List<String> problems = imports.importFile(supervisor, kind, (header + rows).getBytes(StandardCharsets.UTF_8));
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The generated " + kind + " were refused: "
					+ problems.subList(0, Math.min(5, problems.size())));
		}
		rows.setLength(0);
	}

	private static PostingDetails posting(DemoData.DemoPosting t, String number, ZipCode zip, LocalDate[] dates, Random random) {
		BigDecimal min = hourly(t, random);
		BigDecimal max = min.multiply(BigDecimal.valueOf(1 + random.nextInt(25) / 100.0)).setScale(2, RoundingMode.HALF_UP);
		return new PostingDetails(number, t.title(), t.jobClass(), t.facility(), null, zip.town(), zip.zip(), t.unit(),
				t.hoursPerWeek(), t.shift(), t.days(), t.scheduleNote(), t.employmentType(), SalaryUnit.HOURLY,
				min, max, new BigDecimal("80"), new BigDecimal("26"), t.duties(), t.knowledgeSkillsAbilities(),
				t.minimumQualifications(), t.preferredQualifications(), t.specialRequirements(), t.benefits(), t.selectionPlan(),
				t.howToApply(), dates[0], dates[1], 1 + (random.nextInt(10) == 0 ? random.nextInt(5) : 0), t.peerRole(),
				t.behavioralHealth(), List.of());
	}

	/** The template's hourly pay, give or take 15%, never under $16.35. */
	private static BigDecimal hourly(DemoData.DemoPosting t, Random random) {
		double base = switch (t.salaryUnit()) {
			case HOURLY -> t.salaryMin().doubleValue();
			case BIWEEKLY -> t.salaryMin().doubleValue() / t.payPeriodHours().doubleValue();
			case YEARLY -> t.salaryMin().doubleValue() / 2080;
		};
		double pay = Math.max(16.35, base * (0.85 + random.nextInt(31) / 100.0));
		return BigDecimal.valueOf(pay).setScale(2, RoundingMode.HALF_UP);
	}

	/** Seven in ten postings are open on the day; the rest closed in the two years before it. */
	private static LocalDate[] postingDates(Random random, LocalDate asOf) {
		if (random.nextInt(10) < 7) {
			LocalDate open = asOf.minusDays(random.nextInt(60));
			return new LocalDate[] { open, random.nextInt(8) == 0 ? null : asOf.plusDays(1 + random.nextInt(60)) };
		}
		LocalDate open = asOf.minusDays(90 + random.nextInt(640));
		return new LocalDate[] { open, open.plusDays(14 + random.nextInt(60)) };
	}

	/** A generated person: name, e-mail address, phone. */
	private static String[] person(Random random, String key) {
		String first = FIRST[random.nextInt(FIRST.length)];
		String last = LAST[random.nextInt(LAST.length)];
		String email = (ascii(first) + "." + ascii(last) + "." + key).toLowerCase(Locale.ROOT) + "@generated.example.org";
		return new String[] { first + " " + last + " (generated)", email,
				String.format(Locale.ROOT, "860-555-%04d", random.nextInt(10_000)) };
	}

	private static String ascii(String s) {
		return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "");
	}

	private static String yes(boolean b) {
		return b ? "yes" : "no";
	}

	private static String csv(String s) {
		return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
	}

	private static void progress(String what, int done, int of) {
		int step = Math.max(1, of / 10);
		if (done % step == 0 || done == of) {
			log.info("Generating {}: {} of {}", what, done, of);
		}
	}

	private List<ZipCode> zips(String state) {
		List<ZipCode> zips = places.zipCodes(state);
		if (zips.isEmpty()) {
			throw new IllegalArgumentException("No ZIP codes for " + state + ": use a two-letter state or US");
		}
		return zips;
	}

	private List<DemoData.DemoPosting> templates() {
		try {
			return DemoData.read(json, "demo/postings.json", new TypeReference<List<DemoData.DemoPosting>>() {
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
