/** Managing channel agreements (COM-1..3, PUR-3): validated, revised, kept with every revision. */
package com.baobei.commission.agreements;
