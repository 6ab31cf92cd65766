/** What goes wrong in a request, independent of HTTP: not found, conflict, invalid fields. */
package com.baobei.commission.errors;
