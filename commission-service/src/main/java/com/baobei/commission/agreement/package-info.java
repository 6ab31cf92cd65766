/** A channel's agreement for one project: tiers, settlement periods, trigger and scope (COM-1..3, PUR-3); framework-free. */
package com.baobei.commission.agreement;
