/** Purchases (PUR): subscription then contract of one unit under one id, and cancellation (PUR-8). */
package com.baobei.visit.purchase;
