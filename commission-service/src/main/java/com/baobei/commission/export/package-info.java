/** Statement exports for finance: CSV (UTF-8 with BOM, for Excel) and XLSX, both from one table so they reconcile. */
package com.baobei.commission.export;
