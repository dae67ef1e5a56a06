/**
 * Community support: a program's peer support groups and their attendance, peer mentors and their pairings with
 * participants, trainings and curricula with certificates. Uses coaching's case files for every participant's record
 * (access, audit) and adds its parts to the participant's page through
 * {@link org.recoveryworks.coaching.ParticipantPageParts}; coaching does not depend on it. The API for other modules is
 * {@link org.recoveryworks.community.CompletedTrainings}.
 */
package org.recoveryworks.community;
