/** Dispute rulings by the developer's people (DSP-1, DSP-2), linking numbers of one person (ID-3). */
package com.baobei.visit.ruling;
