/** Disputes raised by channels (DSP-1, PUR-7 late claims). */
package com.baobei.registration.dispute;
