package org.recoveryworks.jobs;

import java.math.BigDecimal;

/** A hire in the job bank, as a coach may see it when the person shared the application with them. */
public record Hire(Long applicationId, Long seekerId, Long organizationId, String organizationName, String jobTitle,
		boolean fullTime, BigDecimal hoursPerWeek, BigDecimal hourlyWage, boolean behavioralHealth, boolean peerRole, String zip) {

	static Hire of(JobApplication a) {
		Posting p = a.getPosting();
		return new Hire(a.getId(), a.getSeekerId(), p.getOrganizationId(), p.getOrganizationName(), p.getTitle(),
				p.getEmploymentType() == EmploymentType.FULL_TIME, p.getHoursPerWeek(), p.getHourlyMin(),
				p.isBehavioralHealth(), p.isPeerRole(), p.getZip());
	}
}
