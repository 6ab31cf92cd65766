/** Decisions the attribution service publishes, each with its explanation. */
package com.baobei.contracts.attribution;
