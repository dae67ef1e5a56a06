package org.recoveryworks.jobs;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
