/** Commission service: tiered channel payouts, fines and clawbacks, immutable statements for finance (COM-*, PUR-8). */
package com.baobei.commission;
