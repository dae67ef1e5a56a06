/**
 * Jobs: the job bank. Postings and their search, applications and their stages, the ADA screen
 * for application questions, and job bank statistics. The API is
 * {@link org.recoveryworks.jobs.JobBank} and the {@link org.recoveryworks.jobs.ApplicationSubmitted}
 * and {@link org.recoveryworks.jobs.ApplicationStageChanged} events.
 */
package org.recoveryworks.jobs;
