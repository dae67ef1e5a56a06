package org.recoveryworks.seekers;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Agreeing to texts: the number, what for, e-mail too or not, plain or naming the job, and the agreement itself. */
class TextsForm {

	@NotBlank(message = "{texts.phone.required}")
	@Pattern(regexp = "^$|^\\+?[0-9()\\-. ]{10,20}$", message = "{texts.phone.invalid}")
	private String phone;

	private Set<TextPurpose> purposes = EnumSet.noneOf(TextPurpose.class);

	private boolean alsoEmail = true;

	private boolean detailed;

	private boolean agree;

	/** A US number as E.164 (+1 and ten digits), which is how the provider names the sender of a reply. */
	static String normal(String phone) {
		String digits = phone == null ? "" : phone.replaceAll("[^0-9]", "");
		if (digits.length() == 10) {
			return "+1" + digits;
		}
		if (digits.length() == 11 && digits.startsWith("1")) {
			return "+" + digits;
		}
		return phone == null ? null : (phone.strip().startsWith("+") ? "+" + digits : digits);
	}

	@AssertTrue(message = "{texts.purposes.required}")
	public boolean isSomethingChosen() {
		return !purposes.isEmpty();
	}

	@AssertTrue(message = "{texts.agree.required}")
	public boolean isAgreed() {
		return agree;
	}

	@AssertTrue(message = "{texts.phone.invalid}")
	public boolean isPhoneNumber() {
		String n = normal(phone);
		return phone == null || phone.isBlank() || (n != null && n.matches("\\+[0-9]{11,15}"));
	}

	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public Set<TextPurpose> getPurposes() { return purposes; }
	public void setPurposes(Set<TextPurpose> purposes) { this.purposes = purposes == null ? EnumSet.noneOf(TextPurpose.class) : purposes; }
	public boolean isAlsoEmail() { return alsoEmail; }
	public void setAlsoEmail(boolean alsoEmail) { this.alsoEmail = alsoEmail; }
	public boolean isDetailed() { return detailed; }
	public void setDetailed(boolean detailed) { this.detailed = detailed; }
	public boolean isAgree() { return agree; }
	public void setAgree(boolean agree) { this.agree = agree; }
}
