package com.baobei.commission.ledger;

/** OPEN statements are recomputed from the facts whenever read; ISSUED ones never change (COM-5). */
public enum StatementState { OPEN, ISSUED }
