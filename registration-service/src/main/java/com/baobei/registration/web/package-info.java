/** The channels' REST API: validation to problem+json, roles, idempotent retries. */
package com.baobei.registration.web;
