/** The channels' REST API: validation to problem+json, who may do what (the token's caller), idempotent retries. */
package com.baobei.registration.web;
