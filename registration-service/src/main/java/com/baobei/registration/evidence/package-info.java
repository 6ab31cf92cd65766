/**
 * Evidence files for disputes (DSP-1): stored as sent, typed by their content (not by what the sender claims), read
 * back by the channel that sent them and by the office that rules.
 */
package com.baobei.registration.evidence;
