package org.recoveryworks.jobs;

/** An application moved to another stage (by the employer, or withdrawn by the seeker). */
public record ApplicationStageChanged(Long applicationId, Long postingId, Long seekerId, Stage stage) {
}
