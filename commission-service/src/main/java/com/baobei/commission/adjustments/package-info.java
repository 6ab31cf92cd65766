/** Manual adjustments (ADR 0032): proposed by one finance person, approved by another, then a line on a statement. */
package com.baobei.commission.adjustments;
