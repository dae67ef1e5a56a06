package org.recoveryworks.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The hour arithmetic: verified entries only, supervision by domain, renewal and continuing-education windows, the trainee date. */
class CredentialProgressTest {

	static CredentialType illinoisCrss() {
		CredentialTypeForm f = new CredentialTypeForm();
		f.setCode("IL-CRSS");
		f.setName("Certified Recovery Support Specialist (Illinois)");
		f.setIssuer("Illinois Certification Board");
		f.setEducation("High school diploma or GED");
		f.setWorkHours(2000);
		f.setSupervisionHours(100);
		f.setTrainingHours(100);
		f.setExamRequired(true);
		f.setCeHours(40);
		f.setCeCycleMonths(24);
		f.setRenewalMonths(12);
		f.setDomains("Advocacy\nProfessional Responsibility\nMentoring\nRecovery Support");
		CredentialType t = new CredentialType("IL-CRSS", null, Instant.EPOCH);
		t.apply(f);
		return t;
	}

	static CredentialType connecticutRss() {
		CredentialTypeForm f = new CredentialTypeForm();
		f.setName("Recovery Support Specialist (Connecticut)");
		f.setIssuer("Advocacy Unlimited");
		f.setTrainingHours(80);
		f.setExamRequired(true);
		f.setCeHours(60);
		f.setCeCycleMonths(36);
		f.setRenewalMonths(36);
		f.setTraineeMonths(6);
		CredentialType t = new CredentialType("CT-RSS", null, Instant.EPOCH);
		t.apply(f);
		return t;
	}

	private static CredentialProgress.Logged entry(EntryKind kind, String domain, String hours, LocalDate on, boolean verified) {
		return new CredentialProgress.Logged(kind, domain, hours == null ? null : new BigDecimal(hours), on, verified);
	}

	private static CredentialProgress.Requirement requirement(CredentialProgress p, String key) {
		return p.requirements().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
	}

	static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	@Test
	void onlyVerifiedHoursCountAndPendingOnesAreShownApart() {
		CredentialProgress p = CredentialProgress.of(illinoisCrss(), List.of(
				entry(EntryKind.WORK, null, "1200.5", TODAY.minusMonths(6), true),
				entry(EntryKind.WORK, null, "299.25", TODAY.minusMonths(1), true),
				entry(EntryKind.WORK, null, "600", TODAY, false),
				entry(EntryKind.TRAINING, null, "100", TODAY.minusMonths(2), true)), null, null, TODAY);
		CredentialProgress.Requirement work = requirement(p, "work");
		assertThat(work.verified()).isEqualByComparingTo("1499.75");
		assertThat(work.pending()).isEqualByComparingTo("600");
		assertThat(work.missing()).isEqualByComparingTo("500.25");
		assertThat(work.met()).isFalse();
		assertThat(work.percent()).isEqualTo(74);
		assertThat(requirement(p, "training").met()).isTrue();
		assertThat(requirement(p, "training").percent()).isEqualTo(100);
		assertThat(p.missing()).extracting(CredentialProgress.Requirement::key).containsExactly("education", "work", "supervision", "exam");
		assertThat(p.allMet()).isFalse();
	}

	@Test
	void supervisionIsCountedByDomainAndInTotal() {
		CredentialProgress p = CredentialProgress.of(illinoisCrss(), List.of(
				entry(EntryKind.SUPERVISION, "Advocacy", "30", TODAY.minusDays(40), true),
				entry(EntryKind.SUPERVISION, "Advocacy", "10", TODAY.minusDays(30), true),
				entry(EntryKind.SUPERVISION, "Mentoring", "25.5", TODAY.minusDays(20), true),
				entry(EntryKind.SUPERVISION, "Recovery Support", "12", TODAY.minusDays(10), false)), null, null, TODAY);
		assertThat(p.domains()).extracting(CredentialProgress.DomainHours::name)
			.containsExactly("Advocacy", "Professional Responsibility", "Mentoring", "Recovery Support");
		assertThat(p.domains().get(0).verified()).isEqualByComparingTo("40");
		assertThat(p.domains().get(1).verified()).isEqualByComparingTo("0");
		assertThat(p.domains().get(2).verified()).isEqualByComparingTo("25.5");
		assertThat(p.domains().get(3).verified()).isEqualByComparingTo("0");
		assertThat(p.domains().get(3).pending()).isEqualByComparingTo("12");
		assertThat(requirement(p, "supervision").verified()).isEqualByComparingTo("65.5");
		assertThat(requirement(p, "supervision").missing()).isEqualByComparingTo("34.5");
	}

	@Test
	void stepsAreMetByAVerifiedEntryOnly() {
		CredentialProgress pending = CredentialProgress.of(illinoisCrss(), List.of(
				entry(EntryKind.EXAM, null, null, TODAY, false), entry(EntryKind.EDUCATION, null, null, LocalDate.of(2010, 6, 1), true)),
				null, null, TODAY);
		assertThat(requirement(pending, "exam").met()).isFalse();
		assertThat(requirement(pending, "exam").pending()).isEqualByComparingTo("1");
		assertThat(requirement(pending, "education").met()).isTrue();
	}

	@Test
	void renewalFollowsTheLatestVerifiedCertificationOrRenewal() {
		LocalDate certified = LocalDate.of(2025, 3, 10);
		CredentialProgress p = CredentialProgress.of(illinoisCrss(), List.of(
				entry(EntryKind.CERTIFIED, null, null, certified, true)), null, null, TODAY);
		assertThat(p.certification().certifiedOn()).isEqualTo(certified);
		assertThat(p.certification().renewalDue()).isEqualTo(LocalDate.of(2026, 3, 10));
		assertThat(p.certification().expired()).isTrue();

		p = CredentialProgress.of(illinoisCrss(), List.of(entry(EntryKind.CERTIFIED, null, null, certified, true),
				entry(EntryKind.RENEWED, null, null, LocalDate.of(2026, 3, 1), true),
				entry(EntryKind.RENEWED, null, null, LocalDate.of(2026, 11, 1), false)), null, null, TODAY);
		assertThat(p.certification().renewalDue()).isEqualTo(LocalDate.of(2027, 3, 1));
		assertThat(p.certification().expired()).isFalse();

		assertThat(CredentialProgress.of(illinoisCrss(), List.of(entry(EntryKind.CERTIFIED, null, null, certified, false)), null, null, TODAY)
			.certification()).isNull();
	}

	@Test
	void continuingEducationCountsInTheCurrentCycleOnlyWithItsEdges() {
		// Certified 2024-12-01, cycles of 24 months: the current one runs from 2024-12-01 to 2026-12-01 (exclusive).
		LocalDate certified = LocalDate.of(2024, 12, 1);
		List<CredentialProgress.Logged> entries = List.of(entry(EntryKind.CERTIFIED, null, null, certified, true),
				entry(EntryKind.CONTINUING_EDUCATION, null, "8", LocalDate.of(2024, 11, 30), true),
				entry(EntryKind.CONTINUING_EDUCATION, null, "6", LocalDate.of(2024, 12, 1), true),
				entry(EntryKind.CONTINUING_EDUCATION, null, "12.5", LocalDate.of(2026, 11, 27), true),
				entry(EntryKind.CONTINUING_EDUCATION, null, "20", LocalDate.of(2026, 11, 20), false));
		CredentialProgress.Certification c = CredentialProgress.of(illinoisCrss(), entries, null, null, TODAY).certification();
		assertThat(c.ceCycleStart()).isEqualTo(certified);
		assertThat(c.ceCycleEnd()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(c.ceVerified()).isEqualByComparingTo("18.5");
		assertThat(c.ceMissing()).isEqualByComparingTo("21.5");

		// On the first day of the next cycle, the count starts again.
		c = CredentialProgress.of(illinoisCrss(), entries, null, null, LocalDate.of(2026, 12, 1)).certification();
		assertThat(c.ceCycleStart()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(c.ceCycleEnd()).isEqualTo(LocalDate.of(2028, 12, 1));
		assertThat(c.ceVerified()).isEqualByComparingTo("0");
		assertThat(c.ceMissing()).isEqualByComparingTo("40");
	}

	@Test
	void theTraineeCanMoveUpSixMonthsAfterStarting() {
		CredentialType ct = connecticutRss();
		LocalDate since = LocalDate.of(2026, 5, 31);
		CredentialProgress p = CredentialProgress.of(ct, List.of(), since, null, LocalDate.of(2026, 11, 29));
		assertThat(p.trainee().eligibleOn()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(p.trainee().eligible()).isFalse();
		assertThat(CredentialProgress.of(ct, List.of(), since, null, LocalDate.of(2026, 11, 30)).trainee().eligible()).isTrue();
		assertThat(CredentialProgress.of(illinoisCrss(), List.of(), since, null, TODAY).trainee()).isNull();
		assertThat(p.requirements()).extracting(CredentialProgress.Requirement::key).containsExactly("training", "exam");
	}
}
