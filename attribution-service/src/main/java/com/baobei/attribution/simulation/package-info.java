/** The dry run: events and policies in the published JSON, folded by exactly the live fold, touching no state. */
package com.baobei.attribution.simulation;
