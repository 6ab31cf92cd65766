/** The black-box test: the four services as processes on a real broker and PostgreSQL, driven through REST only. */
package com.baobei.e2e;
