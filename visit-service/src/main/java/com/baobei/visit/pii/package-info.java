/** Personal data (ID-4): full numbers stay in client_contact; everything else carries masked number and keyed hash. */
package com.baobei.visit.pii;
