/** The front desk: who receives a visitor (ROT-1, VIS-3, VIS-8, VIS-9), and turning full numbers into what may be stored. */
package com.baobei.visit.reception;
