/** REST adapters: policies, queries of the projection, the dry run, and RFC 7807 problems naming the field. */
package com.baobei.attribution.web;
