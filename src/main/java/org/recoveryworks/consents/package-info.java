/**
 * Consents and disclosures (42 CFR Part 2): the consents a participant signs, what is disclosed under them, the
 * accounting of disclosures, and the pages of staff and of the person. The API is
 * {@link org.recoveryworks.consents.Consents}. Uses the coaching module's case files and extracts; coaching does not
 * depend on it (it announces an erased record with {@link org.recoveryworks.coaching.CaseRecordErased}).
 */
package org.recoveryworks.consents;
