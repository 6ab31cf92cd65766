/** Inbound calls to the project's hotline (ROT-3): which agency is on duty on a day, and whose a call is. */
package com.baobei.visit.calls;
