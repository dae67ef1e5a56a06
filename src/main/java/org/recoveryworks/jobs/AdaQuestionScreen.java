package org.recoveryworks.jobs;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Refuses pre-offer application questions that the ADA forbids (seeds/003_): questions about
 * the applicant's own disability, diagnosis, mental-health or substance-use treatment,
 * medication, hospitalization or workers' compensation history. Questions about skills,
 * experience serving others, availability, travel and whether the applicant can do the job
 * (with or without reasonable accommodation) are fine.
 */
final class AdaQuestionScreen {

	/** Why a question was refused: a message key naming the topic. */
	enum Topic {
		DISABILITY, DIAGNOSIS, TREATMENT, MEDICATION, HOSPITALIZATION, WORKERS_COMPENSATION
	}

	private record Rule(Topic topic, Pattern pattern) {
	}

	private static Pattern p(String regex) {
		return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/** Topics refused whenever they are mentioned at all. */
	private static final List<Rule> ALWAYS = List.of(
			new Rule(Topic.WORKERS_COMPENSATION, p("workers?['’]?s?\\s+comp(ensation)?\\b|workman['’]?s\\s+comp|work(place)?[- ]related\\s+injur")),
			new Rule(Topic.HOSPITALIZATION, p("\\b(been|ever|were)\\s+(hospitali[sz]ed|institutionali[sz]ed|committed|admitted)\\b|\\bpsychiatric\\s+(hospital|ward|unit|admission)")),
			new Rule(Topic.DIAGNOSIS, p("\\b(been|ever|were)\\s+diagnosed\\b|\\bdiagnosis\\s+of\\s+your|\\byour\\s+(own\\s+)?diagnos")),
			new Rule(Topic.TREATMENT, p("\\b(been|ever|were)\\s+(treated|in\\s+(rehab|detox|treatment|therapy))\\b|\\bdetox\\b|\\bmethadone\\b|\\bsuboxone\\b")),
			new Rule(Topic.MEDICATION, p("\\b(taking|take|on|prescribed|use)\\s+(any\\s+)?(psychiatric\\s+|prescription\\s+)?(medications?|meds|prescriptions?)\\b|\\blist\\s+(all|any|your)\\s+medications?")));

	/** Sensitive topics refused when the question is about the applicant's own history. */
	private static final List<Rule> PERSONAL_TOPICS = List.of(
			new Rule(Topic.DISABILITY, p("\\bdisabilit(y|ies)\\b|\\bdisabled\\b|\\bhandicap|\\bimpairment|\\bmedical\\s+(condition|history|problem|issue)s?|\\bhealth\\s+(condition|problem|issue|history)s?|\\bchronic\\s+illness|\\billness(es)?\\b|\\bsick\\s+(days|leave)|\\bmissed\\s+work")),
			new Rule(Topic.DIAGNOSIS, p("\\bdiagnos|\\bmental\\s+(health|illness|disorder|condition)|\\bpsychiatric|\\bbipolar|\\bschizo|\\bdepression|\\banxiety|\\bptsd\\b|\\bpsycholog")),
			new Rule(Topic.TREATMENT, p("\\btreatment|\\btherapy|\\btherapist|\\bcounsel(l)?ing|\\brehab|\\bsubstance|\\balcohol|\\bdrugs?\\b|\\baddiction|\\baddicted|\\bsobriety|\\bsober\\b|\\bin\\s+recovery|\\byour\\s+(own\\s+)?recovery|\\bAA\\b|\\bnarcotics\\s+anonymous|\\b12[- ]step")),
			new Rule(Topic.MEDICATION, p("\\bmedications?\\b|\\bmeds\\b|\\bprescri")),
			new Rule(Topic.HOSPITALIZATION, p("\\bhospitali[sz]|\\bhospital\\s+stay|\\binpatient")));

	/** The question is about the applicant personally. */
	private static final Pattern PERSONAL = p(
			"\\bhave\\s+you\\s+(ever\\s+)?(been|had|received|taken|used|suffered|undergone|filed|attended|gone|needed|required|struggled|missed|experienced)\\b"
					+ "|\\bare\\s+you\\s+(currently\\s+|now\\s+|still\\s+)?(taking|on|in|receiving|being|disabled|under|a\\s+person|someone|sober|suffering|using|prescribed|recovering|living)\\b"
					+ "|\\bdo\\s+you\\s+(currently\\s+|still\\s+)?(have|suffer|take|use|receive|see|attend|need|require|struggle|identify)\\b(?!\\s+(any\\s+|prior\\s+|previous\\s+|professional\\s+)?(experience|knowledge|training|skills?|certification|a\\s+(valid|current)|your\\s+own\\s+transportation|reliable|access|familiarity))"
					+ "|\\b(were|was)\\s+you\\b|\\byour\\s+(own\\s+|personal\\s+|past\\s+|current\\s+)?(disabilit|diagnos|mental|medical|health|treatment|medication|condition|recovery|hospital|illness|sobriety|substance|therapy)"
					+ "|\\bdescribe\\s+(any|your)\\b|\\bhow\\s+(many|long|often)\\b.*\\b(you|your)\\b");

	private AdaQuestionScreen() {
	}

	/** The topic that makes this question unlawful before an offer, if any. */
	static Optional<Topic> refusal(String question) {
		if (question == null || question.isBlank()) {
			return Optional.empty();
		}
		String text = question.toLowerCase(Locale.ROOT).replace('’', '\'');
		for (Rule rule : ALWAYS) {
			if (rule.pattern().matcher(text).find()) {
				return Optional.of(rule.topic());
			}
		}
		if (!PERSONAL.matcher(text).find()) {
			return Optional.empty();
		}
		for (Rule rule : PERSONAL_TOPICS) {
			if (rule.pattern().matcher(question).find()) {
				return Optional.of(rule.topic());
			}
		}
		return Optional.empty();
	}

	private static final Pattern LIVED_EXPERIENCE = p(
			"lived\\s+experience|personal\\s+(recovery\\s+)?experience|experience\\s+of\\s+(recovery|mental|substance)|in\\s+recovery|personal\\s+recovery|own\\s+recovery|recovery\\s+experience|person\\s+in\\s+recovery");

	/**
	 * True when every stated minimum qualification is lived experience: seeds/003_ calls lived
	 * experience alone as a qualification tokenism.
	 */
	static boolean onlyLivedExperience(String minimumQualifications) {
		if (minimumQualifications == null || minimumQualifications.isBlank()) {
			return false;
		}
		String[] items = minimumQualifications.split("(\\r?\\n)+|(?<=[.;])\\s+");
		boolean any = false;
		for (String item : items) {
			String cleaned = item.replaceAll("^[\\s\\-•*\\d.)]+", "").trim();
			if (cleaned.isEmpty()) {
				continue;
			}
			any = true;
			if (!LIVED_EXPERIENCE.matcher(cleaned).find()) {
				return false;
			}
		}
		return any;
	}
}
