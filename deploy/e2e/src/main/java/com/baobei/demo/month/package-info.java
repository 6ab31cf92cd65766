/** A month at the sales offices as data: who is who, and every step in business-time order; generated from a seed, pure. */
package com.baobei.demo.month;
