package org.recoveryworks.seekers;

/** How a person can get to work. */
enum Transport {
	CAR, BUS, WALK, BIKE, RIDE
}
