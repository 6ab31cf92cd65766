/** Facts the channels' side publishes: registrations and disputes. */
package com.baobei.contracts.registration;
