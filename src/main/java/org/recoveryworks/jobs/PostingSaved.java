package org.recoveryworks.jobs;

/** The outcome of saving a posting: its id, and whether its qualifications rest on lived experience alone. */
public record PostingSaved(Long id, boolean livedExperienceOnlyWarning) {
}
