/** The visit service: what happens at the sales office, recorded event-sourced and published without full phone numbers. */
package com.baobei.visit;
