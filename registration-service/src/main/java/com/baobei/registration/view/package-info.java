/** The channels' read model of their registrations. */
package com.baobei.registration.view;
