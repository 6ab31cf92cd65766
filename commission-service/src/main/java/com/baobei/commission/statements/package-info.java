/** Statements for finance: computed from the ledger when open, frozen when issued (COM-5, COM-6), and announced on a topic. */
package com.baobei.commission.statements;
