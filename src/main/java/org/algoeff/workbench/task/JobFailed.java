// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.task;

/** A job failed for a reason a user should read (not a bug): the message names the file and what is wrong. */
public class JobFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JobFailed(String message) {
        super(message);
    }

    public JobFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
