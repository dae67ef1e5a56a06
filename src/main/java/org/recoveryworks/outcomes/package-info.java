/**
 * Outcomes: jobs participants obtained (placements), SSI/SSDI changes, follow-ups after a
 * placement, the reports a program owes its funders (HTML, CSV, PDF), and imports from the
 * spreadsheets programs kept before. Case records are opened through
 * {@link org.recoveryworks.coaching.CaseFiles}, so the per-record access check and the audit trail
 * are the coaching module's.
 */
package org.recoveryworks.outcomes;
