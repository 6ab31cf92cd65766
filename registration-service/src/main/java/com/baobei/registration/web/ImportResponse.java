package com.baobei.registration.web;

import java.util.List;

/** What an import stored: its batch in the import log, and the registrations in the order of the rows. */
public record ImportResponse(String batchId, int imported, List<String> registrationIds) {
}
