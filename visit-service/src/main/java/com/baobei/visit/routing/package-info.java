/** Reception routed by channel (ROT-4): which agencies' consultants receive a channel's clients at a project. */
package com.baobei.visit.routing;
