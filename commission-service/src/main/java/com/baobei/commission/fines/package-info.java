/** Recording COM-4 fines with their escalation. */
package com.baobei.commission.fines;
