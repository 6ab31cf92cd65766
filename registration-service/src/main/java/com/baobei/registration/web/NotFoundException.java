package com.baobei.registration.web;

class NotFoundException extends RuntimeException {
    NotFoundException(String message) {
        super(message);
    }
}
