/** The master-data topic's listener: thin, it reads a record and hands it to the local copy. */
package com.baobei.visit.masterdata.kafka;
