package org.recoveryworks.jobs;

/** A seeker applied to a posting. */
public record ApplicationSubmitted(Long applicationId, Long postingId, Long seekerId) {
}
