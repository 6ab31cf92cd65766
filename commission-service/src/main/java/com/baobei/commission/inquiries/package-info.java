/** Commission inquiries (ADR 0032): a channel questions a statement line, finance answers with an adjustment or a reasoned refusal. */
package com.baobei.commission.inquiries;
