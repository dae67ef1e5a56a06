package org.recoveryworks.seekers;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A school, course or training: its name is needed, the rest may be left out. */
class SchoolingForm {

	@NotBlank(message = "{profile.schooling.school.required}")
	@Size(max = 200, message = "{profile.tooLong}")
	private String school;

	@Size(max = 200, message = "{profile.tooLong}")
	private String studied;

	@Min(value = 1940, message = "{profile.year.range}")
	@Max(value = 2100, message = "{profile.year.range}")
	private Integer finished;

	static SchoolingForm of(Schooling s) {
		SchoolingForm form = new SchoolingForm();
		form.school = s.getSchool();
		form.studied = s.getStudied();
		form.finished = s.getFinished();
		return form;
	}

	public String getSchool() { return school; }
	public void setSchool(String school) { this.school = school; }
	public String getStudied() { return studied; }
	public void setStudied(String studied) { this.studied = studied; }
	public Integer getFinished() { return finished; }
	public void setFinished(Integer finished) { this.finished = finished; }
}
