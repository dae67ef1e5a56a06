package org.recoveryworks.consents;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.recoveryworks.coaching.InformationKind;
import org.springframework.format.annotation.DateTimeFormat;

/** A signed consent to disclose, as the coach copies it from the form the participant signed. */
class ConsentForm {

	@NotBlank(message = "{consent.discloser.required}")
	@Size(max = 200, message = "{consent.size.200}")
	private String discloser;

	@NotEmpty(message = "{consent.information.required}")
	private Set<InformationKind> information = EnumSet.noneOf(InformationKind.class);

	@NotBlank(message = "{consent.description.required}")
	@Size(max = 1000, message = "{consent.size.1000}")
	private String description;

	@NotBlank(message = "{consent.recipientName.required}")
	@Size(max = 200, message = "{consent.size.200}")
	private String recipientName;

	@Size(max = 200, message = "{consent.size.200}")
	private String recipientOrganization;

	@Size(max = 200, message = "{consent.size.200}")
	private String recipientContact;

	@NotBlank(message = "{consent.purpose.required}")
	@Size(max = 500, message = "{consent.size.500}")
	private String purpose;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate expiresOn;

	@Size(max = 300, message = "{consent.size.300}")
	private String expiryEvent;

	/** Typed by the signer; may stay empty when the form signed on paper is uploaded. */
	@Size(max = 200, message = "{consent.size.200}")
	private String signedBy;

	@NotNull(message = "{consent.signedOn.required}")
	@PastOrPresent(message = "{consent.signedOn.future}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate signedOn;

	@AssertTrue(message = "{consent.toldRightToRevoke.required}")
	private boolean toldRightToRevoke;

	/** The scan of the form signed on paper, if it was. */
	private org.springframework.web.multipart.MultipartFile signedForm;

	/** An expiry date or an expiry event (or both). */
	@AssertTrue(message = "{consent.expiry.required}")
	public boolean isExpiryGiven() {
		return expiresOn != null || (expiryEvent != null && !expiryEvent.isBlank());
	}

	@AssertTrue(message = "{consent.expiresOn.beforeSigned}")
	public boolean isExpiresAfterSigning() {
		return expiresOn == null || signedOn == null || expiresOn.isAfter(signedOn);
	}

	Consents.ConsentDetails toDetails() {
		return new Consents.ConsentDetails(discloser, information, description, recipientName, recipientOrganization, recipientContact,
				purpose, expiresOn, expiryEvent, signedBy, signedOn, toldRightToRevoke);
	}

	public String getDiscloser() {
		return discloser;
	}

	public void setDiscloser(String discloser) {
		this.discloser = discloser;
	}

	public Set<InformationKind> getInformation() {
		return information;
	}

	public void setInformation(Set<InformationKind> information) {
		this.information = information == null ? EnumSet.noneOf(InformationKind.class) : information;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getRecipientName() {
		return recipientName;
	}

	public void setRecipientName(String recipientName) {
		this.recipientName = recipientName;
	}

	public String getRecipientOrganization() {
		return recipientOrganization;
	}

	public void setRecipientOrganization(String recipientOrganization) {
		this.recipientOrganization = recipientOrganization;
	}

	public String getRecipientContact() {
		return recipientContact;
	}

	public void setRecipientContact(String recipientContact) {
		this.recipientContact = recipientContact;
	}

	public String getPurpose() {
		return purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public LocalDate getExpiresOn() {
		return expiresOn;
	}

	public void setExpiresOn(LocalDate expiresOn) {
		this.expiresOn = expiresOn;
	}

	public String getExpiryEvent() {
		return expiryEvent;
	}

	public void setExpiryEvent(String expiryEvent) {
		this.expiryEvent = expiryEvent;
	}

	public String getSignedBy() {
		return signedBy;
	}

	public void setSignedBy(String signedBy) {
		this.signedBy = signedBy;
	}

	public LocalDate getSignedOn() {
		return signedOn;
	}

	public void setSignedOn(LocalDate signedOn) {
		this.signedOn = signedOn;
	}

	public org.springframework.web.multipart.MultipartFile getSignedForm() {
		return signedForm;
	}

	public void setSignedForm(org.springframework.web.multipart.MultipartFile signedForm) {
		this.signedForm = signedForm;
	}

	public boolean isToldRightToRevoke() {
		return toldRightToRevoke;
	}

	public void setToldRightToRevoke(boolean toldRightToRevoke) {
		this.toldRightToRevoke = toldRightToRevoke;
	}
}
