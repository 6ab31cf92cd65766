/** RPT-1's money: commission earned per channel and agent, per office day or period, read off the statements. */
package com.baobei.commission.reports;
