package com.baobei.visit.web;

class ForbiddenException extends RuntimeException {
    ForbiddenException(String message) {
        super(message);
    }
}
