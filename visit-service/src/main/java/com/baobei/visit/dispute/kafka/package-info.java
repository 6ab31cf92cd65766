/** The registration topic's listener for disputes: thin, it reads a record and hands a dispute to the copy. */
package com.baobei.visit.dispute.kafka;
