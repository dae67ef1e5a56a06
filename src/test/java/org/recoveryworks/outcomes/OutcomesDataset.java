package org.recoveryworks.outcomes;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Spreadsheets shaped like a program's records, built to give chosen program results, with
 * records that must not count (outside the period, benefits resumed, follow-ups not reached) mixed
 * in. All dates fall in {@link #FROM}..{@link #TO} unless they are meant to fall outside.
 */
record OutcomesDataset(int people, int sessions, int bhFullTime, int bhPartTime, int otherFullTime, int otherPartTime,
		int offBenefitsForWork, int withEmployerBenefits, int respondents, int stillEmployed) {

	static final LocalDate FROM = LocalDate.of(2008, 5, 1);
	static final LocalDate TO = LocalDate.of(2010, 9, 30);

	/** C-RECS's published results, May 2008 to September 2010 (seeds/002_). */
	static OutcomesDataset crecs() {
		return new OutcomesDataset(300, 1512, 14, 31, 11, 25, 8, 6, 36, 25);
	}

	private static final List<String> BH_TITLES = List.of("Peer Mentor", "Counselor", "Peer Support Specialist",
			"Drug and Alcohol Counselor", "Grants Manager", "Office Manager", "IT Assistant", "Recreation Aide", "Recovery Coach",
			"RN Supervisor", "Residential Assistant Manager", "Dietary/Health Aide", "Driver");
	private static final List<String> OTHER_TITLES = List.of("Cashier", "Stock Associate", "Line Cook", "Warehouse Associate",
			"Customer Service Representative", "Landscaper");

	int placements() {
		return bhFullTime + bhPartTime + otherFullTime + otherPartTime;
	}

	Map<ImportKind, byte[]> files(String coachEmail) {
		Map<ImportKind, byte[]> files = new EnumMap<>(ImportKind.class);
		files.put(ImportKind.PARTICIPANTS, participants(coachEmail));
		files.put(ImportKind.SESSIONS, sessionRows());
		files.put(ImportKind.PLACEMENTS, placementRows());
		files.put(ImportKind.BENEFITS, benefits());
		files.put(ImportKind.FOLLOW_UPS, followUps());
		return files;
	}

	private static LocalDate enrolled(int i) {
		return FROM.plusDays(i % 120);
	}

	private static LocalDate started(int i) {
		return LocalDate.of(2008, 9, 1).plusDays(i * 3L);
	}

	private byte[] participants(String coachEmail) {
		StringBuilder b = new StringBuilder("external_id,full_name,town,zip,enrolled_on,employment_status,benefits,coach_email\r\n");
		for (int i = 0; i < people; i++) {
			b.append("P").append(i).append(",Person ").append(i).append(" Demo,Middletown,06457,").append(enrolled(i))
				.append(",unemployed_looking,").append(i % 3 == 0 ? "SSI" : i % 3 == 1 ? "SSDI" : "NONE").append(',').append(coachEmail)
				.append("\r\n");
		}
		// Enrolled after the period: not among the people assisted in it.
		b.append("LATE1,Late Person Demo,Meriden,06450,2010-11-01,unemployed_looking,NONE,").append(coachEmail).append("\r\n");
		return bytes(b);
	}

	private byte[] sessionRows() {
		StringBuilder b = new StringBuilder("external_id,participant_external_id,date,minutes,mode,kind\r\n");
		for (int j = 0; j < sessions; j++) {
			int person = j % people;
			b.append("S").append(j).append(",P").append(person).append(',').append(enrolled(person).plusWeeks(j / people + 1))
				.append(",60,in_person,work_life_coaching\r\n");
		}
		// After the period: not counted.
		b.append("SLATE1,LATE1,2010-11-05,45,phone,job_search\r\n");
		b.append("SLATE2,P0,2010-10-01,45,phone,follow_along\r\n");
		return bytes(b);
	}

	private byte[] placementRows() {
		StringBuilder b = new StringBuilder("external_id,participant_external_id,employer_name,job_title,behavioral_health,"
				+ "peer_role,full_time,hours_per_week,hourly_wage,health_insurance,paid_leave,start_date\r\n");
		int total = placements();
		for (int i = 0; i < total; i++) {
			boolean bh = i < bhFullTime + bhPartTime;
			boolean fullTime = i < bhFullTime || (i >= bhFullTime + bhPartTime && i < bhFullTime + bhPartTime + otherFullTime);
			String title = bh ? BH_TITLES.get(i % BH_TITLES.size()) : OTHER_TITLES.get(i % OTHER_TITLES.size());
			boolean benefits = i < withEmployerBenefits;
			b.append("J").append(i).append(",P").append(i).append(',').append(bh ? "Shoreline Recovery Center (demo)" : "Riverside Grocery (demo)")
				.append(',').append(title).append(',').append(bh ? "yes" : "no").append(',').append(bh && i % 2 == 0 ? "yes" : "no")
				.append(',').append(fullTime ? "yes" : "no").append(',').append(fullTime ? "40" : "20").append(',')
				.append(16 + i % 6).append(".50,").append(benefits ? "yes" : "no").append(',').append(benefits && i % 2 == 0 ? "yes" : "no")
				.append(',').append(started(i)).append("\r\n");
		}
		// Started after the period, with health insurance: counted neither as a job nor for benefits.
		b.append("JLATE1,P").append(total).append(",Riverside Grocery (demo),Cashier,no,no,yes,40,18.00,yes,yes,2010-12-01\r\n");
		return bytes(b);
	}

	private byte[] benefits() {
		StringBuilder b = new StringBuilder("external_id,participant_external_id,changed_on,benefit,change,reason\r\n");
		for (int i = 0; i < offBenefitsForWork; i++) {
			b.append("B").append(i).append(",P").append(i).append(",2009-06-01,").append(i % 2 == 0 ? "SSI" : "SSDI")
				.append(",stopped,earnings_from_work\r\n");
		}
		int n = offBenefitsForWork;
		// Stopped because of work, then resumed: no longer off at the end of the period.
		b.append("BX1,P").append(n).append(",2009-03-01,SSDI,stopped,earnings_from_work\r\n");
		b.append("BX2,P").append(n).append(",2009-09-01,SSDI,resumed,other\r\n");
		// Stopped for another reason, and reduced because of work: neither counts.
		b.append("BX3,P").append(n + 1).append(",2009-04-01,SSI,stopped,medical_review\r\n");
		b.append("BX4,P").append(n + 2).append(",2009-04-01,SSI,reduced,earnings_from_work\r\n");
		return bytes(b);
	}

	private byte[] followUps() {
		StringBuilder b = new StringBuilder("external_id,placement_external_id,months,contacted_on,reached,still_employed,same_job\r\n");
		for (int i = 0; i < respondents; i++) {
			// The last of those counted as employed said no at 6 months and yes at 12: the latest answer counts.
			boolean employedAtSix = i < stillEmployed - 1;
			b.append("F").append(i).append(",J").append(i).append(",6,").append(started(i).plusMonths(6).plusDays(3))
				.append(",yes,").append(employedAtSix ? "yes,yes" : "no,").append("\r\n");
			if (i == stillEmployed - 1) {
				b.append("F").append(i).append("b,J").append(i).append(",12,").append(started(i).plusMonths(12).plusDays(3))
					.append(",yes,yes,no\r\n");
			}
		}
		// Not reached: not respondents.
		for (int i = respondents; i < Math.min(placements(), respondents + 3); i++) {
			b.append("F").append(i).append(",J").append(i).append(",6,").append(started(i).plusMonths(6)).append(",no,,\r\n");
		}
		return bytes(b);
	}

	private static byte[] bytes(StringBuilder b) {
		return b.toString().getBytes(StandardCharsets.UTF_8);
	}
}
