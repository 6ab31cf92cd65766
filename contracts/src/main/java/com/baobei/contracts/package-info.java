/** The published event language: envelopes, logical types, topics, keys and the personal-data rules (ID-4). */
package com.baobei.contracts;
