/** Rate limits as token buckets, in memory on one node and in the database across a cluster. */
package org.recoveryworks.shared.limits;
