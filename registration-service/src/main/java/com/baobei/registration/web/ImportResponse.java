package com.baobei.registration.web;

import java.util.List;

public record ImportResponse(int imported, List<String> registrationIds) {
}
