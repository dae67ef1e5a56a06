package org.recoveryworks.coaching;

/**
 * The name other records show for a participant changed: sequestered (a pseudonym), the sequestration lifted (the
 * person's name again), or erased at the end of retention. Published inside the changing transaction; modules that
 * copy the name (training registrations) change their copies in the same transaction.
 */
public record ParticipantRenamed(Long participantId, String name) {
}
