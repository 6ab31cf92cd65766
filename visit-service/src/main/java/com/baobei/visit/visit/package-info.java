/** Visits (VIS): the aggregate per visit, its form (VIS-1) and its kinds (VIS-3, VIS-8, VIS-9). */
package com.baobei.visit.visit;
