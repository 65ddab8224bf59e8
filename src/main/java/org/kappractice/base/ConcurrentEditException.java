package org.kappractice.base;

/** Someone else saved the same record after it was opened: the second save is refused, never merged. */
public class ConcurrentEditException extends KapException {

    public ConcurrentEditException(String recordName) {
        super(recordName + " was changed by someone else after you opened it. "
                + "Your changes were not saved; reload to see the current version, then make them again.");
    }
}
