/** What the commission service publishes for finance and partners. */
package com.baobei.contracts.commission;
