package com.baobei.attribution.live;

import com.baobei.attribution.persistence.StoredEvent;

/** An event of a poll with its position in the poll, so a failure can name the record it belongs to. */
public record IndexedEvent(int index, StoredEvent event) {
}
