package com.baobei.registration.web;

class ForbiddenException extends RuntimeException {
    ForbiddenException(String message) {
        super(message);
    }
}
