/** Demo data for the default mode: plainly marked fictional employers, postings and accounts. */
package org.recoveryworks.demo;
