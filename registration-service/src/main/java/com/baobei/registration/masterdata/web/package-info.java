/** The master-data API: PUT and GET per kind for the tenant admin, CSV imports with Chinese headers, reads by role. */
package com.baobei.registration.masterdata.web;
