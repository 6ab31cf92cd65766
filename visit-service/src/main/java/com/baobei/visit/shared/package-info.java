/** What the aggregates share: rule failures and the stored form of a phone number. */
package com.baobei.visit.shared;
