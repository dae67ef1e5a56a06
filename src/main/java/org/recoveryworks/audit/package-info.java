/**
 * Audit: the append-only trail of who read or changed which case record, when and from where.
 * The API is {@link org.recoveryworks.audit.AuditTrail}.
 */
package org.recoveryworks.audit;
