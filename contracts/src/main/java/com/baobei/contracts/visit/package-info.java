/** Facts the sales office publishes: visits, forms, purchases, cancellations, rulings. */
package com.baobei.contracts.visit;
