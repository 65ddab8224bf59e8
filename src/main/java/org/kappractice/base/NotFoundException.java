package org.kappractice.base;

public class NotFoundException extends KapException {

    public NotFoundException(String message) {
        super(message);
    }
}
