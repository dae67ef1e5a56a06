package org.recoveryworks.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who counts as one client: an IPv4 address, or an IPv6 /64 network (one subscriber can hold a whole one). */
class RateLimitFilterTest {

	@Test
	void ipv6AddressesInOneSlash64CountAsOneClient() {
		assertThat(RateLimitFilter.client("203.0.113.7")).isEqualTo("203.0.113.7");
		assertThat(RateLimitFilter.client("2001:db8:1:2:aaaa::1")).isEqualTo(RateLimitFilter.client("2001:db8:1:2:ffff:1:2:3"));
		assertThat(RateLimitFilter.client("2001:db8:1:2::1")).isNotEqualTo(RateLimitFilter.client("2001:db8:1:3::1"));
		assertThat(RateLimitFilter.client("2001:db8:1:2::1")).isEqualTo("20010db800010002::/64");
	}
}
