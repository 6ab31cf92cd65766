/** Benchmarks (not tests): the pure fold's throughput next to a baseline measured in the same run. */
package com.baobei.attribution.bench;
