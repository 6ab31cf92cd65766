package com.baobei.attribution.fold;

/** DSP-1: OPEN waits for a person (with the rules' proposal); REJECTED voided by the rules; RULED decided by a person. */
public enum DisputeStatus { OPEN, REJECTED, RULED }
