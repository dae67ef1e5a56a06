/**
 * Coaching: program participants and caseloads, person-centered employment action plans and
 * coaching sessions. Every read and write of a case record is checked per record and written to
 * the audit trail.
 */
package org.recoveryworks.coaching;
