package org.recoveryworks.credentials;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a person stands on a credential, from their entries: only verified entries count; pending
 * ones are shown apart. Supervision is counted by domain. Once certified, the renewal date follows
 * the latest verified certification or renewal, and continuing education counts within the
 * current cycle only (cycles run from the certification date).
 */
record CredentialProgress(List<Requirement> requirements, List<DomainHours> domains, Certification certification,
		Trainee trainee) {

	/** An entry as the arithmetic sees it. */
	record Logged(EntryKind kind, String domain, BigDecimal hours, LocalDate doneOn, boolean verified) {
	}

	/**
	 * One requirement: hours (target above zero) or a single step (education, exam: target zero,
	 * met once a verified entry exists).
	 */
	record Requirement(String key, BigDecimal target, BigDecimal verified, BigDecimal pending, boolean met) {

		public boolean hours() {
			return target.signum() > 0;
		}

		/** What is still missing (verified hours only count). */
		public BigDecimal missing() {
			return target.subtract(verified).max(BigDecimal.ZERO);
		}

		/** Share of the target verified, 0 to 100, for a progress bar. */
		public int percent() {
			if (!hours()) {
				return met ? 100 : 0;
			}
			return verified.multiply(BigDecimal.valueOf(100)).divide(target, 0, java.math.RoundingMode.DOWN).min(BigDecimal.valueOf(100))
				.intValue();
		}
	}

	/** Verified and pending supervision hours in one performance domain. */
	record DomainHours(String name, BigDecimal verified, BigDecimal pending) {
	}

	/**
	 * The certification, once a verified entry says so: when, the renewal date, and continuing
	 * education in the current cycle.
	 */
	record Certification(LocalDate certifiedOn, LocalDate renewalDue, boolean expired, LocalDate ceCycleStart,
			LocalDate ceCycleEnd, BigDecimal ceVerified, BigDecimal ceTarget) {

		public BigDecimal ceMissing() {
			return ceTarget.subtract(ceVerified).max(BigDecimal.ZERO);
		}
	}

	/** The trainee period: since when, when the person may move up, and whether they have. */
	record Trainee(LocalDate since, LocalDate eligibleOn, LocalDate promotedOn, boolean eligible) {
	}

	static CredentialProgress of(CredentialType type, List<Logged> entries, LocalDate traineeSince, LocalDate promotedOn,
			LocalDate today) {
		List<Requirement> requirements = new ArrayList<>();
		if (type.getEducation() != null) {
			requirements.add(step("education", EntryKind.EDUCATION, entries));
		}
		if (type.getWorkHours() > 0) {
			requirements.add(hours("work", EntryKind.WORK, type.getWorkHours(), entries));
		}
		if (type.getSupervisionHours() > 0) {
			requirements.add(hours("supervision", EntryKind.SUPERVISION, type.getSupervisionHours(), entries));
		}
		if (type.getTrainingHours() > 0) {
			requirements.add(hours("training", EntryKind.TRAINING, type.getTrainingHours(), entries));
		}
		if (type.isExamRequired()) {
			requirements.add(step("exam", EntryKind.EXAM, entries));
		}
		List<DomainHours> domains = type.getDomains().stream()
			.map(d -> new DomainHours(d, sum(entries, EntryKind.SUPERVISION, d, true), sum(entries, EntryKind.SUPERVISION, d, false)))
			.toList();
		Certification certification = certification(type, entries, today);
		Trainee trainee = null;
		if (type.getTraineeMonths() != null && traineeSince != null) {
			LocalDate eligibleOn = traineeSince.plusMonths(type.getTraineeMonths());
			trainee = new Trainee(traineeSince, eligibleOn, promotedOn, !today.isBefore(eligibleOn));
		}
		return new CredentialProgress(requirements, domains, certification, trainee);
	}

	/** Whether every requirement is met (so the person can apply or sit for certification). */
	public boolean allMet() {
		return requirements.stream().allMatch(Requirement::met);
	}

	public List<Requirement> missing() {
		return requirements.stream().filter(r -> !r.met()).toList();
	}

	private static Certification certification(CredentialType type, List<Logged> entries, LocalDate today) {
		Optional<LocalDate> certifiedOn = entries.stream()
			.filter(e -> e.verified() && e.kind() == EntryKind.CERTIFIED)
			.map(Logged::doneOn).max(Comparator.naturalOrder());
		if (certifiedOn.isEmpty()) {
			return null;
		}
		LocalDate lastRenewed = entries.stream()
			.filter(e -> e.verified() && (e.kind() == EntryKind.CERTIFIED || e.kind() == EntryKind.RENEWED))
			.map(Logged::doneOn).max(Comparator.naturalOrder()).orElseThrow();
		LocalDate renewalDue = lastRenewed.plusMonths(type.getRenewalMonths());
		LocalDate start = certifiedOn.get();
		int cycles = 0;
		while (!start.plusMonths((long) (cycles + 1) * type.getCeCycleMonths()).isAfter(today)) {
			cycles++;
		}
		LocalDate cycleStart = start.plusMonths((long) cycles * type.getCeCycleMonths());
		LocalDate cycleEnd = start.plusMonths((long) (cycles + 1) * type.getCeCycleMonths());
		BigDecimal ce = entries.stream()
			.filter(e -> e.verified() && e.kind() == EntryKind.CONTINUING_EDUCATION)
			.filter(e -> !e.doneOn().isBefore(cycleStart) && e.doneOn().isBefore(cycleEnd))
			.map(Logged::hours).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Certification(certifiedOn.get(), renewalDue, renewalDue.isBefore(today), cycleStart, cycleEnd, ce,
				BigDecimal.valueOf(type.getCeHours()));
	}

	private static Requirement hours(String key, EntryKind kind, int target, List<Logged> entries) {
		BigDecimal verified = sum(entries, kind, null, true);
		return new Requirement(key, BigDecimal.valueOf(target), verified, sum(entries, kind, null, false),
				verified.compareTo(BigDecimal.valueOf(target)) >= 0);
	}

	private static Requirement step(String key, EntryKind kind, List<Logged> entries) {
		boolean verified = entries.stream().anyMatch(e -> e.kind() == kind && e.verified());
		boolean pending = entries.stream().anyMatch(e -> e.kind() == kind && !e.verified());
		return new Requirement(key, BigDecimal.ZERO, verified ? BigDecimal.ONE : BigDecimal.ZERO,
				pending ? BigDecimal.ONE : BigDecimal.ZERO, verified);
	}

	private static BigDecimal sum(List<Logged> entries, EntryKind kind, String domain, boolean verified) {
		return entries.stream()
			.filter(e -> e.kind() == kind && e.verified() == verified)
			.filter(e -> domain == null || domain.equals(e.domain()))
			.map(Logged::hours).filter(Objects::nonNull)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
