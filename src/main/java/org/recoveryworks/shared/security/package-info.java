/** Deny-by-default web security: each module's URL rules, and the route coverage that finds a route no rule names. */
package org.recoveryworks.shared.security;
