/** The daily reception rotation per project (ROT-1, ROT-2, VIS-8): an event-sourced queue of consultants. */
package com.baobei.visit.rotation;
