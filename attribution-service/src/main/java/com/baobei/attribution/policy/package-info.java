/** A project's versioned policy: every bracketed value of the rulebook as a setting, framework-free. */
package com.baobei.attribution.policy;
