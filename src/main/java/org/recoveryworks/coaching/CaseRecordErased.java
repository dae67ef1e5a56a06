package org.recoveryworks.coaching;

/**
 * A discharged participant's case record passed its retention: who the person was is erased. Published inside the
 * erasing transaction; modules that hold parts of the record erase theirs in the same transaction.
 */
public record CaseRecordErased(Long participantId) {
}
