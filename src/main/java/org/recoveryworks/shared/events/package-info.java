/** Reactions across modules that are not lost: the event publication registry, and the retry of failed reactions. */
package org.recoveryworks.shared.events;
