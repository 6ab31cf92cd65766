/**
 * REST adapters: agreements, fines, statements (JSON, CSV, XLSX, issue), simulations; RFC 7807 errors. Who may do
 * what is the verified token's {@link com.baobei.security.Caller}, as the commission rows of docs/security.md say.
 */
package com.baobei.commission.web;
