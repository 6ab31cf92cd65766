package com.baobei.attribution.persistence;

/** The four kinds of decision the fold makes, each kept in its own projection table. */
public enum DecisionKind { VERDICT, CLIENT, PURCHASE, DISPUTE }
