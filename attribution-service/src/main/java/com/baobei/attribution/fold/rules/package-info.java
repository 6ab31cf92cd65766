/** One class per rulebook id (ID, REG, VIS, PUR, DSP): the rule's test in plain parameters, findable by its id. */
package com.baobei.attribution.fold.rules;
