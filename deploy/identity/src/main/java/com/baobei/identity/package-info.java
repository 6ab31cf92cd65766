/** The embedded identity provider (Spring Authorization Server) behind {@code ./run.sh}; see ADR 0012. */
package com.baobei.identity;
