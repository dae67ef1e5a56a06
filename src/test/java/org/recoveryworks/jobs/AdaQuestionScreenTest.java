package org.recoveryworks.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AdaQuestionScreenTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Do you have a disability? | DISABILITY",
			"Are you disabled? | DISABILITY",
			"Do you have any medical conditions that would affect your work? | DISABILITY",
			"Do you have a chronic illness? | DISABILITY",
			"How many sick days did you take last year? | DISABILITY",
			"Have you ever been diagnosed with a mental illness? | DIAGNOSIS",
			"What is your diagnosis? | DIAGNOSIS",
			"Do you have bipolar disorder or depression? | DIAGNOSIS",
			"Have you ever had a psychiatric condition? | DIAGNOSIS",
			"Have you ever received treatment for substance use? | TREATMENT",
			"Have you ever been in rehab? | TREATMENT",
			"Are you in recovery from addiction? | TREATMENT",
			"Are you currently in therapy? | TREATMENT",
			"Do you attend AA or NA meetings? | TREATMENT",
			"Have you ever been treated for alcoholism? | TREATMENT",
			"Are you on methadone or Suboxone? | TREATMENT",
			"Describe your own recovery journey. | TREATMENT",
			"Are you taking any medications? | MEDICATION",
			"Please list all medications you take. | MEDICATION",
			"Do you take psychiatric meds? | MEDICATION",
			"Have you ever been hospitalized? | HOSPITALIZATION",
			"Were you ever admitted to a psychiatric hospital? | HOSPITALIZATION",
			"Have you had an inpatient stay in the last five years? | HOSPITALIZATION",
			"Have you ever filed a workers' compensation claim? | WORKERS_COMPENSATION",
			"Have you ever received workers comp? | WORKERS_COMPENSATION",
			"List any work-related injuries you have had. | WORKERS_COMPENSATION",
			"Did you ever go to rehab? | TREATMENT",
			"Any mental health diagnoses? | DIAGNOSIS",
			"Please list any disabilities. | DISABILITY",
			"Any history of substance abuse treatment? | TREATMENT",
			"Disclose any psychiatric conditions. | DIAGNOSIS",
			"Have you ever received SSI or SSDI? | DISABILITY",
			"Is there any medical condition we should know about? | DISABILITY",
			"Have you filed a claim for an on-the-job injury? | WORKERS_COMPENSATION",
			"Are you taking any medications? | MEDICATION" })
	void refusesQuestionsAboutTheApplicantsHealthOrTreatment(String question, AdaQuestionScreen.Topic topic) {
		assertThat(AdaQuestionScreen.refusal(question)).contains(topic);
	}

	/** The same questions asked through the provider, the program or the appointment instead of the condition. */
	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Are you currently seeing a psychiatrist? | TREATMENT",
			"Do you see a counselor or therapist regularly? | TREATMENT",
			"Who is your case manager? | TREATMENT",
			"Please give the name of your current doctor. | TREATMENT",
			"Are you enrolled in an intensive outpatient program? | TREATMENT",
			"Do you go to a methadone clinic? | TREATMENT",
			"Are you attending a mental health center? | DIAGNOSIS",
			"Do you live in a sober living house? | TREATMENT",
			"Are you followed by an ACT team? | TREATMENT",
			"Do you have regular appointments with a clinician? | TREATMENT",
			"Would your therapy appointments conflict with the schedule? | TREATMENT",
			"Do you check in with a social worker every week? | TREATMENT",
			"Have you ever been in a partial hospitalization program? | HOSPITALIZATION",
			"Is your prescriber aware you are applying? | MEDICATION" })
	void refusesTreatmentAskedThroughProvidersAndPrograms(String question, AdaQuestionScreen.Topic topic) {
		assertThat(AdaQuestionScreen.refusal(question)).as(question).contains(topic);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Do you have experience supporting people who see a psychiatrist?",
			"Are you comfortable working alongside clinicians and case managers?",
			"Describe your experience coordinating with doctors and social workers for clients.",
			"Do you have experience working in an intensive outpatient program?",
			"Are you familiar with the mental health centers in the Naugatuck Valley?",
			"Have you worked on an ACT team?",
			"Do you have experience leading support groups?",
			"Are you attending any classes toward your certification?",
			"Do you hold a Connecticut driver's license and can you travel to clinics in the region?" })
	void acceptsQuestionsAboutWorkingWithProviders(String question) {
		assertThat(AdaQuestionScreen.refusal(question)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Are you able to travel to Danbury?",
			"Can you perform the essential functions of this job, with or without reasonable accommodation?",
			"Do you hold a current Recovery Support Specialist Certification?",
			"Do you have experience working with people with mental illness?",
			"Do you have experience providing peer support in a substance use treatment program?",
			"Do you have a valid driver's license?", "Which shift can you work?",
			"Do you have knowledge of Wellness Recovery Action Planning?",
			"Are you willing to use your lived experience in your work?",
			"Do you speak Spanish?", "Are you 18 years of age or older?",
			"Have you completed CCAR Recovery Coach Academy training?",
			"Describe a time you helped someone reach a goal.",
			"Do you have experience administering medication as a certified medication technician?",
			"Can you lift 50 pounds?",
			"Are you comfortable working with people who take medication?",
			"Any experience supporting people in recovery from substance use?",
			"Do you have experience helping people apply for SSI or SSDI?" })
	void acceptsLawfulQuestions(String question) {
		assertThat(AdaQuestionScreen.refusal(question)).isEmpty();
	}

	@org.junit.jupiter.api.Test
	void refusesAChoiceThatAsksWhatTheQuestionDoesNot() {
		assertThat(AdaQuestionScreen.refusal("Select one", java.util.List.of("I have a psychiatric diagnosis", "I do not")))
			.contains(AdaQuestionScreen.Topic.DIAGNOSIS);
		assertThat(AdaQuestionScreen.refusal("Which shift can you work?", java.util.List.of("Days", "Nights"))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Lived experience of recovery.", "- Lived experience with mental illness\n- Personal recovery experience",
			"Must be a person in recovery." })
	void warnsWhenLivedExperienceIsTheOnlyQualification(String qualifications) {
		assertThat(AdaQuestionScreen.onlyLivedExperience(qualifications)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Completion of the Recovery Support Specialist Certification.",
			"Lived experience of recovery.\nHigh school diploma or GED and one year of work experience." })
	void doesNotWarnWhenOtherQualificationsAreStated(String qualifications) {
		assertThat(AdaQuestionScreen.onlyLivedExperience(qualifications)).isFalse();
	}
}
