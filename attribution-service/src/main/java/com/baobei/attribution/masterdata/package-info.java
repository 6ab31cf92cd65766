/**
 * The local copy of the tenants' master data (ADR 0014), read from {@code baobei.masterdata.events}, and the checks
 * that refuse a write naming an unknown or inactive project or an unknown consultant.
 */
package com.baobei.attribution.masterdata;
