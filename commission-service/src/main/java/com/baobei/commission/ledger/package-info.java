/** The pure money core: deals, fines, tiers, statements and adjustments as one recomputation (COM-1..6, PUR-8); framework-free. */
package com.baobei.commission.ledger;
