/**
 * Coaching: program participants and caseloads, person-centered employment action plans, coaching sessions,
 * sequestered records and emergency access. Every read and write of a case record is checked per record and written
 * to the audit trail. Other modules reach case records through {@link org.recoveryworks.coaching.CaseFiles}, add
 * their parts to the participant's page and the dashboard through {@link org.recoveryworks.coaching.ParticipantPageParts},
 * {@link org.recoveryworks.coaching.DueWork} and {@link org.recoveryworks.coaching.StaffReminders}, and keep their
 * copies in step through the {@link org.recoveryworks.coaching.ParticipantRenamed} and
 * {@link org.recoveryworks.coaching.CaseRecordErased} events.
 */
package org.recoveryworks.coaching;
