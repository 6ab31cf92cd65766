package com.baobei.visit.web;

class NotFoundException extends RuntimeException {
    NotFoundException(String message) {
        super(message);
    }
}
