package org.recoveryworks.community;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

class GroupForm {

	@NotBlank(message = "{group.name.required}")
	@Size(max = 120, message = "{participant.size.120}")
	private String name;

	@Size(max = 1000, message = "{participant.size.1000}")
	private String purpose;

	@Size(max = 200, message = "{participant.size.200}")
	private String schedule;

	@Size(max = 200, message = "{participant.size.200}")
	private String place;

	public String getName() { return name; }
	public void setName(String v) { this.name = v; }
	public String getPurpose() { return purpose; }
	public void setPurpose(String v) { this.purpose = v; }
	public String getSchedule() { return schedule; }
	public void setSchedule(String v) { this.schedule = v; }
	public String getPlace() { return place; }
	public void setPlace(String v) { this.place = v; }
}
