/** The tenant's current master data as rows, written in the command's own transaction, read by the gate and the API. */
package com.baobei.registration.masterdata.persistence;
