/** Issue 12: hostile input against every write endpoint of the four running services, and proof nothing came of it. */
package com.baobei.e2e.hostile;
