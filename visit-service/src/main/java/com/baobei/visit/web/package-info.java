/** The sales office's REST API: validation to problem+json, roles, idempotent retries; full numbers only to the office. */
package com.baobei.visit.web;
