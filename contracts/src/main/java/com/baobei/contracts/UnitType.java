package com.baobei.contracts;

/** What was sold. Parking spaces earn no channel commission (PUR-3). */
public enum UnitType { RESIDENTIAL, COMMERCIAL, OFFICE, PARKING, STORAGE }
