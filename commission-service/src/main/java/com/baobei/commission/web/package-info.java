/** REST adapters: agreements, fines, statements (JSON, CSV, XLSX, issue), simulations; RFC 7807 errors. */
package com.baobei.commission.web;
