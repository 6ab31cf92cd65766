/** The rulebook as one pure fold: a project's events and policies in, explained decisions out. No clock, no I/O. */
package com.baobei.attribution.fold;
