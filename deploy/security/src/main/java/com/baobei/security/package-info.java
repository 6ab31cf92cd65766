/** Who is asking: the verified bearer token of every request, as a {@link com.baobei.security.Caller}. */
package com.baobei.security;
