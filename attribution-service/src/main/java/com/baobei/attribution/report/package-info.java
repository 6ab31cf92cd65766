/** RPT-1: the channels' and agents' figures per office day and per period, read off the fold REG-6 judges with. */
package com.baobei.attribution.report;
