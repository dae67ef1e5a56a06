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
			new Rule(Topic.WORKERS_COMPENSATION, p("workers?['’]?s?\\s+comp(ensation)?\\b|workman['’]?s\\s+comp|work(place)?[- ]related\\s+injur|on[- ]the[- ]job\\s+injur|injur(y|ies)\\s+claims?|injured\\s+(at|on)\\s+(work|the\\s+job)")),
			new Rule(Topic.HOSPITALIZATION, p("\\b(been|ever|were)\\s+(hospitali[sz]ed|institutionali[sz]ed|committed|admitted)\\b|\\bpsychiatric\\s+(hospital|ward|unit|admission)")),
			new Rule(Topic.DIAGNOSIS, p("\\b(been|ever|were)\\s+diagnosed\\b|\\bdiagnosis\\s+of\\s+your|\\byour\\s+(own\\s+)?diagnos")),
			new Rule(Topic.TREATMENT, p("\\b(been|ever|were)\\s+(treated|in\\s+(rehab|detox|treatment|therapy))\\b|\\b(go|went|gone|been)\\s+to\\s+(rehab|detox|treatment|therapy)\\b")));

	/** Sensitive topics: refused when the question is about the applicant rather than the people they would serve. */
	private static final List<Rule> TOPICS = List.of(
			new Rule(Topic.MEDICATION, p("\\bmedications?\\b|\\bmedicines?\\b|\\bmeds\\b|\\bprescri")),
			new Rule(Topic.HOSPITALIZATION, p("\\bhospitali[sz]|\\bhospital\\s+stay|\\binpatient")),
			new Rule(Topic.DISABILITY, p("\\bdisabilit(y|ies)\\b|\\bdisabled\\b|\\bhandicap|\\bimpairment|\\bmedical\\s+(condition|history|problem|issue)s?|\\bhealth\\s+(condition|problem|issue|history)s?|\\bchronic\\s+illness|\\billness(es)?\\b|\\bsick\\s+(days|leave)|\\bmissed\\s+work")),
			new Rule(Topic.DIAGNOSIS, p("\\bdiagnos|\\bmental\\s+(health|illness|disorder|condition)|\\bpsychiatric|\\bbipolar|\\bschizo|\\bdepression|\\banxiety|\\bptsd\\b|\\bpsycholog")),
			new Rule(Topic.TREATMENT, p("\\btreatment|\\btherapy|\\btherapist|\\bcounsel(l)?ing|\\brehab|\\bdetox|\\bmethadone|\\bsuboxone|\\bsubstance|\\balcohol|\\bdrugs?\\b|\\baddiction|\\baddicted|\\bsobriety|\\bsober\\b|\\bin\\s+recovery|\\byour\\s+(own\\s+)?recovery|\\bAA\\b|\\bnarcotics\\s+anonymous|\\b12[- ]step"
					// Who treats, and where: naming the provider or the program instead of the condition asks the same.
					+ "|\\bpsychiatrist|\\bcounsel(l)?ors?\\b|\\bclinicians?\\b|\\bcase\\s+managers?\\b|\\bsocial\\s+workers?\\b|\\bdoctors?\\b"
					+ "|\\bphysicians?\\b|\\bprescribers?\\b|\\bnurse\\s+practitioners?\\b|\\b(health\\s*care\\s+|medical\\s+)?providers?\\b"
					+ "|\\bclinics?\\b|\\bintensive\\s+outpatient|\\bIOP\\b|\\boutpatient|\\bpartial\\s+hospitali|\\bresidential\\s+(program|treatment|facility)"
					+ "|\\bsober\\s+(living|house)|\\bhalfway\\s+house|\\bmental\\s+health\\s+(center|clinic|services?|programs?|agency)"
					+ "|\\bACT\\s+team|\\bsupport\\s+groups?\\b|\\b(medical|doctor'?s?|clinic|therapy)\\s+appointments?")),
			new Rule(Topic.DISABILITY, p("\\bSSI\\b|\\bSSDI\\b|disability\\s+(benefits|payments|income|insurance)|social\\s+security\\s+disability")));

	/** Wording that asks about the applicant's own history, whatever follows. */
	private static final Pattern ABOUT_APPLICANT = p(
			"\\b(have|did)\\s+you\\s+(ever\\s+)?(been|had|received|taken|used|suffered|undergone|filed|attended|gone|go|needed|required|struggled|missed|experienced|got|get)\\b"
					+ "|\\bare\\s+you\\s+(currently\\s+|now\\s+|still\\s+)?(taking|on|in|receiving|being|disabled|under|a\\s+person|someone|sober|suffering|using|prescribed|recovering|living|seeing|visiting|enrolled|attending|followed|participating|going)\\b"
					+ "|\\b(were|was)\\s+you\\b|\\byour\\s+(own\\s+|personal\\s+|past\\s+|current\\s+|regular\\s+)?(disabilit|diagnos|mental|medical|health|treatment|medication|condition|recovery|hospital|illness|sobriety|substance|therapy|psychiatr|therapist|counsel|doctor|physician|clinician|case\\s+manager|social\\s+worker|prescri|provider|clinic|program|appointment)"
					+ "|\\b(list|disclose|describe|explain|tell\\s+us\\s+about)\\s+(any|all|your)\\b(?!\\s+(experience|skills|work|training|knowledge|education|qualifications))|\\bwe\\s+should\\s+know\\b");

	/** Wording that may be about the applicant, unless it is about serving others or about skills. */
	private static final Pattern MAYBE_APPLICANT = p(
			"\\bdo\\s+you\\s+(currently\\s+|still\\s+)?(have|suffer|take|use|receive|see|attend|need|require|struggle|identify)\\b"
					+ "|\\bdo\\s+you\\s+(currently\\s+|still\\s+|regularly\\s+)?(go|visit|meet|check\\s+in|report|live|stay|reside)\\b|\\bwho\\s+(is|are)\\s+your\\b"
					+ "|^\\s*(any|is\\s+there\\s+any|are\\s+there\\s+any)\\b|\\bhow\\s+(many|long|often)\\b.*\\b(you|your)\\b");

	/** The question is about the people the applicant would work with, or about skills and experience. */
	private static final Pattern ABOUT_WORK = p(
			"\\bexperience\\b|\\bknowledge\\b|\\btraining\\b|\\bcertif|\\bskills?\\b|\\bfamiliar|\\bcomfortable\\b|\\bwork(ing)?\\s+with\\b|\\bserv(e|ing)\\b|\\bhelp(ing)?\\s+(people|others|clients|individuals)|\\bsupport(ing)?\\s+(people|others|clients|individuals)|\\bpeople\\s+who\\b|\\bclients?\\b|\\bconsumers?\\b|\\bpatients?\\b|\\bindividuals\\b|\\badminister");

	private AdaQuestionScreen() {
	}

	/** The topic that makes this question unlawful before an offer, if any. */
	static Optional<Topic> refusal(String question) {
		if (question == null || question.isBlank()) {
			return Optional.empty();
		}
		String text = question.replace('’', '\'');
		for (Rule rule : ALWAYS) {
			if (rule.pattern().matcher(text).find()) {
				return Optional.of(rule.topic());
			}
		}
		boolean aboutApplicant = ABOUT_APPLICANT.matcher(text).find()
				|| (MAYBE_APPLICANT.matcher(text).find() && !ABOUT_WORK.matcher(text).find());
		if (!aboutApplicant) {
			return Optional.empty();
		}
		for (Rule rule : TOPICS) {
			if (rule.pattern().matcher(text).find()) {
				return Optional.of(rule.topic());
			}
		}
		return Optional.empty();
	}

	/** A question and its answer choices: a choice can ask what the question does not. */
	static Optional<Topic> refusal(String question, List<String> choices) {
		Optional<Topic> topic = refusal(question);
		if (topic.isPresent() || choices == null) {
			return topic;
		}
		for (String choice : choices) {
			Optional<Topic> inChoice = refusal("Do you have this: " + choice);
			if (inChoice.isPresent()) {
				return inChoice;
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
