package org.recoveryworks.jobs;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.recoveryworks.seekers.ApplicantProfile;
import org.springframework.web.multipart.MultipartFile;

class ApplyForm {

	@NotBlank(message = "{apply.fullName.required}")
	@Size(max = 120, message = "{apply.fullName.size}")
	private String fullName;

	@NotBlank(message = "{registration.email.required}")
	@Email(message = "{registration.email.invalid}")
	@Size(max = 254, message = "{registration.email.invalid}")
	private String email;

	@Pattern(regexp = "^$|^[0-9()+\\-. ]{7,25}$", message = "{registration.phone.invalid}")
	private String phone;

	private Map<String, String> answers = new HashMap<>();

	private MultipartFile resume;

	private MultipartFile coverLetter;

	/** The lines of the applicant's profile to send: work and schooling by id, and the skills, languages and certificates. */
	private Set<Long> work = new HashSet<>();

	private Set<Long> schooling = new HashSet<>();

	private boolean withSkills;

	/** Starts with everything in the profile chosen, and its phone number when there is one. */
	void fillFrom(ApplicantProfile profile) {
		if (profile.phone() != null) {
			phone = profile.phone();
		}
		profile.work().forEach(w -> work.add(w.id()));
		profile.schooling().forEach(s -> schooling.add(s.id()));
		withSkills = true;
	}

	/** The application to send, with what the applicant chose from their profile (none without a profile). */
	ApplicationDraft toDraft(ApplicantProfile profile) {
		ApplicationDraft draft = toDraft();
		return profile == null ? draft : new ApplicationDraft(draft.fullName(), draft.email(), draft.phone(), draft.answers(), draft.resume(),
				draft.coverLetter(), profile.only(work, schooling, withSkills));
	}

	ApplicationDraft toDraft() {
		Map<Long, String> byId = new HashMap<>();
		answers.forEach((k, v) -> {
			try {
				byId.put(Long.valueOf(k), v);
			}
			catch (NumberFormatException e) {
				// Not one of this posting's questions: ignored.
			}
		});
		return new ApplicationDraft(fullName, email, phone, byId, resume, coverLetter);
	}

	public Set<Long> getWork() {
		return work;
	}

	public void setWork(Set<Long> work) {
		this.work = work == null ? new HashSet<>() : work;
	}

	public Set<Long> getSchooling() {
		return schooling;
	}

	public void setSchooling(Set<Long> schooling) {
		this.schooling = schooling == null ? new HashSet<>() : schooling;
	}

	public boolean isWithSkills() {
		return withSkills;
	}

	public void setWithSkills(boolean withSkills) {
		this.withSkills = withSkills;
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public Map<String, String> getAnswers() {
		return answers;
	}

	public void setAnswers(Map<String, String> answers) {
		this.answers = answers;
	}

	public MultipartFile getResume() {
		return resume;
	}

	public void setResume(MultipartFile resume) {
		this.resume = resume;
	}

	public MultipartFile getCoverLetter() {
		return coverLetter;
	}

	public void setCoverLetter(MultipartFile coverLetter) {
		this.coverLetter = coverLetter;
	}
}
